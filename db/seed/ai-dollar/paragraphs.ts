// The essay, paragraph by paragraph, exactly as published (joined, these equal
// essay.zh-Hant.txt byte for byte), each with our English rendering.
import type { SeedParagraph } from "../types";

export const paragraphs: SeedParagraph[] = [
  {
    kind: "body",
    zh: "[編者按] 據媒體報導,美國總統川普於12月8日宣佈,允許輝達將其較高階的H200人工智慧(AI)晶片出口至中國“經批准的客戶”,並由美國政府抽取25%的銷售分成。白宮人工智慧負責人戴維·薩克斯(David Sacks)表示,此舉旨在推動美國公司在中國市場挑戰華為等中國科技巨頭。更巧的是,這一政策的宣佈時間恰逢中國兩家國產GPU的上市周期。",
    en: '[Editor\'s note] According to media reports, US President Trump announced on December 8 that Nvidia would be allowed to export its higher-end H200 artificial intelligence (AI) chips to "approved customers" in China, with the US government taking a 25% share of sales. White House AI lead David Sacks said the move was meant to help American companies challenge Huawei and other Chinese tech giants in the Chinese market. More conveniently still, the timing of the announcement coincided with the listing cycle of two Chinese domestic GPU makers.',
  },
  {
    kind: "body",
    zh: "分析人士指出,隨著人工智慧從前沿技術加速演進為社會經濟運行的核心基礎設施,算力、晶片、資料及演算法模型已逐步成為左右國家競爭力的關鍵變數。在科技發展與能源、金融體系深度融合的態勢下,這類技術資源正顯現出與傳統戰略資源趨同的地緣政治屬性。在此背景下,“AI美元”這一非官方的制度化想像概念開始在智庫與科技圈層興起。從這一視角審視,美國同意對華出口晶片的舉動,某種程度上也是將中國有限制地納入其AI鏈條,為未來建構全球AI美元體系創造條件。",
    en: 'Analysts note that as artificial intelligence evolves at an accelerating pace from a frontier technology into core infrastructure for the functioning of society and the economy, compute, chips, data and algorithmic models have gradually become key variables that shape national competitiveness. As technological development becomes deeply fused with energy and the financial system, these technological resources are taking on geopolitical attributes that converge with those of traditional strategic resources. Against this background, the "AI dollar", an unofficial concept of an imagined institutional order, has begun to rise in think-tank and tech circles. Seen from this angle, the US agreeing to export chips to China is, to some extent, also a way of bringing China into its AI chain on limited terms, creating the conditions for building a global AI-dollar system in the future.',
  },
  {
    kind: "body",
    zh: "本文分析了“AI美元”這一概念的緣起與相關政策實踐以及海灣國家對“AI美元”的建構性作用。首先,“AI美元”的思想源頭可追溯至2019年美國人工智慧國家安全委員會的相關報告,並經矽谷資本與多家智庫強化。其次,該概念試圖複製石油美元“資源不可替代性—美元結算—資本回流” 的邏輯,將美國AI晶片/算力基礎設施的不可替代性作為核心錨定物。此外,海灣國家因兼具資本、能源與AI需求成為其潛在關鍵錨點;美國也已通過《CHIPS and Science Act》、多輪AI晶片出口管制、推動穩定幣立法等政策為其培育制度土壤。但由於AI資源的流動性與技術快速迭代的特性,其作為長期霸權機制的可行性存在較大不確定性,但其背後的戰略意圖仍值得高度關注。",
    en: 'This article analyses the origins of the "AI dollar" concept, the related policy practice, and the role of the Gulf states in constructing the "AI dollar". First, the intellectual origins of the "AI dollar" can be traced to the relevant 2019 reports of the US National Security Commission on Artificial Intelligence, and were reinforced by Silicon Valley capital and several think tanks. Second, the concept tries to copy the petrodollar\'s logic of "irreplaceable resource, dollar settlement, capital recycling", making the irreplaceability of US AI chips and compute infrastructure its core anchor. In addition, the Gulf states, which combine capital, energy and demand for AI, have become its potential key anchor; and the US has already been cultivating the institutional soil for it through policies such as the CHIPS and Science Act, several rounds of AI-chip export controls, and the push for stablecoin legislation. But because AI resources are fluid and the technology iterates quickly, its feasibility as a long-term mechanism of hegemony is subject to considerable uncertainty, although the strategic intent behind it still deserves close attention.',
  },
  {
    kind: "body",
    zh: "為便於國內各界把握形勢之變,知己知彼,歐亞系統科學研究會特轉載此文,供讀者批判性閱讀。文章僅代表作者本人觀點。",
    en: "To help people in every field at home grasp how the situation is changing, and to know the other side as well as ourselves, the Eurasian Systems Science Research Association reprints this article for critical reading. The article represents only the author's own views.",
  },
  {
    kind: "heading",
    zh: "美元的起源——從石油美元到算力時代的新霸權想像",
    en: "The origins of the dollar: from the petrodollar to a new imagined hegemony in the age of compute",
  },
  {
    kind: "caption",
    zh: "▲ 圖源:Getty Images",
    en: "▲ Image: Getty Images",
  },
  {
    kind: "body",
    zh: "在進入本專題第一篇文章前,首先讓我們思考一個問題:為什麼“AI美元”這一提法在今天突然走紅?事實上,“AI美元”(AI Dollar)並不是美國政府正式提出的金融概念,也不是聯邦儲備體系用於公開政策制定的官方貨幣術語。它的出現更加像是一種“時代風向”——一種由智庫、金融機構、科技企業等共同塑造出來的未來圖景。而它之所以在近期突然流行,原因倒也並不複雜。",
    en: 'Before we enter the first article of this series, let us first consider a question: why has the term "AI dollar" suddenly become popular today? In fact, the "AI dollar" is neither a financial concept formally proposed by the US government nor an official monetary term used by the Federal Reserve System in making public policy. It looks more like a "sign of the times": a picture of the future shaped jointly by think tanks, financial institutions, technology companies and others. And the reason it has suddenly become popular recently is not complicated.',
  },
  {
    kind: "body",
    zh: "眾所周知,AI時代的核心資源已經從傳統意義上的“石油、天然氣、稀缺礦產”轉向“算力、晶片、資料、演算法模型”。這些要素逐漸表現出一種類似“地緣政治資源”的屬性,使越來越多的分析人士提出一個問題:美國會不會、能不能在AI產業中建構一個類似“石油美元體系”的國際金融新秩序,從而繼續維持美元霸權?",
    en: 'As everyone knows, the core resources of the AI era have shifted from "oil, natural gas and scarce minerals" in the traditional sense to "compute, chips, data and algorithmic models". These factors gradually show attributes similar to "geopolitical resources", leading more and more analysts to ask: will the United States, and can it, build in the AI industry a new international financial order similar to the "petrodollar system", and so go on sustaining dollar hegemony?',
  },
  {
    kind: "body",
    zh: "這種提問並非空穴來風。自ChatGPT發佈以來,美國科技企業對全球AI算力供應鏈的壟斷地位不斷凸顯。根據2024年9月輝達(Nvidia)發佈的10-Q報告顯示,該公司在全球AI訓練晶片的市場份額超過82%,而H100、H200和最新Blackwell系列基本由美國資本運作的供應鏈掌控。在資料中心層面,根據 Synergy Research Group的 報告,全球雲端運算市場的格局進一步向“美系四大”(AWS、Microsoft Azure、Google Cloud、Oracle Cloud)集中,合計佔據67%的算力供給。而中國雖然在本土市場擁有強勢佈局,但在國際算力流動體系中仍然面臨美國出口管制所施加的制度限制。",
    en: 'This question does not come out of nowhere. Since the release of ChatGPT, the monopoly position of US technology companies over the global AI compute supply chain has become ever more evident. According to the 10-Q report Nvidia released in September 2024, the company\'s share of the global market for AI training chips exceeds 82%, and the H100, H200 and latest Blackwell series are essentially controlled by supply chains run by American capital. At the data-centre level, according to a Synergy Research Group report, the global cloud computing market has concentrated further on the "American big four" (AWS, Microsoft Azure, Google Cloud, Oracle Cloud), which together account for 67% of compute supply. And although China has a strong position in its home market, in the international flow of compute it still faces institutional limits imposed by US export controls.',
  },
  {
    kind: "body",
    zh: "更關鍵的是,美國國會、白宮均在不同公開講話中強調:“AI是未來國力競爭的核心。” 正因如此,AI產業越來越被納入到美國國家安全框架內,而不是單純的商業領域。這使得“美國會不會借AI建立新一代美元體系”的猜想不再只是理論上的假設,而是具備政治現實基礎與戰略動機。",
    en: 'More importantly, both the US Congress and the White House have stressed in various public remarks that "AI is the core of future competition in national power." Precisely because of this, the AI industry is increasingly brought within the US national-security framework rather than being a purely commercial field. This makes the conjecture "will the US use AI to build a new generation of the dollar system?" no longer a merely theoretical hypothesis, but one with a basis in political reality and a strategic motive.',
  },
  {
    kind: "body",
    zh: "因此,“AI美元”這一概念流行,既是時代技術發展的必然反映,也是全球金融地緣格局再平衡背景下的自然討論。從某種意義上,我們甚至可以大膽地預測說,AI美元是石油美元體系之後,美國可能依賴的“下一個長期錨定資產”。儘管這個新生事物尚未形成實質體系,但蘊藏在其背後的思想源頭、戰略動機以及政策萌芽,已經值得我們進行系統梳理。",
    en: 'Hence the popularity of the "AI dollar" concept is both an inevitable reflection of technological development in our time and a natural discussion against the background of a rebalancing of the global financial and geopolitical order. In a sense, we may even boldly predict that the AI dollar is the "next long-term anchor asset" the United States may rely on after the petrodollar system. Although this new thing has not yet formed a substantive system, the intellectual origins, strategic motives and policy seeds that lie behind it already deserve systematic review.',
  },
  {
    kind: "heading",
    zh: "1. AI 美元概念的思想源頭——從智庫到矽谷的“算力霸權敘事”",
    en: '1. The intellectual origins of the AI-dollar concept: the "compute hegemony narrative" from think tanks to Silicon Valley',
  },
  {
    kind: "body",
    zh: "如果嚴格追溯“AI美元”這一術語的出處,它最早出現在科技產業評論者的文章之中,但其思想源頭可以回溯至2019年美國人工智慧國家安全委員會(NSCAI)發佈的一份報告《Final Report》,該報告由Google(Google)前CEO施密特(Eric Schmidt)與前副防長沃克(Robert Work)主導。報告明確指出:“AI、晶片製造與算力供應鏈將成為未來美國全球領導力的支點。”",
    en: 'If we strictly trace the origin of the term "AI dollar", it first appeared in articles by technology-industry commentators, but its intellectual origins can be traced back to a report, the Final Report, published in 2019 by the US National Security Commission on Artificial Intelligence (NSCAI), led by former Google CEO Eric Schmidt and former Deputy Secretary of Defense Robert Work. The report stated clearly: "AI, chip manufacturing and the compute supply chain will become the fulcrum of future American global leadership."',
  },
  {
    kind: "caption",
    zh: "圖源:NSCAI",
    en: "Image: NSCAI",
  },
  {
    kind: "body",
    zh: "儘管該報告沒有提出“AI美元”這一具體說法,但其核心涵蓋了三大關鍵理念:",
    en: 'Although the report did not put forward the specific term "AI dollar", its core covered three key ideas:',
  },
  {
    kind: "body",
    zh: "第一,美國必須確保全球最關鍵的AI基礎設施由美國企業主導,特別是雲端運算與算力供應。這是因為“一旦AI基礎設施決定性落在美國之外,美國將在長期戰略競爭中喪失優勢”。",
    en: 'First, the United States must ensure that the world\'s most critical AI infrastructure, especially cloud computing and compute supply, is led by American companies. This is because "once AI infrastructure falls decisively outside the United States, the United States will lose its advantage in long-term strategic competition".',
  },
  {
    kind: "body",
    zh: "第二,美國必須保護半導體供應鏈,並通過出口管制、技術聯盟以及投資審查機制鎖定關鍵環節。這意味著算力不只是技術,也是一種“可被主權化的戰略資源”。",
    en: 'Second, the United States must protect the semiconductor supply chain and lock down its key links through export controls, technology alliances and investment-screening mechanisms. This means that compute is not only a technology but also a "strategic resource that can be brought under sovereign control".',
  },
  {
    kind: "body",
    zh: "第三,美國應建構一套“全球AI安全與治理框架”,並確保由美國主導的規範、標準與制度體系得到國際採納。",
    en: 'Third, the United States should build a "global AI safety and governance framework" and ensure that US-led norms, standards and institutions are adopted internationally.',
  },
  {
    kind: "body",
    zh: "上述理念後來不斷被系統化完善。2022—2024年,五角大樓資助的跨黨派智庫——新美國安全中心(CNAS)發佈多篇文章提出“技術美元體系”(Tech Dollar System)的雛形。緊接著,胡佛研究所(Hoover Institution)的研究者在2024年首次使用了“算力美元”(Compute Dollar)一詞,意在說明美國可以通過算力供應鏈控制來影響國際科技經濟關係。而布魯金斯學會(Brookings Institution)與 蘭德公司(RAND)在2023—2025年間的一系列政策研究中多次強調,美國應將AI基礎設施視為“全球戰略網路的一部分”。",
    en: 'These ideas were later continually systematised and refined. In 2022–2024 the Center for a New American Security (CNAS), a bipartisan think tank funded by the Pentagon, published several articles that set out the prototype of a "Tech Dollar System". Soon after, researchers at the Hoover Institution first used the term "Compute Dollar" in 2024, meaning to show that the United States can influence international technological and economic relations through control of the compute supply chain. And the Brookings Institution and RAND stressed repeatedly, in a series of policy studies in 2023–2025, that the United States should treat AI infrastructure as "part of a global strategic network".',
  },
  {
    kind: "body",
    zh: "除了上面提到的各家智庫外,來自矽谷的科技企業及其背後的資本力量也進一步強化了這一敘事。Benchmark、a16z等機構在多個公開場合強調:“全球未來五年的GDP增量全部來自算力。”如果GDP的增長真的如其所言被算力繫結,而算力供應又被美國企業壟斷,那麼在資本邏輯中,“AI美元”自然會成為一個可討論的概念。",
    en: 'Beyond the think tanks mentioned above, Silicon Valley technology companies and the capital behind them have further reinforced this narrative. Firms such as Benchmark and a16z have stressed on many public occasions that "all of the world\'s GDP growth over the next five years will come from compute." If GDP growth really is tied to compute as they say, and the supply of compute is monopolised by American companies, then in the logic of capital the "AI dollar" naturally becomes a concept open to discussion.',
  },
  {
    kind: "body",
    zh: "換句話說,“AI美元”它算不上是一項政策,而是一種敘事概念(narrative concept)。其源頭是產業、科技、資本和安全等部門在面對“AI/算力是新石油”這一類比時,順理成章地提出的推演。",
    en: 'In other words, the "AI dollar" hardly counts as a policy; it is a narrative concept. It originates in the inference that industry, technology, capital and security circles drew as a matter of course when faced with the analogy that "AI/compute is the new oil".',
  },
  {
    kind: "heading",
    zh: "2. AI美元與石油美元的繼承關係——從資源錨到算力錨的結構延續",
    en: "2. The AI dollar as heir to the petrodollar: the structural continuity from a resource anchor to a compute anchor",
  },
  {
    kind: "body",
    zh: "雖然AI美元仍是一種概念性假設,但如果我們深究其思想結構,不難發現其在很大程度上源於半個世紀前美國建構石油美元體系的經驗。這兩個體系的共同點在於,美國希望找到一種全球都必須使用的“不可替代資源”,然後把美元繫結在這種資源的交易、投資與定價體繫上,從而形成持續資本回流的循環機制。",
    en: 'Although the AI dollar is still a conceptual hypothesis, if we dig into its intellectual structure it is not hard to see that it derives to a large extent from the experience of the United States in building the petrodollar system half a century ago. What the two systems have in common is that the United States hopes to find an "irreplaceable resource" that the whole world must use, and then bind the dollar to the trading, investment and pricing of that resource, so forming a circular mechanism of continuous capital recycling.',
  },
  {
    kind: "body",
    zh: "關於石油美元的探討,之前已經寫過很多次(可參見“石油人民幣”沉渣泛起:沙烏地阿拉伯想不想,中國能不能,美國讓不讓? | 漫談海灣)。簡單地說,石油美元體系建立於 1973—1974 年。當時美國採取三個關鍵步驟:一是美國與沙烏地阿拉伯在1973-1974年間達成協議,要求石油貿易必須使用美元結算。二是海灣國家通過購買美國國債,將出口石油獲得的大規模美元“再循環”回美國資本市場。三是美國通過海灣地區安全體系(駐軍和軍售)穩定這一體系。",
    en: 'I have written about the petrodollar many times before (see "The \'petroyuan\' dredged up again: does Saudi Arabia want it, can China do it, will the US allow it? | Gulf Talk"). Put simply, the petrodollar system was established in 1973–1974. At the time the United States took three key steps: first, the United States and Saudi Arabia reached an agreement in 1973–1974 requiring the oil trade to be settled in dollars. Second, the Gulf states "recycled" the large sums of dollars earned from oil exports back into US capital markets by buying US Treasury bonds. Third, the United States stabilised this system through a Gulf regional security system (troops stationed there and arms sales).',
  },
  {
    kind: "body",
    zh: "石油美元的邏輯遞進也非常清晰:資源不可替代 → 交易必須用美元 → 剩餘資本必須回流美國 → 美元霸權形成深層鎖定。",
    en: "The logical progression of the petrodollar is also very clear: an irreplaceable resource → trade must use dollars → surplus capital must flow back to the United States → dollar hegemony is deeply locked in.",
  },
  {
    kind: "body",
    zh: "那麼,“AI美元”概念試圖從石油美元的成熟體系中複製什麼?很明顯,答案不是石油,而是“算力的不可替代性”。這一觀點並不是我個人的觀點,而是在2023—2024 年廣泛流行於美國科技界的一個觀點,特別是輝達CEO黃仁勳多次在公開場合宣稱:“未來世界的經濟增長全部依賴加速計算。”雖然這更像是資本敘事的另一個鮮活案例,但它確實反映出科技時代的權力邏輯正在發生的深刻變化。",
    en: 'So what does the "AI dollar" concept try to copy from the mature petrodollar system? Clearly the answer is not oil but "the irreplaceability of compute". This view is not a personal view of mine but one widely held in the US technology world in 2023–2024; in particular, Nvidia CEO Jensen Huang declared on many public occasions that "the world\'s future economic growth will depend entirely on accelerated computing." Although this looks more like another vivid case of a capital narrative, it does reflect profound changes under way in the logic of power in the technological age.',
  },
  {
    kind: "body",
    zh: "因此,對標石油美元體系,我們可以研判出AI美元試圖複製的三大支柱:(一)石油的不可替代性 → 美國AI晶片/算力基礎設施的不可替代性(二)石油交易必須用美元 → AI晶片與AI雲服務的交易繼續由美元結算(三)海灣資本購買美債 → 海灣資本投資美國AI資料中心與AI基建這一邏輯閉環本身恰恰就成為了“AI美元”的思想起點。",
    en: 'Hence, measuring it against the petrodollar system, we can work out three pillars that the AI dollar tries to copy: (1) the irreplaceability of oil → the irreplaceability of US AI chips and compute infrastructure; (2) oil trade must use dollars → trade in AI chips and AI cloud services continues to be settled in dollars; (3) Gulf capital buys US Treasuries → Gulf capital invests in US AI data centres and AI infrastructure. This closed logical loop is itself precisely the intellectual starting point of the "AI dollar".',
  },
  {
    kind: "heading",
    zh: "3. 美國的政策實踐是否已體現AI美元的影子?",
    en: "3. Does US policy practice already show the shadow of the AI dollar?",
  },
  {
    kind: "body",
    zh: "儘管美國政府迄今沒有公開提出“AI美元體系”的構想,但多個政策動作清晰地指向“將AI納入國家戰略的長期框架”。這些政策包括但不限於:",
    en: 'Although the US government has so far not publicly proposed the idea of an "AI dollar system", several policy moves clearly point towards "bringing AI into a long-term framework of national strategy". These policies include, but are not limited to:',
  },
  {
    kind: "body",
    zh: "2022年的《CHIPS and Science Act》正式確立美國要在晶片領域保持戰略領導優勢,這本質上是算力供應鏈的基礎。",
    en: "The CHIPS and Science Act of 2022 formally established that the United States is to maintain strategic leadership in chips; this is in essence the foundation of the compute supply chain.",
  },
  {
    kind: "body",
    zh: "2023—2024年美國商務部針對中國發佈多輪AI晶片出口管制,範圍擴大到A100、H100、H200以及未來Blackwell系列。這實際上是通過“限制他國算力獲取速度”來保持美國優勢。",
    en: 'In 2023–2024 the US Department of Commerce issued several rounds of AI-chip export controls aimed at China, extending their scope to the A100, H100, H200 and the future Blackwell series. In practice this preserves the US advantage by "limiting how fast other countries can acquire compute".',
  },
  {
    kind: "body",
    zh: "美國財政部與國會正在推動穩定幣立法。共和黨方案支援由金融機構發行“美元穩定幣”並由美國政府認證。一旦穩定幣成為合法國際支付工具,它可能成為AI服務、雲算力購買的“數字美元結算機制”。",
    en: 'The US Treasury and Congress are pushing stablecoin legislation. The Republican plan supports "dollar stablecoins" issued by financial institutions and certified by the US government. Once stablecoins become a legal instrument of international payment, they could become the "digital-dollar settlement mechanism" for buying AI services and cloud compute.',
  },
  {
    kind: "caption",
    zh: "圖源:The White House",
    en: "Image: The White House",
  },
  {
    kind: "body",
    zh: "美國政府出台《AI行動計畫》並推動國際社會接受由美國主導的人工智慧安全標準。",
    en: "The US government has issued an AI Action Plan and is pushing the international community to accept US-led AI safety standards.",
  },
  {
    kind: "body",
    zh: "美國通過OpenAI、Google、Anthropic等主導全球模型生態,並在跨國資料中心佈局上獲得最強市場主導權。",
    en: "Through OpenAI, Google, Anthropic and others, the United States leads the global model ecosystem, and it has won the strongest market dominance in the global footprint of data centres.",
  },
  {
    kind: "body",
    zh: "這些政策共同指向一個趨勢,即美國正在將“AI基礎設施”從商業資源轉變為“可用於推行國際戰略的國家資源”。也就是說,美國在為“AI美元體系”的出現培育制度土壤。",
    en: 'Together these policies point to one trend: the United States is turning "AI infrastructure" from a commercial resource into "a national resource that can be used to pursue international strategy". In other words, the United States is cultivating the institutional soil for the emergence of an "AI dollar system".',
  },
  {
    kind: "heading",
    zh: "4. 海灣國家為何在“AI美元設想”中佔據核心位置?",
    en: '4. Why do the Gulf states hold a central place in the "AI dollar" vision?',
  },
  {
    kind: "body",
    zh: "要理解“AI美元”的邏輯,就必須明確這樣一個事實:如果要複製石油美元模式,美國必須找到“新的海灣”。什麼是“新的海灣”?概括來說就是——一個資本充沛、能源富集且需要AI的區域。這三個要素,海灣國家恰好都具備。",
    en: 'To understand the logic of the "AI dollar", one must be clear about one fact: if the petrodollar model is to be copied, the United States must find a "new Gulf". What is a "new Gulf"? In short, a region that is rich in capital, rich in energy and in need of AI. The Gulf states happen to have all three.',
  },
  {
    kind: "body",
    zh: "在資本方面,海灣國家的主權財富基金規模已經超過5.3兆美元。這些主權基金在加速尋找“傳統化石能源之外的長期資產”,AI資料中心、晶片研發、先進計算基礎設施成為新的目標。",
    en: 'On capital, the Gulf states\' sovereign wealth funds already exceed US$5.3 trillion. These sovereign funds are accelerating their search for "long-term assets beyond traditional fossil energy", and AI data centres, chip research and development, and advanced computing infrastructure have become new targets.',
  },
  {
    kind: "body",
    zh: "在技術需求方面,海灣國家提出的“國家數位化願景”異常激進。沙烏地阿拉伯的“2030願景”提出要成為“全球AI使用率最高的國家之一”;阿聯制定了《阿聯國家AI戰略2031》(UAE National AI Strategy 2031);卡達則在2023年發佈了《卡達AI治理框架》(Qatar AI Governance Framework)。不僅如此,這些國家還投資開發自己的大模型、成立專注於AI領域的國有科技企業等。",
    en: 'On demand for technology, the "national digitalisation visions" of the Gulf states are unusually aggressive. Saudi Arabia\'s "Vision 2030" sets the aim of becoming "one of the countries with the highest AI adoption in the world"; the UAE has drawn up the UAE National AI Strategy 2031; and Qatar published the Qatar AI Governance Framework in 2023. Beyond that, these countries are also investing in developing their own large models and setting up state-owned technology companies focused on AI.',
  },
  {
    kind: "body",
    zh: "在能源方面,海灣國家的優勢自然不必說。",
    en: "On energy, the Gulf states' advantage goes without saying.",
  },
  {
    kind: "body",
    zh: "因此,美國產生的設想是,海灣出口石油獲得的美元 → 投資美國AI基礎設施 → 美國輸出AI算力和模型 → 算力定價仍由美元主導。大家可以對比判斷一下,這是否與20世紀70年代的石油美元模式極為神似?",
    en: "Hence the vision the United States has formed is: dollars the Gulf earns from exporting oil → invested in US AI infrastructure → the United States exports AI compute and models → compute is still priced in dollars. Compare for yourself: is this not strikingly similar to the petrodollar model of the 1970s?",
  },
  {
    kind: "body",
    zh: "有意思的是,這一處理程序並非是美國自己在獨力推動,甚至一些海灣國家自己也在推動這一處理程序。例如,阿聯的G42與微軟在2024年達成價值15億美元的合作,主權基金之一的穆巴達拉(Mubadala)還積極投身於美國主導的“星際之門”(Stargate)項目。沙烏地阿拉伯公共投資基金(PIF)在2024年投入超過400億美元用於AI產業,在前不久沙烏地阿拉伯王儲訪美期間承諾的1.2兆美元對美投資,投資的主要領域亦是AI及其基礎設施。",
    en: "Interestingly, this process is not being driven by the United States on its own; indeed, some Gulf states are themselves pushing it forward. For example, the UAE's G42 reached a US$1.5 billion partnership with Microsoft in 2024, and Mubadala, one of its sovereign funds, is actively taking part in the US-led Stargate project. Saudi Arabia's Public Investment Fund (PIF) put more than US$40 billion into the AI industry in 2024, and the US$1.2 trillion of investment in the United States pledged during the Saudi crown prince's recent visit to the US is also mainly directed at AI and its infrastructure.",
  },
  {
    kind: "body",
    zh: "因此,“AI美元”概念之所以迅速得到關注,很大程度上是因為海灣國家正在重新成為全球資本的關鍵樞紐,而AI產業極為需要資本和能源的雙重支撐,這使得海灣國家自然而然成為美國設想中的“新錨點”。",
    en: 'Hence the "AI dollar" concept has drawn attention quickly largely because the Gulf states are once again becoming a key hub of global capital, while the AI industry badly needs the twin support of capital and energy, which makes the Gulf states, naturally, the "new anchor" in the US vision.',
  },
  {
    kind: "heading",
    zh: "5. AI美元的概念邏輯是否成立?它是否可能變成現實?",
    en: "5. Does the concept of the AI dollar hold up? Could it become reality?",
  },
  {
    kind: "body",
    zh: "關於這個問題,後面會有單獨文章加以分析。在這裡簡單地說,決定AI美元是否成立的關鍵不在於美國願不願意,而在於AI是否具備像石油一樣的“天然不可替代性”。石油之所以不可替代,是因為它是天然有限資源,沒有被實驗室複製的可能,替代能源普及需要幾十年,生產加工和運輸能力與全球工業體系深度繫結。",
    en: 'A separate article will analyse this question later. Put simply here: the key to whether the AI dollar holds up is not whether the United States is willing, but whether AI has a "natural irreplaceability" like oil. Oil is irreplaceable because it is a naturally limited resource with no possibility of being replicated in a laboratory, alternative energy takes decades to spread, and its production, processing and transport capacity is deeply bound up with the global industrial system.',
  },
  {
    kind: "body",
    zh: "而AI有不可替代性嗎?可以說它有,但它的不可替代性來源與石油則完全不同,它主要來自於算力壟斷(輝達、台積電)、技術標準壟斷(美國雲服務體系)、模型生態繫結(OpenAI、Google、Anthropic)、演算法領先性、開源生態掌控等。",
    en: "And does AI have irreplaceability? One can say it does, but the source of its irreplaceability is entirely different from oil's: it comes mainly from a compute monopoly (Nvidia, TSMC), a monopoly of technical standards (the US cloud-service system), model-ecosystem lock-in (OpenAI, Google, Anthropic), algorithmic leadership, control of the open-source ecosystem, and so on.",
  },
  {
    kind: "body",
    zh: "那麼,問題恰恰就出現在這裡。AI的這些不可替代性基本上都是人為製造的,而不是自然形成的。這也就意味著,一旦出現新的晶片供應鏈、開源大模型、分佈式算力、資料主權體系,AI美元的鎖定效果就會迅速下降。",
    en: "And this is exactly where the problem lies. These kinds of AI irreplaceability are basically man-made, not naturally formed. This means that once new chip supply chains, open-source large models, distributed compute or data-sovereignty regimes appear, the lock-in effect of the AI dollar will fall quickly.",
  },
  {
    kind: "body",
    zh: "更關鍵的是,AI的迭代速度極快。如果說石油是一種“穩定資源”,那麼AI就更像是一種“流動資源”。石油的價值從20世紀70年代一直延續到今天,而AI的領先呢?能維持10年、5年還是3年?因此,AI美元體系的結構性穩定性要弱於石油美元。換句話說,“AI美元”作為戰略意圖可以存在,但作為“長期霸權機制”,其可行性在目前仍較為有限。關於這一點,也會在後面推送的文章中加以詳細論述。",
    en: 'More importantly, AI iterates extremely fast. If oil is a "stable resource", AI is more like a "fluid resource". The value of oil has lasted from the 1970s to today, but AI leadership? Can it last 10 years, 5 years or 3 years? Hence the structural stability of an AI-dollar system is weaker than that of the petrodollar. In other words, the "AI dollar" can exist as a strategic intent, but as a "long-term mechanism of hegemony" its feasibility is, for now, still rather limited. This point too will be discussed in detail in a later article.',
  },
  {
    kind: "body",
    zh: "總的來看,AI美元可以被看作是一個“未成型但值得警惕”的體系。它既不是美國官方宣佈的戰略,也不是已經建立的國際金融體系,而是一種正在形成中的“制度化想像”。需要警醒的是,雖然它看起來比石油美元體系更為脆弱,但卻不容忽視,因為它很有可能將深刻改變科技技術—金融資本—地緣政治的格局。 ",
    en: 'All in all, the AI dollar can be seen as a system that is "unformed but worth guarding against". It is neither a strategy officially announced by the United States nor an international financial system already established, but an "imagined institutional order" still taking shape. What we must be alert to is that, although it looks more fragile than the petrodollar system, it cannot be ignored, because it may well profoundly change the landscape of technology, financial capital and geopolitics.',
  },
  {
    kind: "caption",
    zh: "(歐亞系統科學研究會)",
    en: "(Eurasian Systems Science Research Association)",
  },
];
