// The AI-dollar claim map as first published (version 1), kept to test revising a database
// filled under it to the current map (tests/integration/ai-dollar-revision.test.ts).
import type { SeedClaim } from "@/db/seed/types";

export const claimsV1: SeedClaim[] = [
  {
    key: "thesis",
    parent: null,
    relation: null,
    kind: "predictive",
    textZh: "美國能夠建構一個繼承石油美元、延續美元霸權的「AI美元」體系。",
    textEn:
      'The United States can build an "AI dollar" system that succeeds the petrodollar and sustains dollar hegemony.',
    anchor: { paragraph: 11, quote: "AI美元是石油美元體系之後,美國可能依賴的“下一個長期錨定資產”" },
    attribution: { by: "author" },
  },
  {
    key: "compute-irreplaceable",
    parent: "thesis",
    relation: "supports",
    kind: "causal",
    textZh: "美國的AI晶片與算力基礎設施如同當年的石油一樣不可替代。",
    textEn: "US AI chips and compute infrastructure are irreplaceable, as oil was.",
    anchor: { paragraph: 27, quote: "(一)石油的不可替代性 → 美國AI晶片/算力基礎設施的不可替代性" },
    attribution: { by: "author" },
  },
  {
    key: "core-resources-shift",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "causal",
    textZh: "AI時代的核心資源已從石油、天然氣與稀缺礦產轉向算力、晶片、資料與演算法模型。",
    textEn:
      "The core resources of the AI era have shifted from oil, gas and scarce minerals to compute, chips, data and models.",
    anchor: {
      paragraph: 8,
      quote:
        "AI時代的核心資源已經從傳統意義上的“石油、天然氣、稀缺礦產”轉向“算力、晶片、資料、演算法模型”",
    },
    attribution: { by: "author" },
  },
  {
    key: "nvidia-share",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "factual",
    textZh: "輝達2024年9月的10-Q報告顯示,其全球AI訓練晶片市場份額超過82%。",
    textEn:
      "Nvidia's 10-Q report of September 2024 shows it holds over 82% of the global market for AI training chips.",
    anchor: {
      paragraph: 9,
      quote: "根據2024年9月輝達(Nvidia)發佈的10-Q報告顯示,該公司在全球AI訓練晶片的市場份額超過82%",
    },
    attribution: { by: "author" },
  },
  {
    key: "us-capital-supply-chain",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "factual",
    textZh: "H100、H200與Blackwell系列基本由美國資本運作的供應鏈掌控。",
    textEn:
      "The H100, H200 and Blackwell series are essentially controlled by supply chains run by American capital.",
    anchor: { paragraph: 9, quote: "H100、H200和最新Blackwell系列基本由美國資本運作的供應鏈掌控" },
    attribution: { by: "author" },
  },
  {
    key: "cloud-big-four",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "factual",
    textZh:
      "據Synergy Research Group報告,AWS、Azure、Google Cloud與Oracle Cloud合計佔據全球67%的算力供給。",
    textEn:
      "According to Synergy Research Group, AWS, Azure, Google Cloud and Oracle Cloud together hold 67% of global compute supply.",
    anchor: {
      paragraph: 9,
      quote:
        "全球雲端運算市場的格局進一步向“美系四大”(AWS、Microsoft Azure、Google Cloud、Oracle Cloud)集中,合計佔據67%的算力供給",
    },
    attribution: { by: "author" },
  },
  {
    key: "china-export-limits",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "factual",
    textZh: "中國在國際算力流動中仍受美國出口管制的制度限制。",
    textEn:
      "In the international flow of compute, China is still constrained by US export controls.",
    anchor: { paragraph: 9, quote: "在國際算力流動體系中仍然面臨美國出口管制所施加的制度限制" },
    attribution: { by: "author" },
  },
  {
    key: "huang-accelerated-computing",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "factual",
    textZh: "輝達CEO黃仁勳多次公開宣稱,未來世界經濟增長全部依賴加速計算。",
    textEn:
      "Nvidia CEO Jensen Huang has repeatedly said in public that future world economic growth will depend entirely on accelerated computing.",
    anchor: {
      paragraph: 26,
      quote: "輝達CEO黃仁勳多次在公開場合宣稱:“未來世界的經濟增長全部依賴加速計算。”",
    },
    attribution: { by: "author" },
  },
  {
    key: "sources-of-lock-in",
    parent: "compute-irreplaceable",
    relation: "supports",
    kind: "factual",
    textZh: "AI的不可替代性來自算力壟斷、技術標準壟斷、模型生態繫結、演算法領先與開源生態掌控。",
    textEn:
      "AI's irreplaceability comes from a compute monopoly (Nvidia, TSMC), standards, model-ecosystem lock-in, algorithmic lead and control of open source.",
    anchor: {
      paragraph: 47,
      quote:
        "它主要來自於算力壟斷(輝達、台積電)、技術標準壟斷(美國雲服務體系)、模型生態繫結(OpenAI、Google、Anthropic)、演算法領先性、開源生態掌控等",
    },
    attribution: { by: "author" },
  },
  {
    key: "dollar-settlement",
    parent: "thesis",
    relation: "supports",
    kind: "predictive",
    textZh: "AI晶片與AI雲服務的交易將繼續以美元結算。",
    textEn: "Trade in AI chips and AI cloud services will continue to be settled in dollars.",
    anchor: {
      paragraph: 27,
      quote: "(二)石油交易必須用美元 → AI晶片與AI雲服務的交易繼續由美元結算",
    },
    attribution: { by: "author" },
  },
  {
    key: "stablecoin-legislation",
    parent: "dollar-settlement",
    relation: "supports",
    kind: "factual",
    textZh:
      "美國財政部與國會正推動穩定幣立法,共和黨方案支持由金融機構發行並經政府認證的美元穩定幣。",
    textEn:
      "The US Treasury and Congress are pushing stablecoin legislation; the Republican plan backs government-certified dollar stablecoins issued by financial institutions.",
    anchor: {
      paragraph: 32,
      quote:
        "美國財政部與國會正在推動穩定幣立法。共和黨方案支援由金融機構發行“美元穩定幣”並由美國政府認證",
    },
    attribution: { by: "author" },
  },
  {
    key: "stablecoin-settlement",
    parent: "dollar-settlement",
    relation: "supports",
    kind: "predictive",
    textZh: "穩定幣一旦成為合法國際支付工具,可能成為購買AI服務與雲算力的數字美元結算機制。",
    textEn:
      "Once legal for international payment, stablecoins could become the digital-dollar settlement mechanism for AI services and cloud compute.",
    anchor: {
      paragraph: 32,
      quote: "一旦穩定幣成為合法國際支付工具,它可能成為AI服務、雲算力購買的“數字美元結算機制”",
    },
    attribution: { by: "author" },
  },
  {
    key: "gulf-anchor",
    parent: "thesis",
    relation: "supports",
    kind: "predictive",
    textZh: "海灣資本將投資美國的AI資料中心與基礎設施,如同當年購買美債一樣讓美元回流。",
    textEn:
      "Gulf capital will invest in US AI data centres and infrastructure, recycling dollars as its purchases of Treasuries once did.",
    anchor: { paragraph: 27, quote: "(三)海灣資本購買美債 → 海灣資本投資美國AI資料中心與AI基建" },
    attribution: { by: "author" },
  },
  {
    key: "new-gulf-needed",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "causal",
    textZh: "要複製石油美元模式,美國必須找到資本充沛、能源富集且需要AI的「新的海灣」。",
    textEn:
      'To copy the petrodollar model, the US must find a "new Gulf": a region rich in capital and energy that needs AI.',
    anchor: { paragraph: 38, quote: "如果要複製石油美元模式,美國必須找到“新的海灣”" },
    attribution: { by: "author" },
  },
  {
    key: "gulf-swf-size",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "海灣國家主權財富基金規模已超過5.3兆美元,並在尋找化石能源以外的長期資產。",
    textEn:
      "Gulf sovereign wealth funds already exceed US$5.3 trillion and are seeking long-term assets beyond fossil fuels.",
    anchor: { paragraph: 39, quote: "海灣國家的主權財富基金規模已經超過5.3兆美元" },
    attribution: { by: "author" },
  },
  {
    key: "saudi-vision-2030",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "沙烏地阿拉伯「2030願景」提出要成為全球AI使用率最高的國家之一。",
    textEn:
      "Saudi Arabia's Vision 2030 aims to make it one of the countries with the highest AI adoption in the world.",
    anchor: {
      paragraph: 40,
      quote: "沙烏地阿拉伯的“2030願景”提出要成為“全球AI使用率最高的國家之一”",
    },
    attribution: { by: "author" },
  },
  {
    key: "uae-ai-strategy-2031",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "阿聯制定了《阿聯國家AI戰略2031》。",
    textEn: "The UAE has adopted the UAE National AI Strategy 2031.",
    anchor: {
      paragraph: 40,
      quote: "阿聯制定了《阿聯國家AI戰略2031》(UAE National AI Strategy 2031)",
    },
    attribution: { by: "author" },
  },
  {
    key: "qatar-ai-framework",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "卡達於2023年發佈了《卡達AI治理框架》。",
    textEn: "Qatar published the Qatar AI Governance Framework in 2023.",
    anchor: {
      paragraph: 40,
      quote: "卡達則在2023年發佈了《卡達AI治理框架》(Qatar AI Governance Framework)",
    },
    attribution: { by: "author" },
  },
  {
    key: "gulf-energy",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "海灣國家在能源方面具有明顯優勢。",
    textEn: "The Gulf states have an obvious advantage in energy.",
    anchor: { paragraph: 41, quote: "在能源方面,海灣國家的優勢自然不必說" },
    attribution: { by: "author" },
  },
  {
    key: "gulf-recycling-loop",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "causal",
    textZh: "海灣石油美元投資美國AI基建,美國輸出算力與模型,算力定價仍由美元主導。",
    textEn:
      "Gulf oil dollars invest in US AI infrastructure, the US exports compute and models, and compute stays priced in dollars.",
    anchor: {
      paragraph: 42,
      quote:
        "海灣出口石油獲得的美元 → 投資美國AI基礎設施 → 美國輸出AI算力和模型 → 算力定價仍由美元主導",
    },
    attribution: { by: "author" },
  },
  {
    key: "g42-microsoft",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "阿聯G42與微軟於2024年達成價值15億美元的合作。",
    textEn: "The UAE's G42 and Microsoft struck a US$1.5 billion partnership in 2024.",
    anchor: { paragraph: 43, quote: "阿聯的G42與微軟在2024年達成價值15億美元的合作" },
    attribution: { by: "author" },
  },
  {
    key: "mubadala-stargate",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "阿聯主權基金穆巴達拉積極參與美國主導的「星際之門」項目。",
    textEn: "The UAE sovereign fund Mubadala is taking part in the US-led Stargate project.",
    anchor: {
      paragraph: 43,
      quote: "穆巴達拉(Mubadala)還積極投身於美國主導的“星際之門”(Stargate)項目",
    },
    attribution: { by: "author" },
  },
  {
    key: "pif-ai-investment",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "沙烏地阿拉伯公共投資基金(PIF)2024年投入逾400億美元於AI產業。",
    textEn:
      "Saudi Arabia's Public Investment Fund (PIF) put more than US$40 billion into AI in 2024.",
    anchor: {
      paragraph: 43,
      quote: "沙烏地阿拉伯公共投資基金(PIF)在2024年投入超過400億美元用於AI產業",
    },
    attribution: { by: "author" },
  },
  {
    key: "saudi-pledge",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "factual",
    textZh: "沙烏地王儲訪美期間承諾1.2兆美元對美投資,主要投向AI及其基礎設施。",
    textEn:
      "The Saudi crown prince pledged US$1.2 trillion of investment in the US during his visit, mainly in AI and its infrastructure.",
    anchor: {
      paragraph: 43,
      quote: "沙烏地阿拉伯王儲訪美期間承諾的1.2兆美元對美投資,投資的主要領域亦是AI及其基礎設施",
    },
    attribution: { by: "author" },
  },
  {
    key: "gulf-capital-hub",
    parent: "gulf-anchor",
    relation: "supports",
    kind: "causal",
    textZh: "海灣國家重新成為全球資本樞紐,而AI產業極需資本與能源,使海灣成為美國設想中的新錨點。",
    textEn:
      "The Gulf is again a hub of global capital, and AI needs capital and energy, which makes the Gulf the natural new anchor.",
    anchor: {
      paragraph: 44,
      quote: "海灣國家正在重新成為全球資本的關鍵樞紐,而AI產業極為需要資本和能源的雙重支撐",
    },
    attribution: { by: "author" },
  },
  {
    key: "policy-soil",
    parent: "thesis",
    relation: "supports",
    kind: "causal",
    textZh: "美國的政策實踐正在為「AI美元體系」培育制度土壤。",
    textEn: "US policy is already preparing the institutional soil for an AI-dollar system.",
    anchor: { paragraph: 36, quote: "美國在為“AI美元體系”的出現培育制度土壤" },
    attribution: { by: "author" },
  },
  {
    key: "chips-act",
    parent: "policy-soil",
    relation: "supports",
    kind: "factual",
    textZh: "2022年《晶片與科學法》確立美國在晶片領域保持戰略領導優勢。",
    textEn: "The CHIPS and Science Act of 2022 set out to keep US strategic leadership in chips.",
    anchor: {
      paragraph: 30,
      quote: "2022年的《CHIPS and Science Act》正式確立美國要在晶片領域保持戰略領導優勢",
    },
    attribution: { by: "author" },
  },
  {
    key: "export-controls",
    parent: "policy-soil",
    relation: "supports",
    kind: "factual",
    textZh:
      "2023至2024年美國商務部對中國發佈多輪AI晶片出口管制,涵蓋A100、H100、H200及Blackwell系列。",
    textEn:
      "In 2023–2024 the US Commerce Department issued several rounds of AI-chip export controls on China covering the A100, H100, H200 and Blackwell.",
    anchor: {
      paragraph: 31,
      quote:
        "2023—2024年美國商務部針對中國發佈多輪AI晶片出口管制,範圍擴大到A100、H100、H200以及未來Blackwell系列",
    },
    attribution: { by: "author" },
  },
  {
    key: "ai-action-plan",
    parent: "policy-soil",
    relation: "supports",
    kind: "factual",
    textZh: "美國政府出台《AI行動計畫》,推動國際接受美國主導的AI安全標準。",
    textEn:
      "The US government issued an AI Action Plan and pushes the world to accept US-led AI safety standards.",
    anchor: {
      paragraph: 34,
      quote: "美國政府出台《AI行動計畫》並推動國際社會接受由美國主導的人工智慧安全標準",
    },
    attribution: { by: "author" },
  },
  {
    key: "model-ecosystem",
    parent: "policy-soil",
    relation: "supports",
    kind: "factual",
    textZh: "美國通過OpenAI、Google與Anthropic等主導全球模型生態與跨國資料中心佈局。",
    textEn:
      "Through OpenAI, Google and Anthropic the US leads the global model ecosystem and cross-border data-centre siting.",
    anchor: { paragraph: 35, quote: "美國通過OpenAI、Google、Anthropic等主導全球模型生態" },
    attribution: { by: "author" },
  },
  {
    key: "petrodollar-template",
    parent: "thesis",
    relation: "supports",
    kind: "causal",
    textZh: "AI美元的構想複製了半個世紀前美國建構石油美元體系的經驗。",
    textEn:
      "The AI-dollar idea copies the US experience of building the petrodollar system half a century ago.",
    anchor: {
      paragraph: 23,
      quote: "不難發現其在很大程度上源於半個世紀前美國建構石油美元體系的經驗",
    },
    attribution: { by: "author" },
  },
  {
    key: "saudi-dollar-agreement",
    parent: "petrodollar-template",
    relation: "supports",
    kind: "factual",
    textZh: "石油美元體系建立於1973至1974年:美沙協議要求石油貿易以美元結算。",
    textEn:
      "The petrodollar system was set up in 1973–1974 by a US–Saudi agreement requiring oil to be traded in dollars.",
    anchor: {
      paragraph: 24,
      quote: "美國與沙烏地阿拉伯在1973-1974年間達成協議,要求石油貿易必須使用美元結算",
    },
    attribution: { by: "author" },
  },
  {
    key: "gulf-treasuries",
    parent: "petrodollar-template",
    relation: "supports",
    kind: "factual",
    textZh: "海灣國家購買美國國債,把石油收入的美元再循環回美國資本市場。",
    textEn:
      "Gulf states recycled their oil dollars into US capital markets by buying US Treasuries.",
    anchor: {
      paragraph: 24,
      quote: "海灣國家通過購買美國國債,將出口石油獲得的大規模美元“再循環”回美國資本市場",
    },
    attribution: { by: "author" },
  },
  {
    key: "gulf-security",
    parent: "petrodollar-template",
    relation: "supports",
    kind: "factual",
    textZh: "美國以海灣安全體系(駐軍與軍售)穩定石油美元體系。",
    textEn:
      "The US stabilised the petrodollar system through Gulf security: troops and arms sales.",
    anchor: { paragraph: 24, quote: "美國通過海灣地區安全體系(駐軍和軍售)穩定這一體系" },
    attribution: { by: "author" },
  },
  {
    key: "petrodollar-logic",
    parent: "petrodollar-template",
    relation: "supports",
    kind: "causal",
    textZh: "資源不可替代、交易用美元、資本回流美國,使美元霸權深層鎖定。",
    textEn:
      "An irreplaceable resource, trade in dollars and capital flowing back to the US lock dollar hegemony in.",
    anchor: {
      paragraph: 25,
      quote: "資源不可替代 → 交易必須用美元 → 剩餘資本必須回流美國 → 美元霸權形成深層鎖定",
    },
    attribution: { by: "author" },
  },
  {
    key: "narrative-origins",
    parent: "thesis",
    relation: "supports",
    kind: "factual",
    textZh:
      "「AI美元」的思想源頭可追溯至2019年美國人工智慧國家安全委員會報告,並經矽谷資本與智庫強化。",
    textEn:
      "The AI-dollar idea goes back to a 2019 NSCAI report and was reinforced by Silicon Valley capital and think tanks.",
    anchor: {
      paragraph: 3,
      quote:
        "“AI美元”的思想源頭可追溯至2019年美國人工智慧國家安全委員會的相關報告,並經矽谷資本與多家智庫強化",
    },
    attribution: { by: "editor" },
  },
  {
    key: "term-from-commentators",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh: "「AI美元」一詞最早出現在科技產業評論者的文章中。",
    textEn: 'The term "AI dollar" first appeared in articles by tech-industry commentators.',
    anchor: { paragraph: 13, quote: "它最早出現在科技產業評論者的文章之中" },
    attribution: { by: "author" },
  },
  {
    key: "nscai-final-report",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh: "NSCAI於2019年發佈《Final Report》,由前Google CEO施密特與前副防長沃克主導。",
    textEn:
      "The NSCAI published its Final Report in 2019, led by former Google CEO Eric Schmidt and former Deputy Secretary of Defense Robert Work.",
    anchor: {
      paragraph: 13,
      quote:
        "2019年美國人工智慧國家安全委員會(NSCAI)發佈的一份報告《Final Report》,該報告由Google(Google)前CEO施密特(Eric Schmidt)與前副防長沃克(Robert Work)主導",
    },
    attribution: { by: "author" },
  },
  {
    key: "nscai-fulcrum",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh: "該報告指出AI、晶片製造與算力供應鏈將成為美國全球領導力的支點。",
    textEn:
      "The report says AI, chipmaking and the compute supply chain will be the fulcrum of US global leadership.",
    anchor: { paragraph: 13, quote: "“AI、晶片製造與算力供應鏈將成為未來美國全球領導力的支點。”" },
    attribution: { by: "author" },
  },
  {
    key: "nscai-three-ideas",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh:
      "該報告的核心涵蓋三大理念:美國企業主導AI基建、以出口管制保護半導體供應鏈、建構美國主導的全球AI治理框架。",
    textEn:
      "The report's core has three ideas: US firms must lead AI infrastructure, export controls must protect the chip supply chain, and a US-led global AI governance framework.",
    anchor: { paragraph: 15, quote: "但其核心涵蓋了三大關鍵理念" },
    attribution: { by: "author" },
  },
  {
    key: "cnas-tech-dollar",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh: "新美國安全中心(CNAS)於2022至2024年提出「技術美元體系」的雛形。",
    textEn: 'In 2022–2024 CNAS published articles sketching a "Tech Dollar System".',
    anchor: {
      paragraph: 19,
      quote: "新美國安全中心(CNAS)發佈多篇文章提出“技術美元體系”(Tech Dollar System)的雛形",
    },
    attribution: { by: "author" },
  },
  {
    key: "hoover-compute-dollar",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh: "胡佛研究所的研究者於2024年首次使用「算力美元」一詞。",
    textEn: 'Hoover Institution researchers first used the term "Compute Dollar" in 2024.',
    anchor: {
      paragraph: 19,
      quote:
        "胡佛研究所(Hoover Institution)的研究者在2024年首次使用了“算力美元”(Compute Dollar)一詞",
    },
    attribution: { by: "author" },
  },
  {
    key: "brookings-rand",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh: "布魯金斯學會與蘭德公司在2023至2025年的研究中主張把AI基建視為全球戰略網路的一部分。",
    textEn:
      "Brookings and RAND argued in 2023–2025 studies that the US should treat AI infrastructure as part of a global strategic network.",
    anchor: {
      paragraph: 19,
      quote:
        "布魯金斯學會(Brookings Institution)與 蘭德公司(RAND)在2023—2025年間的一系列政策研究中多次強調,美國應將AI基礎設施視為“全球戰略網路的一部分”",
    },
    attribution: { by: "author" },
  },
  {
    key: "vc-gdp-from-compute",
    parent: "narrative-origins",
    relation: "supports",
    kind: "factual",
    textZh: "Benchmark、a16z等機構公開強調全球未來五年的GDP增量全部來自算力。",
    textEn:
      "Benchmark, a16z and others have said publicly that all global GDP growth over the next five years will come from compute.",
    anchor: {
      paragraph: 20,
      quote: "Benchmark、a16z等機構在多個公開場合強調:“全球未來五年的GDP增量全部來自算力。”",
    },
    attribution: { by: "author" },
  },
  {
    key: "national-security-frame",
    parent: "thesis",
    relation: "supports",
    kind: "causal",
    textZh: "AI產業日益被納入美國國家安全框架,使「AI美元」具備政治現實基礎與戰略動機。",
    textEn:
      "AI is increasingly inside the US national-security framework, giving the AI-dollar idea a political basis and a motive.",
    anchor: { paragraph: 10, quote: "AI產業越來越被納入到美國國家安全框架內,而不是單純的商業領域" },
    attribution: { by: "author" },
  },
  {
    key: "ai-core-of-power",
    parent: "national-security-frame",
    relation: "supports",
    kind: "factual",
    textZh: "美國國會與白宮都曾公開強調「AI是未來國力競爭的核心」。",
    textEn:
      "Both Congress and the White House have said publicly that AI is the core of future competition in national power.",
    anchor: {
      paragraph: 10,
      quote: "美國國會、白宮均在不同公開講話中強調:“AI是未來國力競爭的核心。”",
    },
    attribution: { by: "author" },
  },
  {
    key: "compute-key-variable",
    parent: "national-security-frame",
    relation: "supports",
    kind: "causal",
    textZh: "分析人士指出,算力、晶片、資料與演算法模型已成為左右國家競爭力的關鍵變數。",
    textEn:
      "Analysts say compute, chips, data and models have become key variables of national competitiveness.",
    anchor: {
      paragraph: 2,
      quote: "算力、晶片、資料及演算法模型已逐步成為左右國家競爭力的關鍵變數",
    },
    attribution: { by: "editor" },
  },
  {
    key: "china-in-ai-chain",
    parent: "thesis",
    relation: "supports",
    kind: "causal",
    textZh: "美國同意對華出口晶片,是將中國有限度地納入其AI鏈條,為全球AI美元體系創造條件。",
    textEn:
      "Letting chips be exported to China brings China into the US AI chain on limited terms, preparing a global AI-dollar system.",
    anchor: {
      paragraph: 2,
      quote:
        "美國同意對華出口晶片的舉動,某種程度上也是將中國有限制地納入其AI鏈條,為未來建構全球AI美元體系創造條件",
    },
    attribution: { by: "editor" },
  },
  {
    key: "h200-export-decision",
    parent: "china-in-ai-chain",
    relation: "supports",
    kind: "factual",
    textZh: "川普於12月8日宣佈允許輝達向中國經批准客戶出口H200晶片,美國政府抽取25%銷售分成。",
    textEn:
      "On December 8 Trump allowed Nvidia to export H200 chips to approved Chinese customers, with the US government taking 25% of sales.",
    anchor: {
      paragraph: 1,
      quote:
        "美國總統川普於12月8日宣佈,允許輝達將其較高階的H200人工智慧(AI)晶片出口至中國“經批准的客戶”,並由美國政府抽取25%的銷售分成",
    },
    attribution: { by: "editor" },
  },
  {
    key: "sacks-huawei",
    parent: "china-in-ai-chain",
    relation: "supports",
    kind: "factual",
    textZh: "白宮AI負責人薩克斯表示,此舉旨在讓美國公司在中國市場挑戰華為等科技巨頭。",
    textEn:
      "White House AI lead David Sacks said the move is meant to help US firms challenge Huawei and others in China.",
    anchor: {
      paragraph: 1,
      quote:
        "白宮人工智慧負責人戴維·薩克斯(David Sacks)表示,此舉旨在推動美國公司在中國市場挑戰華為等中國科技巨頭",
    },
    attribution: { by: "editor" },
  },
  {
    key: "gpu-listing-timing",
    parent: "china-in-ai-chain",
    relation: "supports",
    kind: "factual",
    textZh: "此政策宣佈時間恰逢中國兩家國產GPU企業的上市周期。",
    textEn: "The announcement coincided with the listing cycle of two Chinese GPU makers.",
    anchor: { paragraph: 1, quote: "這一政策的宣佈時間恰逢中國兩家國產GPU的上市周期" },
    attribution: { by: "editor" },
  },
  {
    key: "could-reshape",
    parent: "thesis",
    relation: "supports",
    kind: "predictive",
    textZh: "即使較脆弱,AI美元仍可能深刻改變科技、金融資本與地緣政治的格局。",
    textEn:
      "Even if fragile, the AI dollar may profoundly reshape technology, financial capital and geopolitics.",
    anchor: { paragraph: 50, quote: "它很有可能將深刻改變科技技術—金融資本—地緣政治的格局" },
    attribution: { by: "author" },
  },
  {
    key: "not-official",
    parent: "thesis",
    relation: "opposes",
    kind: "factual",
    textZh: "「AI美元」並非美國政府正式提出的金融概念,也不是聯準會的官方貨幣術語。",
    textEn:
      'The "AI dollar" is neither a financial concept proposed by the US government nor an official Federal Reserve term.',
    anchor: {
      paragraph: 7,
      quote:
        "“AI美元”(AI Dollar)並不是美國政府正式提出的金融概念,也不是聯邦儲備體系用於公開政策制定的官方貨幣術語",
    },
    attribution: { by: "author" },
  },
  {
    key: "no-official-proposal",
    parent: "not-official",
    relation: "supports",
    kind: "factual",
    textZh: "美國政府迄今沒有公開提出「AI美元體系」的構想。",
    textEn: 'The US government has never publicly proposed an "AI dollar system".',
    anchor: { paragraph: 29, quote: "儘管美國政府迄今沒有公開提出“AI美元體系”的構想" },
    attribution: { by: "author" },
  },
  {
    key: "narrative-concept",
    parent: "not-official",
    relation: "supports",
    kind: "normative",
    textZh: "「AI美元」算不上是一項政策,而是一種敘事概念。",
    textEn: 'The "AI dollar" is not a policy but a narrative concept.',
    anchor: {
      paragraph: 21,
      quote: "“AI美元”它算不上是一項政策,而是一種敘事概念(narrative concept)",
    },
    attribution: { by: "author" },
  },
  {
    key: "feasibility-limited",
    parent: "thesis",
    relation: "opposes",
    kind: "predictive",
    textZh: "「AI美元」可作為戰略意圖存在,但作為長期霸權機制,其可行性仍較為有限。",
    textEn:
      "The AI dollar can exist as a strategic intent, but its feasibility as a long-term mechanism of hegemony is limited.",
    anchor: {
      paragraph: 49,
      quote: "“AI美元”作為戰略意圖可以存在,但作為“長期霸權機制”,其可行性在目前仍較為有限",
    },
    attribution: { by: "author" },
  },
  {
    key: "natural-irreplaceability-test",
    parent: "feasibility-limited",
    relation: "supports",
    kind: "normative",
    textZh: "AI美元能否成立,關鍵在於AI是否具備像石油一樣的天然不可替代性,而非美國的意願。",
    textEn:
      "Whether the AI dollar holds depends not on US will but on whether AI is naturally irreplaceable, as oil is.",
    anchor: {
      paragraph: 46,
      quote:
        "決定AI美元是否成立的關鍵不在於美國願不願意,而在於AI是否具備像石油一樣的“天然不可替代性”",
    },
    attribution: { by: "author" },
  },
  {
    key: "lock-in-man-made",
    parent: "feasibility-limited",
    relation: "supports",
    kind: "causal",
    textZh: "AI的不可替代性基本上是人為製造的,而非自然形成。",
    textEn: "AI's irreplaceability is essentially man-made, not natural.",
    anchor: { paragraph: 48, quote: "AI的這些不可替代性基本上都是人為製造的,而不是自然形成的" },
    attribution: { by: "author" },
  },
  {
    key: "oil-naturally-limited",
    parent: "lock-in-man-made",
    relation: "supports",
    kind: "factual",
    textZh: "石油不可替代,因為它是天然有限資源,無法在實驗室複製,替代能源普及需要數十年。",
    textEn:
      "Oil is irreplaceable because it is naturally limited, cannot be made in a lab, and alternatives take decades to spread.",
    anchor: {
      paragraph: 46,
      quote:
        "石油之所以不可替代,是因為它是天然有限資源,沒有被實驗室複製的可能,替代能源普及需要幾十年",
    },
    attribution: { by: "author" },
  },
  {
    key: "lock-in-erodes",
    parent: "feasibility-limited",
    relation: "supports",
    kind: "predictive",
    textZh:
      "一旦出現新的晶片供應鏈、開源大模型、分佈式算力或資料主權體系,AI美元的鎖定效果將迅速下降。",
    textEn:
      "Once new chip supply chains, open-source models, distributed compute or data-sovereignty regimes appear, the lock-in falls fast.",
    anchor: {
      paragraph: 48,
      quote:
        "一旦出現新的晶片供應鏈、開源大模型、分佈式算力、資料主權體系,AI美元的鎖定效果就會迅速下降",
    },
    attribution: { by: "author" },
  },
  {
    key: "fast-iteration",
    parent: "feasibility-limited",
    relation: "supports",
    kind: "predictive",
    textZh: "AI迭代極快,領先或只能維持數年,AI美元體系的結構性穩定性弱於石油美元。",
    textEn:
      "AI iterates so fast that a lead may last only a few years, so an AI-dollar system is structurally less stable than the petrodollar.",
    anchor: { paragraph: 49, quote: "AI美元體系的結構性穩定性要弱於石油美元" },
    attribution: { by: "author" },
  },
];
