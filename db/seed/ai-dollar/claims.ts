// The essay's claim map (version 2), drawn by the method in docs/claim-map.md: every
// substantive assertion, rooted at the thesis, parents before children. `paragraph` is the
// 1-based position in paragraphs.ts; `quote` is copied verbatim from it. Keys of version 1
// that survive are kept (evidence and votes hang on them); revision.ts says what became of
// the others.
import type { SeedAttribution, SeedClaim } from "../types";

const author: SeedAttribution = { by: "author" };
const editor: SeedAttribution = { by: "editor" };
const source = (nameZh: string, nameEn: string): SeedAttribution => ({
  by: "source",
  nameZh,
  nameEn,
});
const nscai = source(
  "美國人工智慧國家安全委員會(NSCAI)報告",
  "NSCAI report (US National Security Commission on Artificial Intelligence)",
);

export const claims: SeedClaim[] = [
  {
    key: "thesis",
    parent: null,
    relation: null,
    kind: "predictive",
    textZh:
      "AI美元是石油美元體系之後美國可能依賴的「下一個長期錨定資產」:美國可能在AI產業中建構類似石油美元體系的國際金融新秩序,從而繼續維持美元霸權。",
    textEn:
      'The AI dollar is the "next long-term anchor asset" the United States may rely on after the petrodollar system: the US may build in the AI industry a new international financial order like the petrodollar system, and so go on sustaining dollar hegemony.',
    anchor: { paragraph: 11, quote: "AI美元是石油美元體系之後,美國可能依賴的“下一個長期錨定資產”" },
    attribution: author,
  },

  // Will the US? The AI dollar as a strategic intent, and where the idea came from.
  {
    key: "strategic-intent",
    parent: "thesis",
    relation: "supports",
    kind: "normative",
    textZh: "「AI美元」作為戰略意圖可以存在。",
    textEn: 'The "AI dollar" can exist as a strategic intent.',
    anchor: { paragraph: 49, quote: "“AI美元”作為戰略意圖可以存在" },
    attribution: author,
  },
  {
    key: "security-frame-gives-motive",
    parent: "strategic-intent",
    relation: "supports",
    kind: "causal",
    textZh:
      "AI產業被納入美國國家安全框架,使「美國會不會借AI建立新一代美元體系」的猜想不再只是理論上的假設,而是具備政治現實基礎與戰略動機。",
    textEn:
      'Bringing the AI industry within the US national-security framework makes the conjecture "will the US use AI to build a new generation of the dollar system?" no longer a merely theoretical hypothesis, but one with a basis in political reality and a strategic motive.',
    anchor: {
      paragraph: 10,
      quote:
        "這使得“美國會不會借AI建立新一代美元體系”的猜想不再只是理論上的假設,而是具備政治現實基礎與戰略動機",
    },
    attribution: author,
  },
  {
    key: "national-security-frame",
    parent: "security-frame-gives-motive",
    relation: "supports",
    kind: "factual",
    textZh: "AI產業越來越被納入美國國家安全框架,而不是單純的商業領域。",
    textEn:
      "The AI industry is increasingly brought within the US national-security framework, rather than being a purely commercial field.",
    anchor: { paragraph: 10, quote: "AI產業越來越被納入到美國國家安全框架內,而不是單純的商業領域" },
    attribution: author,
  },
  {
    key: "ai-core-of-power",
    parent: "national-security-frame",
    relation: "supports",
    kind: "factual",
    textZh: "美國國會與白宮均在不同公開講話中強調:「AI是未來國力競爭的核心。」",
    textEn:
      'The US Congress and the White House have both stressed in various public remarks that "AI is the core of future competition in national power."',
    anchor: {
      paragraph: 10,
      quote: "美國國會、白宮均在不同公開講話中強調:“AI是未來國力競爭的核心。”",
    },
    attribution: source("美國國會與白宮", "US Congress and White House"),
  },
  {
    key: "narrative-origins",
    parent: "strategic-intent",
    relation: "supports",
    kind: "factual",
    textZh: "「AI美元」的思想源頭可追溯至2019年美國人工智慧國家安全委員會(NSCAI)的相關報告。",
    textEn:
      'The intellectual origins of the "AI dollar" can be traced to the relevant 2019 reports of the US National Security Commission on Artificial Intelligence (NSCAI).',
    anchor: {
      paragraph: 3,
      quote: "“AI美元”的思想源頭可追溯至2019年美國人工智慧國家安全委員會的相關報告",
    },
    attribution: editor,
  },
  {
    key: "nscai-final-report",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh: "NSCAI於2019年發佈《Final Report》,該報告由Google前CEO施密特與前副防長沃克主導。",
    textEn:
      "The NSCAI published its Final Report in 2019, a report led by former Google CEO Eric Schmidt and former Deputy Secretary of Defense Robert Work.",
    anchor: {
      paragraph: 13,
      quote:
        "2019年美國人工智慧國家安全委員會(NSCAI)發佈的一份報告《Final Report》,該報告由Google(Google)前CEO施密特(Eric Schmidt)與前副防長沃克(Robert Work)主導",
    },
    attribution: author,
  },
  {
    key: "nscai-fulcrum",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh: "NSCAI報告明確指出:「AI、晶片製造與算力供應鏈將成為未來美國全球領導力的支點。」",
    textEn:
      'The NSCAI report states clearly: "AI, chip manufacturing and the compute supply chain will become the fulcrum of future American global leadership."',
    anchor: {
      paragraph: 13,
      quote: "報告明確指出:“AI、晶片製造與算力供應鏈將成為未來美國全球領導力的支點。”",
    },
    attribution: nscai,
  },
  {
    key: "nscai-three-ideas",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh: "NSCAI報告的核心涵蓋了三大關鍵理念。",
    textEn: "The core of the NSCAI report covered three key ideas.",
    anchor: { paragraph: 15, quote: "但其核心涵蓋了三大關鍵理念" },
    attribution: author,
  },
  {
    key: "nscai-infrastructure",
    parent: "nscai-three-ideas",
    relation: "supports",
    kind: "factual",
    textZh:
      "NSCAI報告的第一項核心理念:美國必須確保全球最關鍵的AI基礎設施由美國企業主導,特別是雲端運算與算力供應。",
    textEn:
      "The NSCAI report's first key idea: the United States must ensure that the world's most critical AI infrastructure, especially cloud computing and compute supply, is led by American companies.",
    anchor: {
      paragraph: 16,
      quote: "美國必須確保全球最關鍵的AI基礎設施由美國企業主導,特別是雲端運算與算力供應",
    },
    attribution: nscai,
  },
  {
    key: "nscai-infra-reason",
    parent: "nscai-infrastructure",
    relation: "supports",
    kind: "factual",
    textZh: "NSCAI報告的理由:「一旦AI基礎設施決定性落在美國之外,美國將在長期戰略競爭中喪失優勢。」",
    textEn:
      'The report\'s reason: "once AI infrastructure falls decisively outside the United States, the United States will lose its advantage in long-term strategic competition".',
    anchor: {
      paragraph: 16,
      quote: "“一旦AI基礎設施決定性落在美國之外,美國將在長期戰略競爭中喪失優勢”",
    },
    attribution: nscai,
  },
  {
    key: "nscai-supply-chain",
    parent: "nscai-three-ideas",
    relation: "supports",
    kind: "factual",
    textZh:
      "NSCAI報告的第二項核心理念:美國必須保護半導體供應鏈,並通過出口管制、技術聯盟與投資審查機制鎖定關鍵環節。",
    textEn:
      "The NSCAI report's second key idea: the United States must protect the semiconductor supply chain and lock down its key links through export controls, technology alliances and investment-screening mechanisms.",
    anchor: {
      paragraph: 17,
      quote: "美國必須保護半導體供應鏈,並通過出口管制、技術聯盟以及投資審查機制鎖定關鍵環節",
    },
    attribution: nscai,
  },
  {
    key: "nscai-governance",
    parent: "nscai-three-ideas",
    relation: "supports",
    kind: "factual",
    textZh:
      "NSCAI報告的第三項核心理念:美國應建構一套「全球AI安全與治理框架」,並確保由美國主導的規範、標準與制度體系得到國際採納。",
    textEn:
      'The NSCAI report\'s third key idea: the United States should build a "global AI safety and governance framework" and ensure that US-led norms, standards and institutions are adopted internationally.',
    anchor: {
      paragraph: 18,
      quote:
        "美國應建構一套“全球AI安全與治理框架”,並確保由美國主導的規範、標準與制度體系得到國際採納",
    },
    attribution: nscai,
  },
  {
    key: "nscai-no-term",
    parent: "narrative-origins",
    relation: "opposes",
    kind: "factual",
    textZh: "NSCAI報告沒有提出「AI美元」這一具體說法。",
    textEn: 'The NSCAI report did not put forward the specific term "AI dollar".',
    anchor: { paragraph: 15, quote: "儘管該報告沒有提出“AI美元”這一具體說法" },
    attribution: author,
  },
  {
    key: "term-from-commentators",
    parent: "narrative-origins",
    relation: "opposes",
    kind: "factual",
    textZh: "「AI美元」這一術語最早出現在科技產業評論者的文章之中。",
    textEn: 'The term "AI dollar" first appeared in articles by technology-industry commentators.',
    anchor: { paragraph: 13, quote: "它最早出現在科技產業評論者的文章之中" },
    attribution: author,
  },
  {
    key: "origins-reinforced",
    parent: "strategic-intent",
    relation: "supports",
    kind: "factual",
    textZh: "「AI美元」的思想經矽谷資本與多家智庫強化。",
    textEn:
      'The idea of the "AI dollar" was reinforced by Silicon Valley capital and several think tanks.',
    anchor: { paragraph: 3, quote: "並經矽谷資本與多家智庫強化" },
    attribution: editor,
  },
  {
    key: "ideas-systematised",
    parent: "origins-reinforced",
    relation: "supports",
    kind: "factual",
    textZh: "NSCAI報告的理念後來不斷被系統化完善。",
    textEn: "The NSCAI report's ideas were later continually systematised and refined.",
    anchor: { paragraph: 19, quote: "上述理念後來不斷被系統化完善" },
    attribution: author,
  },
  {
    key: "cnas-tech-dollar",
    parent: "ideas-systematised",
    relation: "supports",
    kind: "factual",
    textZh:
      "2022至2024年,五角大樓資助的跨黨派智庫新美國安全中心(CNAS)發佈多篇文章,提出「技術美元體系」的雛形。",
    textEn:
      'In 2022–2024 the Center for a New American Security (CNAS), a bipartisan think tank funded by the Pentagon, published several articles setting out the prototype of a "Tech Dollar System".',
    anchor: {
      paragraph: 19,
      quote:
        "2022—2024年,五角大樓資助的跨黨派智庫——新美國安全中心(CNAS)發佈多篇文章提出“技術美元體系”(Tech Dollar System)的雛形",
    },
    attribution: author,
  },
  {
    key: "hoover-compute-dollar",
    parent: "ideas-systematised",
    relation: "supports",
    kind: "factual",
    textZh:
      "胡佛研究所的研究者在2024年首次使用「算力美元」一詞,意在說明美國可以通過控制算力供應鏈來影響國際科技經濟關係。",
    textEn:
      'Researchers at the Hoover Institution first used the term "Compute Dollar" in 2024, meaning to show that the United States can influence international technological and economic relations through control of the compute supply chain.',
    anchor: {
      paragraph: 19,
      quote:
        "胡佛研究所(Hoover Institution)的研究者在2024年首次使用了“算力美元”(Compute Dollar)一詞,意在說明美國可以通過算力供應鏈控制來影響國際科技經濟關係",
    },
    attribution: author,
  },
  {
    key: "brookings-rand",
    parent: "ideas-systematised",
    relation: "supports",
    kind: "factual",
    textZh:
      "布魯金斯學會與蘭德公司在2023至2025年間的一系列政策研究中多次強調,美國應將AI基礎設施視為「全球戰略網路的一部分」。",
    textEn:
      'The Brookings Institution and RAND stressed repeatedly, in a series of policy studies in 2023–2025, that the United States should treat AI infrastructure as "part of a global strategic network".',
    anchor: {
      paragraph: 19,
      quote:
        "布魯金斯學會(Brookings Institution)與 蘭德公司(RAND)在2023—2025年間的一系列政策研究中多次強調,美國應將AI基礎設施視為“全球戰略網路的一部分”",
    },
    attribution: source("布魯金斯學會與蘭德公司", "Brookings Institution and RAND"),
  },
  {
    key: "capital-reinforced",
    parent: "origins-reinforced",
    relation: "supports",
    kind: "factual",
    textZh: "矽谷的科技企業及其背後的資本力量進一步強化了「AI美元」這一敘事。",
    textEn:
      'Silicon Valley technology companies and the capital behind them have further reinforced the "AI dollar" narrative.',
    anchor: { paragraph: 20, quote: "來自矽谷的科技企業及其背後的資本力量也進一步強化了這一敘事" },
    attribution: author,
  },
  {
    key: "vc-gdp-from-compute",
    parent: "capital-reinforced",
    relation: "supports",
    kind: "factual",
    textZh: "Benchmark、a16z等機構在多個公開場合強調:「全球未來五年的GDP增量全部來自算力。」",
    textEn:
      'Benchmark, a16z and other firms have stressed on many public occasions that "all of the world\'s GDP growth over the next five years will come from compute."',
    anchor: {
      paragraph: 20,
      quote: "Benchmark、a16z等機構在多個公開場合強調:“全球未來五年的GDP增量全部來自算力。”",
    },
    attribution: source("Benchmark、a16z等機構", "Benchmark, a16z and other firms"),
  },
  {
    key: "gdp-compute-inference",
    parent: "capital-reinforced",
    relation: "supports",
    kind: "causal",
    textZh:
      "如果GDP增長真的如其所言被算力繫結,而算力供應又被美國企業壟斷,那麼在資本邏輯中,「AI美元」自然會成為一個可討論的概念。",
    textEn:
      'If GDP growth really is tied to compute as they say, and the supply of compute is monopolised by American companies, then in the logic of capital the "AI dollar" naturally becomes a concept open to discussion.',
    anchor: {
      paragraph: 20,
      quote:
        "如果GDP的增長真的如其所言被算力繫結,而算力供應又被美國企業壟斷,那麼在資本邏輯中,“AI美元”自然會成為一個可討論的概念",
    },
    attribution: author,
  },

  // What speaks against it being the United States' project.
  {
    key: "not-official",
    parent: "thesis",
    relation: "opposes",
    kind: "factual",
    textZh:
      "「AI美元」並不是美國政府正式提出的金融概念,也不是聯邦儲備體系用於公開政策制定的官方貨幣術語。",
    textEn:
      'The "AI dollar" is neither a financial concept formally proposed by the US government nor an official monetary term used by the Federal Reserve System in making public policy.',
    anchor: {
      paragraph: 7,
      quote:
        "“AI美元”(AI Dollar)並不是美國政府正式提出的金融概念,也不是聯邦儲備體系用於公開政策制定的官方貨幣術語",
    },
    attribution: author,
  },
  {
    key: "concept-rising-unofficial",
    parent: "not-official",
    relation: "supports",
    kind: "factual",
    textZh: "「AI美元」這一非官方的制度化想像概念,開始在智庫與科技圈層興起。",
    textEn:
      'The "AI dollar", an unofficial concept of an imagined institutional order, has begun to rise in think-tank and tech circles.',
    anchor: { paragraph: 2, quote: "“AI美元”這一非官方的制度化想像概念開始在智庫與科技圈層興起" },
    attribution: editor,
  },
  {
    key: "sign-of-the-times",
    parent: "not-official",
    relation: "supports",
    kind: "normative",
    textZh:
      "「AI美元」的出現更像是一種「時代風向」:一種由智庫、金融機構、科技企業等共同塑造出來的未來圖景。",
    textEn:
      'The emergence of the "AI dollar" looks more like a "sign of the times": a picture of the future shaped jointly by think tanks, financial institutions, technology companies and others.',
    anchor: {
      paragraph: 7,
      quote:
        "它的出現更加像是一種“時代風向”——一種由智庫、金融機構、科技企業等共同塑造出來的未來圖景",
    },
    attribution: author,
  },
  {
    key: "narrative-concept",
    parent: "not-official",
    relation: "supports",
    kind: "normative",
    textZh: "「AI美元」算不上是一項政策,而是一種敘事概念。",
    textEn: 'The "AI dollar" hardly counts as a policy; it is a narrative concept.',
    anchor: {
      paragraph: 21,
      quote: "“AI美元”它算不上是一項政策,而是一種敘事概念(narrative concept)",
    },
    attribution: author,
  },
  {
    key: "born-of-new-oil-analogy",
    parent: "narrative-concept",
    relation: "supports",
    kind: "factual",
    textZh:
      "「AI美元」的源頭,是產業、科技、資本和安全等部門面對「AI/算力是新石油」這一類比時,順理成章地提出的推演。",
    textEn:
      'The "AI dollar" originates in an inference that industry, technology, capital and security circles drew as a matter of course when faced with the analogy that "AI/compute is the new oil".',
    anchor: {
      paragraph: 21,
      quote:
        "其源頭是產業、科技、資本和安全等部門在面對“AI/算力是新石油”這一類比時,順理成章地提出的推演",
    },
    attribution: author,
  },
  {
    key: "no-substantive-system-yet",
    parent: "thesis",
    relation: "opposes",
    kind: "factual",
    textZh: "AI美元這一新生事物尚未形成實質體系。",
    textEn: "The AI dollar, a new thing, has not yet formed a substantive system.",
    anchor: { paragraph: 11, quote: "儘管這個新生事物尚未形成實質體系" },
    attribution: author,
  },

  // The template: what the AI dollar takes from the petrodollar.
  {
    key: "petrodollar-template",
    parent: "thesis",
    relation: "supports",
    kind: "normative",
    textZh: "AI美元的思想結構在很大程度上源於半個世紀前美國建構石油美元體系的經驗。",
    textEn:
      "The intellectual structure of the AI dollar derives to a large extent from the experience of the United States in building the petrodollar system half a century ago.",
    anchor: {
      paragraph: 23,
      quote: "不難發現其在很大程度上源於半個世紀前美國建構石油美元體系的經驗",
    },
    attribution: author,
  },
  {
    key: "shared-mechanism",
    parent: "petrodollar-template",
    relation: "supports",
    kind: "causal",
    textZh:
      "石油美元與AI美元的共同點在於:美國希望找到一種全球都必須使用的「不可替代資源」,把美元繫結在這種資源的交易、投資與定價體系上,從而形成持續資本回流的循環機制。",
    textEn:
      'What the petrodollar and the AI dollar have in common is that the United States hopes to find an "irreplaceable resource" the whole world must use, and to bind the dollar to the trading, investment and pricing of that resource, so forming a circular mechanism of continuous capital recycling.',
    anchor: {
      paragraph: 23,
      quote:
        "這兩個體系的共同點在於,美國希望找到一種全球都必須使用的“不可替代資源”,然後把美元繫結在這種資源的交易、投資與定價體繫上,從而形成持續資本回流的循環機制",
    },
    attribution: author,
  },
  {
    key: "petrodollar-built",
    parent: "shared-mechanism",
    relation: "supports",
    kind: "factual",
    textZh: "石油美元體系建立於1973至1974年,當時美國採取了三個關鍵步驟。",
    textEn:
      "The petrodollar system was established in 1973–1974, when the United States took three key steps.",
    anchor: { paragraph: 24, quote: "石油美元體系建立於 1973—1974 年。當時美國採取三個關鍵步驟" },
    attribution: author,
  },
  {
    key: "saudi-dollar-agreement",
    parent: "petrodollar-built",
    relation: "supports",
    kind: "factual",
    textZh: "美國與沙烏地阿拉伯在1973至1974年間達成協議,要求石油貿易必須使用美元結算。",
    textEn:
      "The United States and Saudi Arabia reached an agreement in 1973–1974 requiring the oil trade to be settled in dollars.",
    anchor: {
      paragraph: 24,
      quote: "美國與沙烏地阿拉伯在1973-1974年間達成協議,要求石油貿易必須使用美元結算",
    },
    attribution: author,
  },
  {
    key: "gulf-treasuries",
    parent: "petrodollar-built",
    relation: "supports",
    kind: "factual",
    textZh: "海灣國家通過購買美國國債,將出口石油獲得的大規模美元「再循環」回美國資本市場。",
    textEn:
      'The Gulf states "recycled" the large sums of dollars earned from oil exports back into US capital markets by buying US Treasury bonds.',
    anchor: {
      paragraph: 24,
      quote: "海灣國家通過購買美國國債,將出口石油獲得的大規模美元“再循環”回美國資本市場",
    },
    attribution: author,
  },
  {
    key: "gulf-security",
    parent: "petrodollar-built",
    relation: "supports",
    kind: "factual",
    textZh: "美國通過海灣地區安全體系(駐軍和軍售)穩定石油美元體系。",
    textEn:
      "The United States stabilised the petrodollar system through a Gulf regional security system (troops stationed there and arms sales).",
    anchor: { paragraph: 24, quote: "美國通過海灣地區安全體系(駐軍和軍售)穩定這一體系" },
    attribution: author,
  },
  {
    key: "petrodollar-logic",
    parent: "shared-mechanism",
    relation: "supports",
    kind: "causal",
    textZh:
      "石油美元的邏輯遞進:資源不可替代 → 交易必須用美元 → 剩餘資本必須回流美國 → 美元霸權形成深層鎖定。",
    textEn:
      "The petrodollar's logical progression: an irreplaceable resource → trade must use dollars → surplus capital must flow back to the United States → dollar hegemony is deeply locked in.",
    anchor: {
      paragraph: 25,
      quote: "資源不可替代 → 交易必須用美元 → 剩餘資本必須回流美國 → 美元霸權形成深層鎖定",
    },
    attribution: author,
  }, // Can the US? The first pillar: the irreplaceability of US compute.
  {
    key: "compute-irreplaceable",
    parent: "thesis",
    relation: "supports",
    kind: "causal",
    textZh: "AI美元試圖複製的第一支柱:以美國AI晶片/算力基礎設施的不可替代性,取代石油的不可替代性。",
    textEn:
      "The first pillar the AI dollar tries to copy: the irreplaceability of US AI chips and compute infrastructure, in place of the irreplaceability of oil.",
    anchor: { paragraph: 27, quote: "(一)石油的不可替代性 → 美國AI晶片/算力基礎設施的不可替代性" },
    attribution: author,
  },
  {
    key: "core-resources-shift",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "factual",
    textZh:
      "AI時代的核心資源已經從傳統意義上的「石油、天然氣、稀缺礦產」轉向「算力、晶片、資料、演算法模型」。",
    textEn:
      'The core resources of the AI era have shifted from "oil, natural gas and scarce minerals" in the traditional sense to "compute, chips, data and algorithmic models".',
    anchor: {
      paragraph: 8,
      quote:
        "AI時代的核心資源已經從傳統意義上的“石油、天然氣、稀缺礦產”轉向“算力、晶片、資料、演算法模型”",
    },
    attribution: author,
  },
  {
    key: "compute-geopolitical-resource",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "factual",
    textZh: "算力、晶片、資料與演算法模型逐漸表現出一種類似「地緣政治資源」的屬性。",
    textEn:
      'Compute, chips, data and algorithmic models gradually show attributes similar to those of "geopolitical resources".',
    anchor: { paragraph: 8, quote: "這些要素逐漸表現出一種類似“地緣政治資源”的屬性" },
    attribution: author,
  },
  {
    key: "compute-sovereignisable",
    parent: "compute-geopolitical-resource",
    relation: "supports",
    kind: "normative",
    textZh: "算力不只是技術,也是一種「可被主權化的戰略資源」。",
    textEn:
      'Compute is not only a technology but also a "strategic resource that can be brought under sovereign control".',
    anchor: { paragraph: 17, quote: "這意味著算力不只是技術,也是一種“可被主權化的戰略資源”" },
    attribution: author,
  },
  {
    key: "us-compute-dominance",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "factual",
    textZh: "自ChatGPT發佈以來,美國科技企業對全球AI算力供應鏈的壟斷地位不斷凸顯。",
    textEn:
      "Since the release of ChatGPT, the monopoly position of US technology companies over the global AI compute supply chain has become ever more evident.",
    anchor: {
      paragraph: 9,
      quote: "自ChatGPT發佈以來,美國科技企業對全球AI算力供應鏈的壟斷地位不斷凸顯",
    },
    attribution: author,
  },
  {
    key: "nvidia-share",
    parent: "us-compute-dominance",
    relation: "supports",
    kind: "factual",
    textZh: "輝達2024年9月的10-Q報告顯示,該公司在全球AI訓練晶片的市場份額超過82%。",
    textEn:
      "According to Nvidia's 10-Q report of September 2024, the company's share of the global market for AI training chips exceeds 82%.",
    anchor: {
      paragraph: 9,
      quote: "根據2024年9月輝達(Nvidia)發佈的10-Q報告顯示,該公司在全球AI訓練晶片的市場份額超過82%",
    },
    attribution: source("輝達2024年9月10-Q報告", "Nvidia 10-Q report, September 2024"),
  },
  {
    key: "us-capital-supply-chain",
    parent: "us-compute-dominance",
    relation: "supports",
    kind: "factual",
    textZh: "H100、H200和最新Blackwell系列基本由美國資本運作的供應鏈掌控。",
    textEn:
      "The H100, H200 and latest Blackwell series are essentially controlled by supply chains run by American capital.",
    anchor: { paragraph: 9, quote: "H100、H200和最新Blackwell系列基本由美國資本運作的供應鏈掌控" },
    attribution: author,
  },
  {
    key: "cloud-big-four",
    parent: "us-compute-dominance",
    relation: "supports",
    kind: "factual",
    textZh:
      "據Synergy Research Group報告,全球雲端運算市場進一步向「美系四大」(AWS、Microsoft Azure、Google Cloud、Oracle Cloud)集中,合計佔據67%的算力供給。",
    textEn:
      'According to a Synergy Research Group report, the global cloud computing market has concentrated further on the "American big four" (AWS, Microsoft Azure, Google Cloud, Oracle Cloud), which together account for 67% of compute supply.',
    anchor: {
      paragraph: 9,
      quote:
        "全球雲端運算市場的格局進一步向“美系四大”(AWS、Microsoft Azure、Google Cloud、Oracle Cloud)集中,合計佔據67%的算力供給",
    },
    attribution: source("Synergy Research Group報告", "Synergy Research Group report"),
  },
  {
    key: "model-ecosystem",
    parent: "us-compute-dominance",
    relation: "supports",
    kind: "factual",
    textZh: "美國通過OpenAI、Google、Anthropic等主導全球模型生態。",
    textEn:
      "Through OpenAI, Google, Anthropic and others, the United States leads the global model ecosystem.",
    anchor: { paragraph: 35, quote: "美國通過OpenAI、Google、Anthropic等主導全球模型生態" },
    attribution: author,
  },
  {
    key: "data-centre-footprint",
    parent: "us-compute-dominance",
    relation: "supports",
    kind: "factual",
    textZh: "美國在跨國資料中心佈局上獲得最強的市場主導權。",
    textEn:
      "The United States has won the strongest market dominance in the global footprint of data centres.",
    anchor: { paragraph: 35, quote: "並在跨國資料中心佈局上獲得最強市場主導權" },
    attribution: author,
  },
  {
    key: "china-export-limits",
    parent: "us-compute-dominance",
    relation: "supports",
    kind: "factual",
    textZh: "中國在國際算力流動體系中仍然面臨美國出口管制所施加的制度限制。",
    textEn:
      "In the international flow of compute, China still faces institutional limits imposed by US export controls.",
    anchor: { paragraph: 9, quote: "在國際算力流動體系中仍然面臨美國出口管制所施加的制度限制" },
    attribution: author,
  },
  {
    key: "china-home-market",
    parent: "us-compute-dominance",
    relation: "opposes",
    kind: "factual",
    textZh: "中國在本土市場擁有強勢佈局。",
    textEn: "China has a strong position in its home market.",
    anchor: { paragraph: 9, quote: "中國雖然在本土市場擁有強勢佈局" },
    attribution: author,
  },
  {
    key: "irreplaceability-view-widespread",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "factual",
    textZh:
      "「AI美元要複製的是算力的不可替代性」這一觀點並不是作者個人的觀點,而是2023至2024年廣泛流行於美國科技界的觀點。",
    textEn:
      'The view that what the AI dollar copies is "the irreplaceability of compute" is not a personal view of the author\'s but one widely held in the US technology world in 2023–2024.',
    anchor: {
      paragraph: 26,
      quote: "這一觀點並不是我個人的觀點,而是在2023—2024 年廣泛流行於美國科技界的一個觀點",
    },
    attribution: author,
  },
  {
    key: "huang-accelerated-computing",
    parent: "irreplaceability-view-widespread",
    relation: "supports",
    kind: "factual",
    textZh: "輝達CEO黃仁勳多次在公開場合宣稱:「未來世界的經濟增長全部依賴加速計算。」",
    textEn:
      'Nvidia CEO Jensen Huang has declared on many public occasions that "the world\'s future economic growth will depend entirely on accelerated computing."',
    anchor: {
      paragraph: 26,
      quote: "輝達CEO黃仁勳多次在公開場合宣稱:“未來世界的經濟增長全部依賴加速計算。”",
    },
    attribution: source("輝達CEO黃仁勳", "Jensen Huang, Nvidia CEO"),
  },
  {
    key: "capital-narrative",
    parent: "irreplaceability-view-widespread",
    relation: "opposes",
    kind: "normative",
    textZh: "黃仁勳的說法更像是資本敘事的另一個鮮活案例。",
    textEn: "Huang's claim looks more like another vivid case of a capital narrative.",
    anchor: { paragraph: 26, quote: "雖然這更像是資本敘事的另一個鮮活案例" },
    attribution: author,
  },
  {
    key: "power-logic-shifting",
    parent: "capital-narrative",
    relation: "opposes",
    kind: "normative",
    textZh: "黃仁勳的說法確實反映出科技時代的權力邏輯正在發生的深刻變化。",
    textEn:
      "Huang's claim does reflect profound changes under way in the logic of power in the technological age.",
    anchor: { paragraph: 26, quote: "但它確實反映出科技時代的權力邏輯正在發生的深刻變化" },
    attribution: author,
  },
  {
    key: "ai-has-irreplaceability",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "normative",
    textZh: "可以說AI具有不可替代性。",
    textEn: "One can say that AI has irreplaceability.",
    anchor: { paragraph: 47, quote: "而AI有不可替代性嗎?可以說它有" },
    attribution: author,
  },
  {
    key: "irreplaceability-unlike-oil",
    parent: "compute-irreplaceable",
    relation: "opposes",
    kind: "normative",
    textZh: "AI不可替代性的來源與石油完全不同。",
    textEn: "The source of AI's irreplaceability is entirely different from oil's.",
    anchor: { paragraph: 47, quote: "但它的不可替代性來源與石油則完全不同" },
    attribution: author,
  },
  {
    key: "sources-of-lock-in",
    parent: "irreplaceability-unlike-oil",
    relation: "supports",
    kind: "causal",
    textZh:
      "AI的不可替代性主要來自算力壟斷(輝達、台積電)、技術標準壟斷(美國雲服務體系)、模型生態繫結(OpenAI、Google、Anthropic)、演算法領先性與開源生態掌控等。",
    textEn:
      "AI's irreplaceability comes mainly from a compute monopoly (Nvidia, TSMC), a monopoly of technical standards (the US cloud-service system), model-ecosystem lock-in (OpenAI, Google, Anthropic), algorithmic leadership, control of the open-source ecosystem and the like.",
    anchor: {
      paragraph: 47,
      quote:
        "它主要來自於算力壟斷(輝達、台積電)、技術標準壟斷(美國雲服務體系)、模型生態繫結(OpenAI、Google、Anthropic)、演算法領先性、開源生態掌控等",
    },
    attribution: author,
  },
  {
    key: "lock-in-erodes",
    parent: "compute-irreplaceable",
    relation: "opposes",
    kind: "predictive",
    textZh:
      "一旦出現新的晶片供應鏈、開源大模型、分佈式算力或資料主權體系,AI美元的鎖定效果就會迅速下降。",
    textEn:
      "Once new chip supply chains, open-source large models, distributed compute or data-sovereignty regimes appear, the lock-in effect of the AI dollar will fall quickly.",
    anchor: {
      paragraph: 48,
      quote:
        "一旦出現新的晶片供應鏈、開源大模型、分佈式算力、資料主權體系,AI美元的鎖定效果就會迅速下降",
    },
    attribution: author,
  },
  {
    key: "lock-in-man-made",
    parent: "lock-in-erodes",
    relation: "supports",
    kind: "normative",
    textZh: "AI的這些不可替代性基本上都是人為製造的,而不是自然形成的。",
    textEn: "These kinds of AI irreplaceability are basically man-made, not naturally formed.",
    anchor: { paragraph: 48, quote: "AI的這些不可替代性基本上都是人為製造的,而不是自然形成的" },
    attribution: author,
  },

  // The second pillar: dollar settlement.
  {
    key: "dollar-settlement",
    parent: "thesis",
    relation: "supports",
    kind: "predictive",
    textZh:
      "AI美元試圖複製的第二支柱:如同石油交易必須用美元,AI晶片與AI雲服務的交易繼續由美元結算。",
    textEn:
      "The second pillar the AI dollar tries to copy: as oil trade must use dollars, trade in AI chips and AI cloud services continues to be settled in dollars.",
    anchor: {
      paragraph: 27,
      quote: "(二)石油交易必須用美元 → AI晶片與AI雲服務的交易繼續由美元結算",
    },
    attribution: author,
  },
  {
    key: "stablecoin-settlement",
    parent: "dollar-settlement",
    relation: "supports",
    kind: "predictive",
    textZh: "一旦穩定幣成為合法國際支付工具,它可能成為購買AI服務與雲算力的「數字美元結算機制」。",
    textEn:
      'Once stablecoins become a legal instrument of international payment, they could become the "digital-dollar settlement mechanism" for buying AI services and cloud compute.',
    anchor: {
      paragraph: 32,
      quote: "一旦穩定幣成為合法國際支付工具,它可能成為AI服務、雲算力購買的“數字美元結算機制”",
    },
    attribution: author,
  },
  {
    key: "stablecoin-legislation",
    parent: "stablecoin-settlement",
    relation: "supports",
    kind: "factual",
    textZh: "美國財政部與國會正在推動穩定幣立法。",
    textEn: "The US Treasury and Congress are pushing stablecoin legislation.",
    anchor: { paragraph: 32, quote: "美國財政部與國會正在推動穩定幣立法" },
    attribution: author,
  },
  {
    key: "republican-stablecoin-plan",
    parent: "stablecoin-settlement",
    relation: "supports",
    kind: "factual",
    textZh: "共和黨方案支持由金融機構發行、並由美國政府認證的「美元穩定幣」。",
    textEn:
      'The Republican plan supports "dollar stablecoins" issued by financial institutions and certified by the US government.',
    anchor: { paragraph: 32, quote: "共和黨方案支援由金融機構發行“美元穩定幣”並由美國政府認證" },
    attribution: author,
  },

  // The third pillar: Gulf capital, and why the Gulf.
  {
    key: "gulf-anchor",
    parent: "thesis",
    relation: "supports",
    kind: "predictive",
    textZh: "AI美元試圖複製的第三支柱:如同海灣資本購買美債,海灣資本投資美國的AI資料中心與AI基建。",
    textEn:
      "The third pillar the AI dollar tries to copy: as Gulf capital bought US Treasuries, Gulf capital invests in US AI data centres and AI infrastructure.",
    anchor: { paragraph: 27, quote: "(三)海灣資本購買美債 → 海灣資本投資美國AI資料中心與AI基建" },
    attribution: author,
  },
  {
    key: "gulf-new-anchor",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "causal",
    textZh:
      "海灣作為全球資本樞紐,加上AI產業對資本和能源的需要,使海灣國家自然而然成為美國設想中的「新錨點」。",
    textEn:
      'The Gulf as a hub of global capital, together with the AI industry\'s need of capital and energy, makes the Gulf states, naturally, the "new anchor" in the US vision.',
    anchor: { paragraph: 44, quote: "這使得海灣國家自然而然成為美國設想中的“新錨點”" },
    attribution: author,
  },
  {
    key: "new-gulf-needed",
    parent: "gulf-new-anchor",
    relation: "supports",
    kind: "causal",
    textZh:
      "如果要複製石油美元模式,美國必須找到「新的海灣」:一個資本充沛、能源富集且需要AI的區域。",
    textEn:
      'If the petrodollar model is to be copied, the United States must find a "new Gulf": a region that is rich in capital, rich in energy and in need of AI.',
    anchor: { paragraph: 38, quote: "如果要複製石油美元模式,美國必須找到“新的海灣”" },
    attribution: author,
  },
  {
    key: "ai-needs-capital-energy",
    parent: "new-gulf-needed",
    relation: "supports",
    kind: "factual",
    textZh: "AI產業極為需要資本和能源的雙重支撐。",
    textEn: "The AI industry badly needs the twin support of capital and energy.",
    anchor: { paragraph: 44, quote: "AI產業極為需要資本和能源的雙重支撐" },
    attribution: author,
  },
  {
    key: "gulf-has-all-three",
    parent: "gulf-new-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "資本、能源與AI需求這三個要素,海灣國家恰好都具備。",
    textEn: "The Gulf states happen to have all three: capital, energy and a need for AI.",
    anchor: { paragraph: 38, quote: "這三個要素,海灣國家恰好都具備" },
    attribution: author,
  },
  {
    key: "gulf-capital-hub",
    parent: "gulf-has-all-three",
    relation: "supports",
    kind: "factual",
    textZh: "海灣國家正在重新成為全球資本的關鍵樞紐。",
    textEn: "The Gulf states are once again becoming a key hub of global capital.",
    anchor: { paragraph: 44, quote: "海灣國家正在重新成為全球資本的關鍵樞紐" },
    attribution: author,
  },
  {
    key: "gulf-swf-size",
    parent: "gulf-capital-hub",
    relation: "supports",
    kind: "factual",
    textZh: "海灣國家的主權財富基金規模已經超過5.3兆美元。",
    textEn: "The Gulf states' sovereign wealth funds already exceed US$5.3 trillion.",
    anchor: { paragraph: 39, quote: "海灣國家的主權財富基金規模已經超過5.3兆美元" },
    attribution: author,
  },
  {
    key: "gulf-ai-demand",
    parent: "gulf-has-all-three",
    relation: "supports",
    kind: "factual",
    textZh: "海灣國家提出的「國家數位化願景」異常激進。",
    textEn:
      'The "national digitalisation visions" put forward by the Gulf states are unusually aggressive.',
    anchor: { paragraph: 40, quote: "海灣國家提出的“國家數位化願景”異常激進" },
    attribution: author,
  },
  {
    key: "saudi-vision-2030",
    parent: "gulf-ai-demand",
    relation: "supports",
    kind: "factual",
    textZh: "沙烏地阿拉伯的「2030願景」提出要成為「全球AI使用率最高的國家之一」。",
    textEn:
      'Saudi Arabia\'s "Vision 2030" sets the aim of becoming "one of the countries with the highest AI adoption in the world".',
    anchor: {
      paragraph: 40,
      quote: "沙烏地阿拉伯的“2030願景”提出要成為“全球AI使用率最高的國家之一”",
    },
    attribution: author,
  },
  {
    key: "uae-ai-strategy-2031",
    parent: "gulf-ai-demand",
    relation: "supports",
    kind: "factual",
    textZh: "阿聯制定了《阿聯國家AI戰略2031》。",
    textEn: "The UAE has drawn up the UAE National AI Strategy 2031.",
    anchor: {
      paragraph: 40,
      quote: "阿聯制定了《阿聯國家AI戰略2031》(UAE National AI Strategy 2031)",
    },
    attribution: author,
  },
  {
    key: "qatar-ai-framework",
    parent: "gulf-ai-demand",
    relation: "supports",
    kind: "factual",
    textZh: "卡達在2023年發佈了《卡達AI治理框架》。",
    textEn: "Qatar published the Qatar AI Governance Framework in 2023.",
    anchor: {
      paragraph: 40,
      quote: "卡達則在2023年發佈了《卡達AI治理框架》(Qatar AI Governance Framework)",
    },
    attribution: author,
  },
  {
    key: "gulf-own-models",
    parent: "gulf-ai-demand",
    relation: "supports",
    kind: "factual",
    textZh: "海灣國家還投資開發自己的大模型,並成立專注於AI領域的國有科技企業。",
    textEn:
      "The Gulf states are also investing in developing their own large models and setting up state-owned technology companies focused on AI.",
    anchor: {
      paragraph: 40,
      quote: "這些國家還投資開發自己的大模型、成立專注於AI領域的國有科技企業等",
    },
    attribution: author,
  },
  {
    key: "gulf-energy",
    parent: "gulf-has-all-three",
    relation: "supports",
    kind: "factual",
    textZh: "在能源方面,海灣國家的優勢自然不必說。",
    textEn: "On energy, the Gulf states' advantage goes without saying.",
    anchor: { paragraph: 41, quote: "在能源方面,海灣國家的優勢自然不必說" },
    attribution: author,
  },
  {
    key: "gulf-recycling-loop",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh:
      "美國產生的設想是:海灣出口石油獲得的美元 → 投資美國AI基礎設施 → 美國輸出AI算力和模型 → 算力定價仍由美元主導。",
    textEn:
      "The vision the United States has formed is: dollars the Gulf earns from exporting oil → invested in US AI infrastructure → the United States exports AI compute and models → compute is still priced in dollars.",
    anchor: {
      paragraph: 42,
      quote:
        "美國產生的設想是,海灣出口石油獲得的美元 → 投資美國AI基礎設施 → 美國輸出AI算力和模型 → 算力定價仍由美元主導",
    },
    attribution: author,
  },
  {
    key: "gulf-pushes-itself",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "這一處理程序並非美國獨力推動,一些海灣國家自己也在推動。",
    textEn:
      "This process is not being driven by the United States on its own; some Gulf states are themselves pushing it forward.",
    anchor: {
      paragraph: 43,
      quote: "這一處理程序並非是美國自己在獨力推動,甚至一些海灣國家自己也在推動這一處理程序",
    },
    attribution: author,
  },
  {
    key: "swfs-target-ai",
    parent: "gulf-pushes-itself",
    relation: "supports",
    kind: "factual",
    textZh:
      "海灣主權基金在加速尋找「傳統化石能源之外的長期資產」,AI資料中心、晶片研發、先進計算基礎設施成為新的目標。",
    textEn:
      'The Gulf sovereign funds are accelerating their search for "long-term assets beyond traditional fossil energy", and AI data centres, chip research and development, and advanced computing infrastructure have become new targets.',
    anchor: {
      paragraph: 39,
      quote:
        "這些主權基金在加速尋找“傳統化石能源之外的長期資產”,AI資料中心、晶片研發、先進計算基礎設施成為新的目標",
    },
    attribution: author,
  },
  {
    key: "g42-microsoft",
    parent: "gulf-pushes-itself",
    relation: "supports",
    kind: "factual",
    textZh: "阿聯的G42與微軟在2024年達成價值15億美元的合作。",
    textEn: "The UAE's G42 reached a US$1.5 billion partnership with Microsoft in 2024.",
    anchor: { paragraph: 43, quote: "阿聯的G42與微軟在2024年達成價值15億美元的合作" },
    attribution: author,
  },
  {
    key: "mubadala-stargate",
    parent: "gulf-pushes-itself",
    relation: "supports",
    kind: "factual",
    textZh: "阿聯主權基金之一的穆巴達拉積極投身於美國主導的「星際之門」項目。",
    textEn:
      "Mubadala, one of the UAE's sovereign funds, is actively taking part in the US-led Stargate project.",
    anchor: {
      paragraph: 43,
      quote: "穆巴達拉(Mubadala)還積極投身於美國主導的“星際之門”(Stargate)項目",
    },
    attribution: author,
  },
  {
    key: "pif-ai-investment",
    parent: "gulf-pushes-itself",
    relation: "supports",
    kind: "factual",
    textZh: "沙烏地阿拉伯公共投資基金(PIF)在2024年投入超過400億美元用於AI產業。",
    textEn:
      "Saudi Arabia's Public Investment Fund (PIF) put more than US$40 billion into the AI industry in 2024.",
    anchor: {
      paragraph: 43,
      quote: "沙烏地阿拉伯公共投資基金(PIF)在2024年投入超過400億美元用於AI產業",
    },
    attribution: author,
  },
  {
    key: "saudi-pledge",
    parent: "gulf-pushes-itself",
    relation: "supports",
    kind: "factual",
    textZh: "沙烏地阿拉伯王儲前不久訪美期間承諾1.2兆美元的對美投資。",
    textEn:
      "During his recent visit to the United States, the Saudi crown prince pledged US$1.2 trillion of investment in the US.",
    anchor: { paragraph: 43, quote: "在前不久沙烏地阿拉伯王儲訪美期間承諾的1.2兆美元對美投資" },
    attribution: author,
  },
  {
    key: "saudi-pledge-ai",
    parent: "gulf-pushes-itself",
    relation: "supports",
    kind: "factual",
    textZh: "沙烏地王儲承諾的對美投資,主要領域是AI及其基礎設施。",
    textEn:
      "The main field of the investment in the US pledged by the Saudi crown prince is AI and its infrastructure.",
    anchor: { paragraph: 43, quote: "投資的主要領域亦是AI及其基礎設施" },
    attribution: author,
  },

  // The policy soil, and the bridge from policy to an "AI dollar".
  {
    key: "policy-soil",
    parent: "thesis",
    relation: "supports",
    kind: "causal",
    textZh: "美國在為「AI美元體系」的出現培育制度土壤。",
    textEn:
      'The United States is cultivating the institutional soil for the emergence of an "AI dollar system".',
    anchor: { paragraph: 36, quote: "美國在為“AI美元體系”的出現培育制度土壤" },
    attribution: author,
  },
  {
    key: "ai-as-national-resource",
    parent: "policy-soil",
    relation: "supports",
    kind: "factual",
    textZh:
      "美國的這些政策共同指向一個趨勢:美國正在將「AI基礎設施」從商業資源轉變為「可用於推行國際戰略的國家資源」。",
    textEn:
      'These US policies together point to one trend: the United States is turning "AI infrastructure" from a commercial resource into "a national resource that can be used to pursue international strategy".',
    anchor: {
      paragraph: 36,
      quote:
        "這些政策共同指向一個趨勢,即美國正在將“AI基礎設施”從商業資源轉變為“可用於推行國際戰略的國家資源”",
    },
    attribution: author,
  },
  {
    key: "chips-act",
    parent: "ai-as-national-resource",
    relation: "supports",
    kind: "factual",
    textZh: "2022年的《CHIPS and Science Act》正式確立美國要在晶片領域保持戰略領導優勢。",
    textEn:
      "The CHIPS and Science Act of 2022 formally established that the United States is to maintain strategic leadership in chips.",
    anchor: {
      paragraph: 30,
      quote: "2022年的《CHIPS and Science Act》正式確立美國要在晶片領域保持戰略領導優勢",
    },
    attribution: author,
  },
  {
    key: "chips-compute-foundation",
    parent: "chips-act",
    relation: "supports",
    kind: "factual",
    textZh: "在晶片領域保持戰略領導優勢,本質上是算力供應鏈的基礎。",
    textEn:
      "Strategic leadership in chips is in essence the foundation of the compute supply chain.",
    anchor: { paragraph: 30, quote: "這本質上是算力供應鏈的基礎" },
    attribution: author,
  },
  {
    key: "controls-limit-rivals",
    parent: "ai-as-national-resource",
    relation: "supports",
    kind: "causal",
    textZh: "美國的AI晶片出口管制,實際上是通過「限制他國算力獲取速度」來保持美國優勢。",
    textEn:
      'US AI-chip export controls in practice preserve the US advantage by "limiting how fast other countries can acquire compute".',
    anchor: { paragraph: 31, quote: "這實際上是通過“限制他國算力獲取速度”來保持美國優勢" },
    attribution: author,
  },
  {
    key: "export-controls",
    parent: "controls-limit-rivals",
    relation: "supports",
    kind: "factual",
    textZh:
      "2023至2024年,美國商務部針對中國發佈多輪AI晶片出口管制,範圍擴大到A100、H100、H200以及未來的Blackwell系列。",
    textEn:
      "In 2023–2024 the US Department of Commerce issued several rounds of AI-chip export controls aimed at China, extending their scope to the A100, H100, H200 and the future Blackwell series.",
    anchor: {
      paragraph: 31,
      quote:
        "2023—2024年美國商務部針對中國發佈多輪AI晶片出口管制,範圍擴大到A100、H100、H200以及未來Blackwell系列",
    },
    attribution: author,
  },
  {
    key: "h200-export-decision",
    parent: "controls-limit-rivals",
    relation: "opposes",
    kind: "factual",
    textZh:
      "據媒體報導,美國總統川普於12月8日宣佈,允許輝達將其較高階的H200晶片出口至中國「經批准的客戶」。",
    textEn:
      'According to media reports, US President Trump announced on December 8 that Nvidia would be allowed to export its higher-end H200 chips to "approved customers" in China.',
    anchor: {
      paragraph: 1,
      quote:
        "美國總統川普於12月8日宣佈,允許輝達將其較高階的H200人工智慧(AI)晶片出口至中國“經批准的客戶”",
    },
    attribution: editor,
  },
  {
    key: "ai-action-plan",
    parent: "ai-as-national-resource",
    relation: "supports",
    kind: "factual",
    textZh: "美國政府出台了《AI行動計畫》。",
    textEn: "The US government has issued an AI Action Plan.",
    anchor: { paragraph: 34, quote: "美國政府出台《AI行動計畫》" },
    attribution: author,
  },
  {
    key: "us-standards-push",
    parent: "ai-as-national-resource",
    relation: "supports",
    kind: "factual",
    textZh: "美國政府推動國際社會接受由美國主導的人工智慧安全標準。",
    textEn:
      "The US government is pushing the international community to accept US-led AI safety standards.",
    anchor: { paragraph: 34, quote: "並推動國際社會接受由美國主導的人工智慧安全標準" },
    attribution: author,
  },
  {
    key: "china-in-ai-chain",
    parent: "policy-soil",
    relation: "supports",
    kind: "causal",
    textZh:
      "從這一視角審視,美國同意對華出口晶片的舉動,某種程度上也是將中國有限制地納入其AI鏈條,為未來建構全球AI美元體系創造條件。",
    textEn:
      "Seen from this angle, the US agreeing to export chips to China is, to some extent, also a way of bringing China into its AI chain on limited terms, creating the conditions for building a global AI-dollar system in the future.",
    anchor: {
      paragraph: 2,
      quote:
        "從這一視角審視,美國同意對華出口晶片的舉動,某種程度上也是將中國有限制地納入其AI鏈條,為未來建構全球AI美元體系創造條件",
    },
    attribution: editor,
  },
  {
    key: "sacks-huawei",
    parent: "china-in-ai-chain",
    relation: "supports",
    kind: "factual",
    textZh: "白宮人工智慧負責人薩克斯表示,此舉旨在推動美國公司在中國市場挑戰華為等中國科技巨頭。",
    textEn:
      "White House AI lead David Sacks said the move was meant to help American companies challenge Huawei and other Chinese tech giants in the Chinese market.",
    anchor: {
      paragraph: 1,
      quote:
        "白宮人工智慧負責人戴維·薩克斯(David Sacks)表示,此舉旨在推動美國公司在中國市場挑戰華為等中國科技巨頭",
    },
    attribution: editor,
  },
  {
    key: "h200-revenue-share",
    parent: "china-in-ai-chain",
    relation: "supports",
    kind: "factual",
    textZh: "據媒體報導,美國政府從輝達對華出口H200的銷售中抽取25%的分成。",
    textEn:
      "According to media reports, the US government takes a 25% share of Nvidia's sales of H200 chips to China.",
    anchor: { paragraph: 1, quote: "並由美國政府抽取25%的銷售分成" },
    attribution: editor,
  },
  {
    key: "gpu-listing-timing",
    parent: "china-in-ai-chain",
    relation: "supports",
    kind: "factual",
    textZh: "這一政策的宣佈時間恰逢中國兩家國產GPU企業的上市周期。",
    textEn:
      "The timing of the announcement coincided with the listing cycle of two Chinese domestic GPU makers.",
    anchor: { paragraph: 1, quote: "這一政策的宣佈時間恰逢中國兩家國產GPU的上市周期" },
    attribution: editor,
  },
  {
    key: "no-official-proposal",
    parent: "policy-soil",
    relation: "opposes",
    kind: "factual",
    textZh: "美國政府迄今沒有公開提出「AI美元體系」的構想。",
    textEn: 'The US government has so far not publicly proposed the idea of an "AI dollar system".',
    anchor: { paragraph: 29, quote: "儘管美國政府迄今沒有公開提出“AI美元體系”的構想" },
    attribution: author,
  },

  // The essay's doubts: can it last?
  {
    key: "feasibility-limited",
    parent: "thesis",
    relation: "opposes",
    kind: "predictive",
    textZh: "作為「長期霸權機制」,AI美元的可行性在目前仍較為有限。",
    textEn:
      'As a "long-term mechanism of hegemony", the AI dollar\'s feasibility is, for now, still rather limited.',
    anchor: { paragraph: 49, quote: "但作為“長期霸權機制”,其可行性在目前仍較為有限" },
    attribution: author,
  },
  {
    key: "natural-irreplaceability-test",
    parent: "feasibility-limited",
    relation: "supports",
    kind: "causal",
    textZh:
      "決定AI美元是否成立的關鍵不在於美國願不願意,而在於AI是否具備像石油一樣的「天然不可替代性」。",
    textEn:
      'The key to whether the AI dollar holds up is not whether the United States is willing, but whether AI has a "natural irreplaceability" like oil.',
    anchor: {
      paragraph: 46,
      quote:
        "決定AI美元是否成立的關鍵不在於美國願不願意,而在於AI是否具備像石油一樣的“天然不可替代性”",
    },
    attribution: author,
  },
  {
    key: "oil-naturally-limited",
    parent: "natural-irreplaceability-test",
    relation: "supports",
    kind: "causal",
    textZh:
      "石油之所以不可替代,是因為它是天然有限資源,沒有被實驗室複製的可能,替代能源普及需要幾十年,其生產加工和運輸能力與全球工業體系深度繫結。",
    textEn:
      "Oil is irreplaceable because it is a naturally limited resource with no possibility of being replicated in a laboratory, alternative energy takes decades to spread, and its production, processing and transport capacity is deeply bound up with the global industrial system.",
    anchor: {
      paragraph: 46,
      quote:
        "石油之所以不可替代,是因為它是天然有限資源,沒有被實驗室複製的可能,替代能源普及需要幾十年,生產加工和運輸能力與全球工業體系深度繫結",
    },
    attribution: author,
  },
  {
    key: "stability-weaker",
    parent: "feasibility-limited",
    relation: "supports",
    kind: "causal",
    textZh: "因此,AI美元體系的結構性穩定性要弱於石油美元。",
    textEn:
      "Hence the structural stability of an AI-dollar system is weaker than that of the petrodollar.",
    anchor: { paragraph: 49, quote: "因此,AI美元體系的結構性穩定性要弱於石油美元" },
    attribution: author,
  },
  {
    key: "fast-iteration",
    parent: "stability-weaker",
    relation: "supports",
    kind: "factual",
    textZh: "AI的迭代速度極快。",
    textEn: "AI iterates extremely fast.",
    anchor: { paragraph: 49, quote: "AI的迭代速度極快" },
    attribution: author,
  },
  {
    key: "oil-value-lasted",
    parent: "stability-weaker",
    relation: "supports",
    kind: "factual",
    textZh: "石油的價值從20世紀70年代一直延續到今天。",
    textEn: "The value of oil has lasted from the 1970s to today.",
    anchor: { paragraph: 49, quote: "石油的價值從20世紀70年代一直延續到今天" },
    attribution: author,
  },
  {
    key: "ai-fluid-resource",
    parent: "stability-weaker",
    relation: "supports",
    kind: "normative",
    textZh: "如果說石油是一種「穩定資源」,那麼AI就更像是一種「流動資源」。",
    textEn: 'If oil is a "stable resource", AI is more like a "fluid resource".',
    anchor: {
      paragraph: 49,
      quote: "如果說石油是一種“穩定資源”,那麼AI就更像是一種“流動資源”",
    },
    attribution: author,
  },
  {
    key: "could-reshape",
    parent: "feasibility-limited",
    relation: "opposes",
    kind: "predictive",
    textZh: "AI美元很有可能將深刻改變科技技術—金融資本—地緣政治的格局。",
    textEn:
      "The AI dollar may well profoundly reshape the landscape of technology, financial capital and geopolitics.",
    anchor: { paragraph: 50, quote: "它很有可能將深刻改變科技技術—金融資本—地緣政治的格局" },
    attribution: author,
  },

  // The essay's verdict.
  {
    key: "worth-guarding-against",
    parent: "thesis",
    relation: "supports",
    kind: "normative",
    textZh: "AI美元可以被看作是一個「未成型但值得警惕」的體系。",
    textEn: 'The AI dollar can be seen as a system that is "unformed but worth guarding against".',
    anchor: { paragraph: 50, quote: "AI美元可以被看作是一個“未成型但值得警惕”的體系" },
    attribution: author,
  },
  {
    key: "imagined-order-taking-shape",
    parent: "worth-guarding-against",
    relation: "supports",
    kind: "normative",
    textZh: "AI美元是一種正在形成中的「制度化想像」。",
    textEn: 'The AI dollar is an "imagined institutional order" still taking shape.',
    anchor: { paragraph: 50, quote: "而是一種正在形成中的“制度化想像”" },
    attribution: author,
  },
];
