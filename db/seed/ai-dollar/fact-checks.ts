// The editor's checks of the essay's factual assertions against the public record, checked
// 2026-11-25 (docs/fact-checks.md lists them). Each `quote` is a verbatim span of its
// paragraph's Chinese text; each source is a page the research search actually returned.
import type { SeedFactCheck, SeedSource } from "../types";

const src = (title: string, publisher: string, date: string, url: string): SeedSource => ({
  title,
  publisher,
  date,
  url,
});

// Sources cited by more than one check.
const S = {
  wionH200: src(
    "AI chip war U-turn: Trump allows Nvidia H200 sales to China, says Xi Jinping responded positively",
    "WION",
    "2025-12-09",
    "https://www.wionews.com/world/ai-chip-war-u-turn-trump-allows-nvidia-h200-sales-to-china-says-xi-jinping-responded-positively-1765262721420",
  ),
  asianfinH200: src(
    "Trump Says He Approves Nvidia H200 Chip Exports to China in Exchange for 25% Surcharge",
    "AsianFin",
    "2025-12-08",
    "https://www.asianfin.com/articles/229738",
  ),
  ecdH200Rule: src(
    "BIS Sets Conditions Over Eased License Review Policy for H200 Chips, Equivalents to China",
    "Export Compliance Daily",
    "2026-01-14",
    "http://stage.exportcompliancedaily.com/article/2026/01/14/bis-sets-conditions-over-eased-license-review-policy-for-h200-chips-equivalents-to-china-2601130073?BC=bc_696e9a72428ff",
  ),
  gladwynTechnodollar: src(
    "From Petrodollar to Technodollar: How the U.S. Is Rebuilding Global Leverage Through AI",
    "Henry Gladwyn (Substack)",
    "2025",
    "https://henrygladwyn.substack.com/p/from-petrodollar-to-technodollar",
  ),
  nscaiFinalRelease: src(
    "NSCAI Releases Final Report to Congress and the President",
    "National Security Commission on Artificial Intelligence",
    "2021-03-01",
    "https://www.nscai.gov/2021/03/01/nscai-releases-final-report-to-congress-and-the-president/",
  ),
  nscaiInterimRelease: src(
    "NSCAI Releases Interim Report to Congress",
    "National Security Commission on Artificial Intelligence",
    "2019-11-04",
    "https://www.nscai.gov/2019/11/04/nscai-releases-interim-report-to-congress/",
  ),
  nscaiLetter: src(
    "Final Report: Letter from the Chair and Vice Chair",
    "National Security Commission on Artificial Intelligence",
    "2021-03",
    "https://reports.nscai.gov/final-report/chair-and-vice-chair-letter",
  ),
  nscaiCh13: src(
    "Final Report, Chapter 13: Microelectronics",
    "National Security Commission on Artificial Intelligence",
    "2021-03",
    "https://reports.nscai.gov/final-report/chapter-13",
  ),
  nscaiCh14: src(
    "Final Report, Blueprint for Action, Chapter 14: Technology Protection",
    "National Security Commission on Artificial Intelligence (copy on vdocument.in)",
    "2021-03",
    "https://vdocument.in/chapter-14-technology-protection-foleon.html",
  ),
  nscaiCh15: src(
    "Final Report, Chapter 15: A Favorable International Technology Order",
    "National Security Commission on Artificial Intelligence",
    "2021-03",
    "https://reports.nscai.gov/final-report/chapter-15?overlay=IDDI",
  ),
  chipsAct: src(
    "Biden signs into law CHIPS and Science Act to spur domestic manufacturing",
    "NewsBreak",
    "2022-08-09",
    "https://www.newsbreak.com/news/2699006112628/biden-signs-into-law-chips-and-science-act-to-spur-domestic-manufacturing",
  ),
  chipsActFunding: src(
    "CHIPS and Science Act",
    "Wikipedia (mirror, April 2024 snapshot)",
    "2024-04",
    "https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/CHIPS_and_Science_Act",
  ),
  bisOct2022: src(
    "Commerce Implements New Export Controls on Advanced Computing and Semiconductor Manufacturing Items to the People's Republic of China (PRC)",
    "Bureau of Industry and Security, US Department of Commerce",
    "2022-10-07",
    "https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor",
  ),
  bisSeries: src(
    "The Bureau of Industry and Security Issues Export Controls Further Restricting Advanced Semiconductors to China and Adds 140 Entities to the Entity List",
    "Squire Patton Boggs",
    "2024-12",
    "https://squirepattonboggs.com/en/insights/publications/2024/12/the-bureau-of-industry-and-security-announces-two-new-rules-updating-the-export-administration-regulations",
  ),
  genius: src(
    "GENIUS Act Enacted, Establishing a Regulatory Framework for Payment Stablecoins Issued or Sold in the United States",
    "Greenberg Traurig",
    "2025-07-22",
    "https://www.gtlaw-overheardontheblockchain.com/2025/07/22/genius-act-enacted-establishing-a-regulatory-framework-for-payment-stablecoins-issued-or-sold-in-the-united-states/",
  ),
  geniusVotes: src(
    "DLx News Alert: The GENIUS Act's Signing Triggers Countdown to New Stablecoin Rules",
    "DLx Law",
    "2025-07-19",
    "https://dlxlaw.com/news-events-blog/DLx-News-Alert-The-GENIUS-Act-Signing-Triggers-Countdown-to-New-Stablecoin-Rules",
  ),
  actionPlanMondaq: src(
    "White House Reveals AI Action Plan",
    "Mondaq",
    "2025-07",
    "https://www.mondaq.com/unitedstates/new-technology/1658500/white-house-reveals-ai-action-plan",
  ),
  actionPlanTechPolicy: src(
    "The US Aims to Win the AI Race, But China Wants to Win Friends First",
    "Tech Policy Press",
    "2025-08-08",
    "https://www.techpolicy.press/the-us-aims-to-win-the-ai-race-but-china-wants-to-win-friends-first",
  ),
  synergy2024: src(
    "Cloud Market Gets its Mojo Back; AI Helps Push Q4 Increase in Cloud Spending to New Highs",
    "Synergy Research Group",
    "2024-02-01",
    "https://www.srgresearch.com/articles/cloud-market-gets-its-mojo-back-q4-increase-in-cloud-spending-reaches-new-highs",
  ),
  synergyQ3_2025: src(
    "Amazon, Microsoft and Google command 63% of the cloud infrastructure services market",
    "Lightwave",
    "2025-12-09",
    "https://www.lightwaveonline.com/home/article/55337257/amazon-microsoft-and-google-command-63-of-the-cloud-infrastructure-services-market",
  ),
  bloombergSaudiDebt: src(
    "The untold story behind Saudi Arabia's 41-year US debt secret",
    "The Economic Times (Bloomberg)",
    "2016",
    "https://economictimes.indiatimes.com/news/international/business/the-untold-story-behind-saudi-arabias-41-year-us-debt-secret/printarticle/52528470.cms",
  ),
  petrodollarFactCheck: src(
    "Fact check: Reports of Saudi Arabia ending petrodollar deal is misleading",
    "Vartha Bharati",
    "2024-06",
    "https://english.varthabharati.in/world/fact-check-reports-of-saudi-arabia-ending-petrodollar-deal-is-misleading",
  ),
  ifriGulfSwf: src(
    "Gulf Sovereign Wealth Funds: Major Actors in World Finance",
    "Ifri (Politique étrangère 4-2025)",
    "2025",
    "https://www.ifri.org/en/articles-politique-etrangere/politique-etrangere/gulf-sovereign-wealth-funds-major-actors-world",
  ),
  mgxLaunch: src(
    "Abu Dhabi Targets $100 Billion AUM for AI Investment Firm",
    "BNN Bloomberg",
    "2024-03-11",
    "https://www.bnnbloomberg.ca/abu-dhabi-targets-100-billion-aum-for-ai-investment-firm-1.2045183",
  ),
  cnasGlobalCompute: src(
    "Global Compute and National Security: Strengthening American AI Leadership Through Proactive Partnerships",
    "Center for a New American Security",
    "2025-07-29",
    "https://www.cnas.org/publications/reports/global-compute-and-national-security",
  ),
  mbsPledge: src(
    "Trump hails $1tn investment vow by Saudi Crown Prince",
    "Roya News",
    "2025-11-18",
    "https://en.royanews.tv/news/65045",
  ),
  mbsAgreements: src(
    "Saudi Prince Mohammed Bin Salman's White House visit: Major agreements and updates",
    "FAF",
    "2025-11-19",
    "https://www.faf.ae/home/2025/11/19/saudi-prince-mohammed-bin-salman-white-house-visit-key-agreements-and-developments",
  ),
  aiIndex2025: src(
    "Stanford HAI's 2025 AI Index Report: Key Trends and Insights",
    "blog.radlak.com",
    "2025-05-09",
    "https://blog.radlak.com/auto-content/2025/05/09/stanford-hais-2025-ai-index-report-key-trends-and-insights",
  ),
  nvidiaShare: src(
    "Nvidia shipped 3.76M data center GPUs in 2023 — dominates business with 98% revenue share",
    "Tom's Hardware",
    "2024-06",
    "https://www.tomshardware.com/tech-industry/nvidia-shipped-376m-data-center-gpus-in-2023-dominates-business-with-98-revenue-share",
  ),
  stargate: src(
    "Trump launches $500bn AI behemoth Stargate",
    "ITWeb",
    "2025-01-22",
    "https://www.itweb.co.za/article/trump-launches-500bn-ai-behemoth-stargate/DZQ58vV8YGyMzXy2",
  ),
  gulfChipApproval: src(
    "U.S. approves sales of advanced Nvidia chips to Saudi Arabia's HUMAIN and the UAE's G42",
    "Tech Investor News (CNBC)",
    "2025-11",
    "https://techinvestornews.io/?p=111398",
  ),
  tsmcMakesNvidia: src(
    "Samsung Foundry drops further behind TSMC",
    "PhoneArena",
    "2025-03-12",
    "https://www.phonearena.com/news/samsung-foundry-drops-further-behind-tsmc_id168447",
  ),
  worldEnergySupply: src(
    "World energy supply and consumption",
    "Wikipedia",
    "2022",
    "https://en.wikipedia.org/wiki/Primary_energy_consumption",
  ),
  energyTransition: src(
    "House of Commons Standing Committee on Industry, evidence of Robert Lyman (43rd Parliament, 2nd session, meeting 38)",
    "openparliament.ca",
    "2021",
    "https://openparliament.ca/committees/industry/43-2/38/robert-lyman-3/only",
  ),
  saudiCheapPower: src(
    "Saudi Arabia wants to host the world's cheapest data centres",
    "Mint (The Economist)",
    "2025-12-17",
    "https://www.livemint.com/global/saudi-arabia-wants-to-host-the-world-s-cheapest-data-centres-11772015092001.html",
  ),
  saudiNsdai: src(
    "Realizing Our Best Tomorrow: National Strategy for Data & AI, Strategy Narrative",
    "Saudi Data & AI Authority (copy on ReadKong)",
    "2020-10",
    "https://www.readkong.com/page/realizing-our-best-tomorrow-strategy-narrative-october-8161171",
  ),
  trendforceFoundry: src(
    "4Q24 Global Top 10 Foundries Set New Revenue Record, TSMC Leads in Advanced Process Nodes, Says TrendForce",
    "TrendForce",
    "2025-03-10",
    "https://trendforce.com/presscenter/news/20250310-12510.html",
  ),
};

export const factChecks: SeedFactCheck[] = [
  {
    paragraph: 1,
    quote:
      "美國總統川普於12月8日宣佈,允許輝達將其較高階的H200人工智慧(AI)晶片出口至中國“經批准的客戶”",
    status: "accurate",
    noteZh:
      "川普於2025年12月8日在Truth Social宣布,允許輝達向中國「經批准的客戶」出口H200;商務部於2026年1月以個案審查的規則落實。",
    noteEn:
      "Trump announced on Truth Social on 8 December 2025 that Nvidia may ship the H200 to “approved customers” in China; Commerce implemented it as case-by-case licensing in January 2026.",
    sources: [S.wionH200, S.asianfinH200, S.ecdH200Rule],
  },
  {
    paragraph: 1,
    quote: "並由美國政府抽取25%的銷售分成",
    status: "accurate",
    noteZh:
      "川普的貼文稱銷售額的25%將付給美國;商務部官員表示將以關稅方式在晶片運經美國受檢時收取。2026年1月的出口許可規則本身未提這筆費用,另以232條款對特定先進晶片課徵25%關稅。",
    noteEn:
      "Trump's post said 25% would be paid to the United States; a Commerce official said it would be collected as a tariff when the chips pass through the US for inspection. The January 2026 licensing rule itself does not mention the fee; a 25% Section 232 tariff on certain advanced chips was imposed separately.",
    sources: [
      S.asianfinH200,
      S.wionH200,
      src(
        "US clears limited Nvidia H200 sales to China as new 25% chip tariff takes effect",
        "Particle News",
        "2026-01",
        "https://particle.news/story/us-clears-limited-nvidia-h200-sales-to-china-as-new-25-chip-tariff-takes-effect",
      ),
    ],
  },
  {
    paragraph: 1,
    quote:
      "白宮人工智慧負責人戴維·薩克斯(David Sacks)表示,此舉旨在推動美國公司在中國市場挑戰華為等中國科技巨頭",
    status: "accurate",
    noteZh:
      "彭博報導,開放H200是薩克斯(白宮AI與加密貨幣事務主管)支持的政策,目的在讓美國企業在中國本土挑戰華為等龍頭企業;他先前也以不讓華為獨占中國市場為由支持放寬H20。",
    noteEn:
      "Bloomberg reported the H200 decision as an effort backed by Sacks (the White House AI and crypto czar) to challenge Chinese champions such as Huawei in their home market; he had argued the same for the H20 in July 2025.",
    sources: [
      src(
        "China rejecting Nvidia's H200 chips, pushing for self-reliance: Sacks",
        "Business Standard (Bloomberg)",
        "2025-12-13",
        "https://www.business-standard.com/amp/world-news/china-rejecting-nvidia-s-h200-chips-pushing-for-self-reliance-sacks-125121300101_1.html",
      ),
      src(
        "NVIDIA's H20 AI chip ban lifted to combat Huawei's growing influence in China",
        "The Filibuster Blog",
        "2025",
        "https://thefilibusterblog.com/nvidias-h20-ai-chip-ban-lifted-to-combat-huaweis-growing-influence-in-china-and-threaten-u-s-technological-leadership",
      ),
    ],
  },
  {
    paragraph: 1,
    quote: "這一政策的宣佈時間恰逢中國兩家國產GPU的上市周期",
    status: "accurate",
    noteZh:
      "摩爾線程於2025年12月5日、沐曦於12月17日在上海科創板上市,正好在12月8日宣布的前後。「更巧的是」的暗示屬評論,不在查核範圍。",
    noteEn:
      "Moore Threads listed on Shanghai's STAR Market on 5 December 2025 and MetaX on 17 December, either side of the 8 December announcement. The insinuation of “as it happens” is comment, not checked.",
    sources: [
      src(
        "Shares of China's chipmaker Moore Threads soar over 400% on Shanghai STAR board debut",
        "Global Times",
        "2025-12-05",
        "https://www.globaltimes.cn/page/202512/1349837.shtml",
      ),
      src(
        "China chipmaker MetaX soars 569% after wildly oversubscribed IPO",
        "The Edge Singapore (Bloomberg)",
        "2025-12-17",
        "https://testing.dev.theedgesingapore.com/news/tech/china-chipmaker-metax-soars-569-after-wildly-oversubscribed-ipo",
      ),
    ],
  },
  {
    paragraph: 2,
    quote: "“AI美元”這一非官方的制度化想像概念開始在智庫與科技圈層興起",
    status: "unverifiable",
    noteZh:
      "我們搜尋「AI dollar」、「compute dollar」、「tech dollar」,只找到評論者的文章(如「technodollar」),未找到以「AI美元」為題的智庫出版品,無法確認它在智庫圈「興起」。",
    noteEn:
      "Searches for “AI dollar”, “compute dollar” and “tech dollar” found commentators' pieces (e.g. a “technodollar” essay) but no think-tank publication using the term, so its rise in think-tank circles cannot be confirmed.",
    sources: [S.gladwynTechnodollar],
  },
  {
    paragraph: 2,
    quote: "美國同意對華出口晶片的舉動",
    status: "accurate",
    noteZh:
      "指第1段的H200決定:美國於2025年12月同意向中國經批准的客戶出口H200,最先進的Blackwell與Rubin不在其內。把它解讀為「將中國有限制地納入其AI鏈條」是編者按的看法,不在查核範圍。",
    noteEn:
      "This is paragraph 1's H200 decision: in December 2025 the US agreed to H200 exports to approved customers in China, excluding the most advanced Blackwell and Rubin chips. Reading it as bringing China into the US AI chain on limited terms is the editor's view, not checked.",
    sources: [S.wionH200],
  },
  {
    paragraph: 3,
    quote: "“AI美元”的思想源頭可追溯至2019年美國人工智慧國家安全委員會的相關報告",
    status: "disputed",
    noteZh:
      "NSCAI在2019年發表初始報告(7月)與期中報告(11月),最終報告則在2021年3月提交(第13段稱之為2019年的《Final Report》)。各報告都未使用「AI美元」一詞;把它當作思想源頭是作者的詮釋。",
    noteEn:
      "The NSCAI issued an initial report (July) and an interim report (November) in 2019; its Final Report, which paragraph 13 dates to 2019, was delivered in March 2021. None uses the term “AI dollar”; calling them its source is the author's reading.",
    sources: [S.nscaiInterimRelease, S.nscaiFinalRelease],
  },
  {
    paragraph: 3,
    quote: "並經矽谷資本與多家智庫強化",
    status: "unverifiable",
    noteZh:
      "第19、20段所舉的具體例子(CNAS的「技術美元體系」、胡佛研究所的「算力美元」、Benchmark與a16z的說法)都查無出處;智庫確實討論算力與美國領導地位(如CNAS 2025年報告),但未用「AI美元」。",
    noteEn:
      "The examples paragraphs 19 and 20 give (CNAS's “Tech Dollar System”, Hoover's “Compute Dollar”, the Benchmark and a16z line) could not be found; think tanks do write on compute and US leadership (e.g. CNAS in 2025) without the term “AI dollar”.",
    sources: [S.cnasGlobalCompute],
  },
  {
    paragraph: 3,
    quote: "美國也已通過《CHIPS and Science Act》、多輪AI晶片出口管制、推動穩定幣立法等政策",
    status: "accurate",
    noteZh:
      "《晶片與科學法》於2022年8月9日簽署;商務部自2022年10月起多次發布AI晶片出口管制(2023年10月、2024年12月等);穩定幣的《GENIUS法》於2025年7月18日簽署成法。",
    noteEn:
      "The CHIPS and Science Act was signed on 9 August 2022; Commerce issued AI-chip export controls from October 2022 onward (updated October 2023, December 2024 and more); the GENIUS Act on stablecoins was signed into law on 18 July 2025.",
    sources: [S.chipsAct, S.bisSeries, S.genius],
  },
  {
    paragraph: 7,
    quote:
      "“AI美元”(AI Dollar)並不是美國政府正式提出的金融概念,也不是聯邦儲備體系用於公開政策制定的官方貨幣術語",
    status: "accurate",
    noteZh:
      "我們未找到美國政府或聯準會使用「AI dollar」一詞;最接近的官方政策是2025年7月的《AI行動計畫》,其用語是輸出「美國AI技術堆疊」。",
    noteEn:
      "We found no use of “AI dollar” by the US government or the Federal Reserve; the nearest official policy, the July 2025 AI Action Plan, speaks of exporting the “American AI technology stack”.",
    sources: [S.actionPlanMondaq, S.actionPlanTechPolicy],
  },
  {
    paragraph: 8,
    quote:
      "AI時代的核心資源已經從傳統意義上的“石油、天然氣、稀缺礦產”轉向“算力、晶片、資料、演算法模型”",
    status: "disputed",
    noteZh:
      "算力確已被視為戰略資源(如CNAS 2025年報告稱主導全球算力部署的國家將掌握規則制定的槓桿);但說核心資源已「轉向」算力言過其實:化石燃料仍供應全球84%的能源。",
    noteEn:
      "Compute is indeed treated as a strategic resource (a CNAS report of 2025 says the nation that leads in deploying compute worldwide will hold leverage over its rules); but saying the core resources have “shifted” to compute overstates it: fossil fuels still supply 84% of the world's energy.",
    sources: [S.cnasGlobalCompute, S.energyTransition],
  },
  {
    paragraph: 8,
    quote: "這些要素逐漸表現出一種類似“地緣政治資源”的屬性",
    status: "accurate",
    noteZh:
      "美國以國家安全為由管制AI晶片出口,並把晶片出口與盟友的投資和外交掛鉤;CNAS稱主導全球算力部署的國家將掌握規則制定的關鍵槓桿。",
    noteEn:
      "The US controls AI-chip exports on national-security grounds and ties chip exports to allies' investment and diplomacy; CNAS argues that the nation leading the worldwide deployment of compute will hold critical leverage over its rules.",
    sources: [S.bisOct2022, S.cnasGlobalCompute],
  },
  {
    paragraph: 9,
    quote: "自ChatGPT發佈以來,美國科技企業對全球AI算力供應鏈的壟斷地位不斷凸顯",
    status: "disputed",
    noteZh:
      "美國企業在AI晶片設計(輝達估計占資料中心GPU九成以上)與雲端服務上居主導地位;但先進晶片由台灣的台積電製造(占晶圓代工營收67%),記憶體來自韓國,整條供應鏈不是美國企業壟斷。",
    noteEn:
      "US companies dominate AI-chip design (Nvidia's share of data-centre GPUs is estimated above 90%) and cloud services; but the leading-edge chips are made by TSMC in Taiwan (67% of foundry revenue) with Korean memory, so the supply chain as a whole is not a US monopoly.",
    sources: [S.nvidiaShare, S.trendforceFoundry],
  },
  {
    paragraph: 9,
    quote: "根據2024年9月輝達(Nvidia)發佈的10-Q報告顯示",
    status: "inaccurate",
    noteZh:
      "輝達2024年的10-Q分別於5月29日、8月底(截至7月28日的季度)與11月20日提交,9月沒有10-Q;10-Q也不報告市占率。82%是分析機構的估計,不是輝達的申報。",
    noteEn:
      "Nvidia's 2024 10-Qs were filed on 29 May, at the end of August (quarter ended 28 July) and on 20 November; none in September, and a 10-Q does not report market share. The 82% is an analysts' estimate, not Nvidia's filing.",
    sources: [
      src(
        "NVIDIA Corp Form 10-Q for the quarter ended April 28, 2024 (filed 2024-05-29)",
        "US Securities and Exchange Commission (EDGAR)",
        "2024-05-29",
        "https://sec.gov/Archives/edgar/data/1045810/000104581024000124/0001045810-24-000124.txt",
      ),
      src(
        "NVIDIA Corp Form 10-Q for the quarter ended July 28, 2024 (nvda-20240728)",
        "US Securities and Exchange Commission (EDGAR)",
        "2024-08",
        "https://www.sec.gov/Archives/edgar/data/1045810/000104581024000264/nvda-20240728.htm",
      ),
      src(
        "SEC Form 10-Q filed by NVIDIA Corporation",
        "Quantisnow",
        "2024-11-20",
        "https://quantisnow.com/insight/sec-form-10q-filed-by-nvidia-corporation-5785201",
      ),
    ],
  },
  {
    paragraph: 9,
    quote: "該公司在全球AI訓練晶片的市場份額超過82%",
    status: "accurate",
    noteZh:
      "與第三方估計一致:TechInsights估計輝達占2023年資料中心GPU出貨與營收的98%。這是分析機構的估計,不是輝達公布的數字。",
    noteEn:
      "Consistent with third-party estimates: TechInsights put Nvidia at 98% of 2023 data-centre GPU shipments and revenue. That is an analyst's estimate, not a figure Nvidia publishes.",
    sources: [S.nvidiaShare],
  },
  {
    paragraph: 9,
    quote: "而H100、H200和最新Blackwell系列基本由美國資本運作的供應鏈掌控",
    status: "disputed",
    noteZh:
      "這些晶片由輝達(美國)設計,但由台灣的台積電製造,高頻寬記憶體來自韓國SK海力士、三星與美國美光;供應鏈是多國的,並非「基本由美國資本掌控」。",
    noteEn:
      "Nvidia (US) designs these chips, but TSMC makes them in Taiwan, and their high-bandwidth memory comes from SK Hynix and Samsung (Korea) and Micron (US): a multinational chain, not one essentially run by American capital.",
    sources: [
      S.tsmcMakesNvidia,
      src(
        "Jensen Huang commends TSMC amid rising chip demand",
        "Middle East Bulletin",
        "2025",
        "https://www.middleeastbulletin.com/jensen-huang-commends-tsmc-amid-rising-chip-demand",
      ),
    ],
  },
  {
    paragraph: 9,
    quote:
      "全球雲端運算市場的格局進一步向“美系四大”(AWS、Microsoft Azure、Google Cloud、Oracle Cloud)集中,合計佔據67%的算力供給",
    status: "inaccurate",
    noteZh:
      "Synergy的67%(2023年第四季)是亞馬遜、微軟、Google三大的合計,不含Oracle(約3%),且是雲端基礎設施服務支出的份額,不是「算力供給」;2025年第三季三大合計為63%。",
    noteEn:
      "Synergy's 67% (Q4 2023) is the combined share of three leaders, Amazon, Microsoft and Google, without Oracle (about 3%), and it is a share of cloud infrastructure services spending, not of “compute supply”; the three held 63% in Q3 2025.",
    sources: [
      S.synergy2024,
      S.synergyQ3_2025,
      src(
        "The big three grab two-thirds of $107B cloud market in Q3",
        "TechTarget",
        "2025",
        "https://www.techtarget.com/searchcloudcomputing/news/366634757/The-big-three-grab-two-thirds-of-107B-cloud-market-in-Q3",
      ),
    ],
  },
  {
    paragraph: 9,
    quote: "但在國際算力流動體系中仍然面臨美國出口管制所施加的制度限制",
    status: "accurate",
    noteZh:
      "美國商務部自2022年10月7日起限制向中國出口先進運算晶片與製造設備,並於2023、2024年擴大。",
    noteEn:
      "The US Commerce Department has restricted exports of advanced computing chips and chipmaking equipment to China since 7 October 2022, widening the controls in 2023 and 2024.",
    sources: [S.bisOct2022, S.bisSeries],
  },
  {
    paragraph: 9,
    quote: "中國雖然在本土市場擁有強勢佈局",
    status: "accurate",
    noteZh:
      "中國在本土有自己的AI晶片(華為昇騰、摩爾線程、沐曦)與模型(2024年15個重要模型,表現已接近美國頂尖模型);白宮AI主管薩克斯也說中國拒買H200、扶植本土晶片。",
    noteEn:
      "China has its own AI chips at home (Huawei's Ascend, Moore Threads, MetaX) and models (15 notable models in 2024, close to the top US ones in performance); the White House AI czar David Sacks said China was turning down the H200 in favour of domestic chips.",
    sources: [
      S.aiIndex2025,
      src(
        "China rejecting Nvidia's H200 chips, pushing for self-reliance: Sacks",
        "Business Standard (Bloomberg)",
        "2025-12-13",
        "https://www.business-standard.com/amp/world-news/china-rejecting-nvidia-s-h200-chips-pushing-for-self-reliance-sacks-125121300101_1.html",
      ),
    ],
  },
  {
    paragraph: 10,
    quote: "美國國會、白宮均在不同公開講話中強調:“AI是未來國力競爭的核心。”",
    status: "unverifiable",
    noteZh:
      "找不到這句引言的出處,文中也未指明講者。最接近的官方說法是《AI行動計畫》中川普所言:達成並維持「無可置疑的全球技術主導地位」是國家安全的當務之急。",
    noteEn:
      "No source for this quotation was found and the essay names no speaker. The closest official words are Trump's in the AI Action Plan: achieving “unquestioned and unchallenged global technological dominance” is a national security imperative.",
    sources: [
      src(
        "America's New AI Action Plan",
        "SIFDF",
        "2025",
        "https://www.sifdf.org/read/americas-new-ai-action-plan",
      ),
    ],
  },
  {
    paragraph: 10,
    quote: "AI產業越來越被納入到美國國家安全框架內",
    status: "accurate",
    noteZh:
      "美國的AI晶片出口管制明言以國家安全為理由,《AI行動計畫》也把「國際AI外交與安全」列為三大支柱之一。",
    noteEn:
      "US AI-chip export controls are justified explicitly on national-security grounds, and the AI Action Plan makes “international AI diplomacy and security” one of its three pillars.",
    sources: [S.bisOct2022, S.actionPlanMondaq],
  },
  {
    paragraph: 11,
    quote: "儘管這個新生事物尚未形成實質體系",
    status: "accurate",
    noteZh: "我們未找到任何官方或實際運作的「AI美元」體系;見第29段的查核。",
    noteEn: "We found no official or operating “AI dollar” system; see the check of paragraph 29.",
    sources: [S.actionPlanTechPolicy],
  },
  {
    paragraph: 13,
    quote: "它最早出現在科技產業評論者的文章之中",
    status: "unverifiable",
    noteZh:
      "找不到「AI美元」一詞的最早出處;我們找到的相近用法(「technodollar」等)都是2025年的評論文章,無法確定誰最早使用。",
    noteEn:
      "The earliest use of “AI dollar” could not be traced; the similar coinages we found (“technodollar” and the like) are commentators' pieces from 2025, which does not establish who used it first.",
    sources: [S.gladwynTechnodollar],
  },
  {
    paragraph: 13,
    quote: "2019年美國人工智慧國家安全委員會(NSCAI)發佈的一份報告《Final Report》",
    status: "inaccurate",
    noteZh:
      "《Final Report》於2021年3月1日提交國會與總統;2019年發表的是初始報告(7月)與期中報告(11月)。",
    noteEn:
      "The Final Report was delivered to Congress and the President on 1 March 2021; 2019 saw the initial report (July) and the interim report (November).",
    sources: [S.nscaiFinalRelease, S.nscaiInterimRelease],
  },
  {
    paragraph: 13,
    quote: "該報告由Google(Google)前CEO施密特(Eric Schmidt)與前副防長沃克(Robert Work)主導",
    status: "accurate",
    noteZh: "施密特任主席、沃克任副主席,兩人共同署名最終報告的前言信。",
    noteEn:
      "Schmidt chaired the Commission and Work was its vice chair; both signed the Final Report's opening letter.",
    sources: [S.nscaiLetter],
  },
  {
    paragraph: 13,
    quote: "報告明確指出:“AI、晶片製造與算力供應鏈將成為未來美國全球領導力的支點。”",
    status: "unverifiable",
    noteZh:
      "在最終報告中找不到這句話。意思最接近的是第13章:「美國在微電子領域的領導地位,對美國在AI的整體領導地位至關重要」。",
    noteEn:
      "This sentence was not found in the Final Report. The nearest is Chapter 13: “U.S. leadership in microelectronics is critical to overall U.S. leadership in artificial intelligence.”",
    sources: [S.nscaiCh13],
  },
  {
    paragraph: 15,
    quote: "儘管該報告沒有提出“AI美元”這一具體說法",
    status: "accurate",
    noteZh: "最終報告談微電子、技術保護與國際技術秩序的各章,都沒有「AI美元」的說法。",
    noteEn:
      "The Final Report's chapters on microelectronics, technology protection and the international technology order contain no such term.",
    sources: [S.nscaiCh13, S.nscaiCh15],
  },
  {
    paragraph: 15,
    quote: "但其核心涵蓋了三大關鍵理念",
    status: "disputed",
    noteZh:
      "文中歸給報告的三項理念只有第二項(保護半導體供應鏈、出口管制、技術聯盟、投資審查)與報告第13至15章相符;第一項(雲端與算力由美國企業主導)與第三項(美國主導的「全球AI安全與治理框架」)不是報告的說法,見第16、18段的查核。",
    noteEn:
      "Of the three ideas the essay attributes to the report, only the second (protect the semiconductor supply chain; export controls, alliances, investment screening) matches its Chapters 13–15; the first (cloud and compute led by US companies) and the third (a US-led “global AI safety and governance framework”) are not how the report puts it: see the checks of paragraphs 16 and 18.",
    sources: [S.nscaiCh13, S.nscaiCh14, S.nscaiCh15],
  },
  {
    paragraph: 16,
    quote: "美國必須確保全球最關鍵的AI基礎設施由美國企業主導,特別是雲端運算與算力供應",
    status: "disputed",
    noteZh:
      "報告在硬體方面的核心關切是先進晶片的製造過度依賴東亞(特別是台灣),建議在美國國內建立多個尖端晶圓廠;我們沒有找到「雲端運算須由美國企業主導」的主張。",
    noteEn:
      "The report's hardware concern is that leading-edge chip production depends on East Asia, Taiwan above all, and it recommends multiple cutting-edge fabs in the US; we found no claim that cloud computing must be led by American companies.",
    sources: [S.nscaiCh13],
  },
  {
    paragraph: 16,
    quote: "“一旦AI基礎設施決定性落在美國之外,美國將在長期戰略競爭中喪失優勢”",
    status: "unverifiable",
    noteZh:
      "在報告中找不到這句引言。最接近的是第13章:美國對半導體進口、特別是來自台灣的依賴,構成經濟與軍事上的戰略弱點。",
    noteEn:
      "This quotation was not found in the report. The nearest is Chapter 13: US dependence on semiconductor imports, particularly from Taiwan, “creates a strategic vulnerability for both its economy and military”.",
    sources: [S.nscaiCh13],
  },
  {
    paragraph: 17,
    quote: "美國必須保護半導體供應鏈,並通過出口管制、技術聯盟以及投資審查機制鎖定關鍵環節",
    status: "accurate",
    noteZh:
      "最終報告第13章要求在微電子上「領先兩代」並在美國設廠;第14章建議現代化出口管制與投資審查;第15章提議與盟友組成「新興技術聯盟」。",
    noteEn:
      "The Final Report's Chapter 13 asks the US to stay two generations ahead in microelectronics and build fabs at home; Chapter 14 recommends modernising export controls and investment screening; Chapter 15 proposes an Emerging Technology Coalition with allies.",
    sources: [S.nscaiCh13, S.nscaiCh14, S.nscaiCh15],
  },
  {
    paragraph: 18,
    quote:
      "美國應建構一套“全球AI安全與治理框架”,並確保由美國主導的規範、標準與制度體系得到國際採納",
    status: "disputed",
    noteZh:
      "第15章主張與盟友合作塑造有利的國際技術秩序、捍衛國際技術標準的完整性,並組成「新興技術聯盟」;但報告的框架是民主國家聯盟,而非美國主導的「全球AI安全與治理框架」,這個說法在報告中找不到。",
    noteEn:
      "Chapter 15 calls for working with allies to shape a favourable international technology order, defend the integrity of international technical standards and build an Emerging Technology Coalition; but it frames this as a coalition of democracies, and the phrase “global AI safety and governance framework” was not found.",
    sources: [S.nscaiCh15],
  },
  {
    paragraph: 19,
    quote: "上述理念後來不斷被系統化完善",
    status: "unverifiable",
    noteZh:
      "本段舉來證明此說的三個例子(CNAS的「技術美元體系」、胡佛研究所的「算力美元」、布魯金斯與蘭德的說法)都查無出處,見以下各項查核;智庫確有討論全球算力部署的報告,例如CNAS 2025年7月的報告。",
    noteEn:
      "The three examples the paragraph gives for this (CNAS's “Tech Dollar System”, Hoover's “Compute Dollar”, the Brookings and RAND line) could not be found: see the checks below; think tanks do write on deploying compute worldwide, e.g. CNAS in July 2025.",
    sources: [S.cnasGlobalCompute],
  },
  {
    paragraph: 19,
    quote: "五角大樓資助的跨黨派智庫——新美國安全中心(CNAS)",
    status: "disputed",
    noteZh:
      "CNAS是跨黨派智庫,資金來自國防承包商、大企業、外國政府與美國政府等多方。稱之為「五角大樓資助」誇大了其中一個來源。",
    noteEn:
      "CNAS is a bipartisan think tank whose funders include defence contractors, large corporations, foreign governments and the US government. Calling it “funded by the Pentagon” overstates one source among many.",
    sources: [
      src(
        "American primacy on the menu for big industry donors at CNAS",
        "Responsible Statecraft",
        "2021-02-22",
        "https://responsiblestatecraft.org/2021/02/22/american-primacy-on-the-menu-for-big-industry-donors-at-cnas",
      ),
    ],
  },
  {
    paragraph: 19,
    quote: "發佈多篇文章提出“技術美元體系”(Tech Dollar System)的雛形",
    status: "unverifiable",
    noteZh:
      "找不到CNAS在2022至2024年間使用「Tech Dollar System」的出版品。CNAS在此期間確有算力治理的報告(如2024年1月的《Secure, Governable Chips》),但未提出「技術美元」。",
    noteEn:
      "No CNAS publication of 2022–2024 using “Tech Dollar System” was found. CNAS did publish on compute governance in that period (e.g. “Secure, Governable Chips”, January 2024) without proposing a “tech dollar”.",
    sources: [
      src(
        "Secure, Governable Chips: Using On-Chip Mechanisms to Manage National Security Risks from AI & Advanced Computing",
        "Center for a New American Security",
        "2024-01-08",
        "https://www.cnas.org/publications/reports/secure-governable-chips",
      ),
    ],
  },
  {
    paragraph: 19,
    quote: "胡佛研究所(Hoover Institution)的研究者在2024年首次使用了“算力美元”(Compute Dollar)一詞",
    status: "unverifiable",
    noteZh:
      "搜尋胡佛研究所的出版品,找不到「Compute Dollar」一詞;我們找到的相近用法出自2025年的評論文章,無法確認胡佛研究者在2024年首創此詞。",
    noteEn:
      "A search of Hoover Institution material found no “Compute Dollar”; the similar coinages we found come from commentators in 2025, so a 2024 first use by Hoover researchers cannot be confirmed.",
    sources: [S.gladwynTechnodollar],
  },
  {
    paragraph: 19,
    quote:
      "布魯金斯學會(Brookings Institution)與 蘭德公司(RAND)在2023—2025年間的一系列政策研究中多次強調,美國應將AI基礎設施視為“全球戰略網路的一部分”",
    status: "unverifiable",
    noteZh:
      "找不到布魯金斯或蘭德使用「全球戰略網路的一部分」的研究。把全球算力部署視為戰略槓桿的論點確實存在,例如CNAS 2025年7月的報告。",
    noteEn:
      "No Brookings or RAND study using “part of a global strategic network” was found. The argument that deploying compute worldwide is strategic leverage does exist, e.g. in a CNAS report of July 2025.",
    sources: [S.cnasGlobalCompute],
  },
  {
    paragraph: 20,
    quote: "Benchmark、a16z等機構在多個公開場合強調:“全球未來五年的GDP增量全部來自算力。”",
    status: "unverifiable",
    noteZh:
      "找不到Benchmark或a16z說過這句話。最接近的是對美國經濟的估計:《經濟學人》估算過去一年AI相關投資約占美國GDP成長的40%(不是全球,也不是「全部」)。",
    noteEn:
      "No such statement by Benchmark or a16z was found. The nearest is an estimate about the US economy: The Economist put AI-related investment at about 40% of US GDP growth over a year (not global, and not “all”).",
    sources: [
      src(
        "The new arms race: America's battle for compute in the AI era",
        "Oikosix (aggregator)",
        "2025-10-17",
        "https://aggregator.oikosix.com/2025/10/17/the-new-arms-race-americas-battle-for-compute-in-the-ai-era",
      ),
    ],
  },
  {
    paragraph: 20,
    quote: "來自矽谷的科技企業及其背後的資本力量也進一步強化了這一敘事",
    status: "unverifiable",
    noteZh:
      "矽谷資本確實大力推動AI與算力的敘事(例如a16z鼓吹AI是比網際網路更大的平台轉移),但我們找不到它們強化「AI美元」敘事的紀錄;文中所舉的引言也查無出處。",
    noteEn:
      "Silicon Valley capital does push the AI-and-compute narrative hard, but we found no record of it reinforcing an “AI dollar” narrative, and the quotation the paragraph gives could not be found.",
    sources: [
      src(
        "The new arms race: America's battle for compute in the AI era",
        "Oikosix (aggregator)",
        "2025-10-17",
        "https://aggregator.oikosix.com/2025/10/17/the-new-arms-race-americas-battle-for-compute-in-the-ai-era",
      ),
    ],
  },
  {
    paragraph: 21,
    quote:
      "其源頭是產業、科技、資本和安全等部門在面對“AI/算力是新石油”這一類比時,順理成章地提出的推演",
    status: "unverifiable",
    noteZh:
      "「新石油」的類比確實常見,例如沙烏地2020年的《國家資料與AI戰略》稱資料為「新石油」;但「AI美元」一詞的源頭無從查證,見第13段的查核。",
    noteEn:
      "The “new oil” analogy is indeed common (Saudi Arabia's 2020 National Strategy for Data & AI calls data “the new oil”), but where the term “AI dollar” came from cannot be traced: see the check of paragraph 13.",
    sources: [S.saudiNsdai],
  },
  {
    paragraph: 24,
    quote: "石油美元體系建立於 1973—1974 年",
    status: "accurate",
    noteZh:
      "1973年石油禁運之後,美沙於1974年6月成立經濟合作聯合委員會,同年7月財長西蒙赴沙烏地達成以石油收入購買美國國債的秘密安排。",
    noteEn:
      "After the 1973 oil embargo, the US and Saudi Arabia set up a Joint Commission on Economic Cooperation in June 1974, and in July 1974 Treasury Secretary Simon secured a secret arrangement for Saudi oil revenue to buy US Treasuries.",
    sources: [S.bloombergSaudiDebt, S.petrodollarFactCheck],
  },
  {
    paragraph: 24,
    quote: "美國與沙烏地阿拉伯在1973-1974年間達成協議,要求石油貿易必須使用美元結算",
    status: "inaccurate",
    noteZh:
      "公開紀錄中沒有要求石油以美元結算的美沙協議。1974年的兩項安排是經濟合作聯合委員會與購買美債的秘密協議;石油一直也以美元以外的貨幣交易。2024年「石油美元協議到期」傳言時,部分評論(如《新印度快報》)重述了這個說法,但查閱解密檔案的研究者與經濟學家都指出並無此協議。",
    noteEn:
      "No US–Saudi agreement requiring oil to be settled in dollars is on record. The 1974 arrangements were the Joint Commission and the secret Treasury-purchase deal; oil has always traded in other currencies too. When a “petrodollar deal expiry” rumour spread in 2024 some commentaries repeated the claim (e.g. The New Indian Express), but a historian who worked through the declassified records and economists said no such agreement existed.",
    sources: [
      S.petrodollarFactCheck,
      src(
        "Did Saudi Arabia End its 'Petrodollar' Agreement With the US?",
        "AllSides",
        "2024-06-17",
        "https://www.allsides.com/story/facts-and-fact-checking-did-saudi-arabia-end-its-petrodollar-agreement-us",
      ),
      src(
        "Fake news: Saudi petrodollar deal with U.S. ended this month",
        "Ledger Insights",
        "2024-06",
        "https://www.ledgerinsights.com/fake-news-saudi-petrodollar-deal-with-u-s-ended-this-month/",
      ),
      src(
        "Is this the beginning of petrodollar's end?",
        "The New Indian Express",
        "2024-06-20",
        "https://www.newindianexpress.com/opinions/2024/Jun/20/is-this-the-beginning-of-petrodollars-end",
      ),
    ],
  },
  {
    paragraph: 24,
    quote: "海灣國家通過購買美國國債,將出口石油獲得的大規模美元“再循環”回美國資本市場",
    status: "accurate",
    noteZh:
      "彭博依《資訊自由法》取得的檔案顯示,沙烏地自1974年起以石油收入大量購買美國國債,並以「附加」方式秘密進行。",
    noteEn:
      "Records Bloomberg obtained under the Freedom of Information Act show Saudi Arabia recycling oil revenue into US Treasuries from 1974, through secret “add-on” purchases.",
    sources: [S.bloombergSaudiDebt],
  },
  {
    paragraph: 24,
    quote: "美國通過海灣地區安全體系(駐軍和軍售)穩定這一體系",
    status: "disputed",
    noteZh:
      "軍售與軍事援助確是1974年安排的一部分;但美國在沙烏地大規模駐軍始於1990年「沙漠之盾」行動,並非1970年代體系的一環。",
    noteEn:
      "Arms sales and military aid were part of the 1974 bargain; but a large US troop presence in Saudi Arabia began only with Operation Desert Shield in 1990, not as part of the 1970s arrangement.",
    sources: [
      S.bloombergSaudiDebt,
      src(
        "US announces they are deploying more troops to Saudi Arabia and the UAE in response to the strikes on oil field",
        "Daily Mail",
        "2019-09-20",
        "https://www.dailymail.co.uk/news/article-7488083/US-announces-deploying-troops-Saudi-Arabia.html?ns_mchannel=rss&ns_campaign=1490&ito=1490",
      ),
    ],
  },
  {
    paragraph: 26,
    quote: "輝達CEO黃仁勳多次在公開場合宣稱:“未來世界的經濟增長全部依賴加速計算。”",
    status: "unverifiable",
    noteZh:
      "找不到黃仁勳說過這句話。他一再說的是通用運算的時代正在結束、加速運算與AI的時代已經來臨,但沒有找到「經濟增長全部依賴加速計算」的說法。",
    noteEn:
      "No such statement by Jensen Huang was found. What he repeatedly says is that the era of general-purpose computing is ending and that of accelerated computing and AI has arrived; no claim that all economic growth depends on it was found.",
    sources: [
      src(
        "Nvidia CEO Jensen Huang on Accelerated Computing and AI Investment",
        "Lilys AI",
        "2025-11-01",
        "https://lilys.ai/notes/en/jensen-huang-20251101/nvidia-ceo-openai-monumental-partnership",
      ),
    ],
  },
  {
    paragraph: 26,
    quote: "這一觀點並不是我個人的觀點,而是在2023—2024 年廣泛流行於美國科技界的一個觀點",
    status: "unverifiable",
    noteZh:
      "「流行程度」沒有可查的紀錄。業界領袖確實一再強調加速運算與AI基礎設施的核心地位(如黃仁勳),但「算力不可替代」是否為美國科技界的普遍看法,無法查證。",
    noteEn:
      "How widely a view is held has no record to check. Industry leaders such as Jensen Huang do stress the centrality of accelerated computing and AI infrastructure, but whether “the irreplaceability of compute” was the general view in the US tech world cannot be verified.",
    sources: [
      src(
        "Nvidia CEO Jensen Huang on Accelerated Computing and AI Investment",
        "Lilys AI",
        "2025-11-01",
        "https://lilys.ai/notes/en/jensen-huang-20251101/nvidia-ceo-openai-monumental-partnership",
      ),
    ],
  },
  {
    paragraph: 29,
    quote: "儘管美國政府迄今沒有公開提出“AI美元體系”的構想",
    status: "accurate",
    noteZh:
      "我們未找到美國政府提出「AI美元體系」;2025年7月的《AI行動計畫》與隨附行政命令講的是輸出「完整的美國AI技術堆疊」。",
    noteEn:
      "We found no US government proposal of an “AI dollar system”; the July 2025 AI Action Plan and its executive orders speak of exporting the “full American AI technology stack”.",
    sources: [S.actionPlanTechPolicy],
  },
  {
    paragraph: 30,
    quote: "2022年的《CHIPS and Science Act》正式確立美國要在晶片領域保持戰略領導優勢",
    status: "accurate",
    noteZh:
      "該法於2022年8月9日由拜登簽署,撥款527億美元支持國內半導體製造與研發,目標是強化供應鏈韌性並與中國競爭。",
    noteEn:
      "Biden signed the Act on 9 August 2022; it appropriates US$52.7 billion for domestic semiconductor manufacturing and research, with the stated aims of supply-chain resilience and countering China.",
    sources: [S.chipsAct, S.chipsActFunding],
  },
  {
    paragraph: 30,
    quote: "這本質上是算力供應鏈的基礎",
    status: "accurate",
    noteZh: "該法的527億美元用於半導體製造、研發與人力,晶片正是算力的硬體基礎。",
    noteEn:
      "The Act's US$52.7 billion goes to semiconductor manufacturing, research and workforce, and chips are the hardware base of compute.",
    sources: [S.chipsActFunding],
  },
  {
    paragraph: 31,
    quote: "2023—2024年美國商務部針對中國發佈多輪AI晶片出口管制",
    status: "accurate",
    noteZh:
      "商務部於2023年10月、2024年4月與2024年12月發布多輪規則;不過第一輪始於2022年10月,早於文中所說的期間。",
    noteEn:
      "Commerce issued rounds of rules in October 2023, April 2024 and December 2024; the first round, however, came in October 2022, before the period the essay gives.",
    sources: [S.bisSeries, S.bisOct2022],
  },
  {
    paragraph: 31,
    quote: "範圍擴大到A100、H100、H200以及未來Blackwell系列",
    status: "disputed",
    noteZh:
      "A100與H100早在2022年8月(個別通知)及10月的規則就受管制,並非2023–2024年才擴及;2023年10月的門檻涵蓋了H800/A800等特供版與更高階晶片。另外,正如編者按所述,H200對華出口已於2025年12月獲准、2026年1月起個案審查。",
    noteEn:
      "The A100 and H100 were controlled from August (by notice) and October 2022, not first in 2023–2024; the October 2023 thresholds caught the China-specific H800/A800 and anything stronger. And, as the editor's note itself reports, H200 exports to China were allowed in December 2025, licensed case by case from January 2026.",
    sources: [
      src(
        "US clamps down on advanced chip exports to China and Russia",
        "Taiwan News",
        "2022-09-01",
        "https://www.taiwannews.com.tw/en/news/4645863",
      ),
      src(
        "New US Regulations Impose Limits on Sale of Nvidia Chips Manufactured in China",
        "ReturnByte",
        "2023-10",
        "https://returnbyte.com/new-us-regulations-impose-limits-sale-nvidia-chips-manufactured-china",
      ),
      S.ecdH200Rule,
    ],
  },
  {
    paragraph: 31,
    quote: "這實際上是通過“限制他國算力獲取速度”來保持美國優勢",
    status: "accurate",
    noteZh:
      "商務部明言這些規則旨在限制中國取得先進運算晶片、發展超級電腦與製造先進半導體的能力;目標對象是中國(及受武器禁運國家),不是泛指「他國」。",
    noteEn:
      "Commerce said the rules restrict China's ability to obtain advanced computing chips, build supercomputers and make advanced semiconductors; the target is China (and arms-embargoed countries), not other countries in general.",
    sources: [S.bisOct2022, S.bisSeries],
  },
  {
    paragraph: 32,
    quote: "美國財政部與國會正在推動穩定幣立法",
    status: "disputed",
    noteZh:
      "立法已經完成:《GENIUS法》於2025年6月17日參院通過、7月17日眾院通過,7月18日簽署成法,早於本文寫作(文中提到王儲2025年11月訪美)。",
    noteEn:
      "The legislation was already done: the GENIUS Act passed the Senate on 17 June and the House on 17 July 2025 and was signed on 18 July 2025, before this essay was written (it mentions the crown prince's November 2025 visit).",
    sources: [S.genius, S.geniusVotes],
  },
  {
    paragraph: 32,
    quote: "共和黨方案支援由金融機構發行“美元穩定幣”並由美國政府認證",
    status: "accurate",
    noteZh:
      "大致相符:《GENIUS法》只准「許可支付型穩定幣發行者」發行,即受保存款機構的子公司、經貨幣監理署核准的非銀行機構及合格的州級發行者,須1:1準備。但該法獲兩黨支持(參院68比30、眾院308比122),不只是共和黨方案。",
    noteEn:
      "Broadly so: the GENIUS Act lets only “permitted payment stablecoin issuers” issue (subsidiaries of insured banks, OCC-approved nonbanks and qualifying state issuers), with 1:1 reserves. But it passed with votes from both parties (68–30 in the Senate, 308–122 in the House), so it was not a Republican plan alone.",
    sources: [
      S.geniusVotes,
      src(
        "The GENIUS Act Seeks To Provide A Framework For Stablecoin Regulation",
        "Mondaq",
        "2025",
        "https://www.mondaq.com/unitedstates/fin-tech/1658884/the-genius-act-seeks-to-provide-a-framework-for-stablecoin-regulation",
      ),
    ],
  },
  {
    paragraph: 34,
    quote: "美國政府出台《AI行動計畫》",
    status: "accurate",
    noteZh: "白宮於2025年7月23日發布《贏得競賽:美國AI行動計畫》,含約90項政策措施。",
    noteEn:
      "The White House released “Winning the Race: America's AI Action Plan”, with some 90 policy actions, on 23 July 2025.",
    sources: [S.actionPlanMondaq],
  },
  {
    paragraph: 34,
    quote: "並推動國際社會接受由美國主導的人工智慧安全標準",
    status: "disputed",
    noteZh:
      "行動計畫的國際支柱是向盟友輸出完整的美國AI技術堆疊、在國際治理機構中反制中國影響;它強調鬆綁管制,並非推動「AI安全標準」。",
    noteEn:
      "The plan's international pillar is exporting the full American AI stack to allies and countering Chinese influence in international governance bodies; it stresses deregulation rather than promoting “AI safety standards”.",
    sources: [
      S.actionPlanTechPolicy,
      S.actionPlanMondaq,
      src(
        "Trump's AI Action Plan (ORF America comment)",
        "ORF America",
        "2025",
        "https://orfamerica.org/orf-america-comments/trump-ai-action-plan",
      ),
    ],
  },
  {
    paragraph: 35,
    quote: "美國通過OpenAI、Google、Anthropic等主導全球模型生態",
    status: "accurate",
    noteZh:
      "史丹佛《2025 AI指數》:2024年美國產出40個重要AI模型,中國15個;但中美頂尖模型的表現差距已大幅縮小。",
    noteEn:
      "Stanford's 2025 AI Index: the US produced 40 notable AI models in 2024 and China 15; the performance gap between top US and Chinese models has, however, nearly closed.",
    sources: [S.aiIndex2025],
  },
  {
    paragraph: 35,
    quote: "並在跨國資料中心佈局上獲得最強市場主導權",
    status: "accurate",
    noteZh:
      "亞馬遜、微軟與Google合計占全球雲端基礎設施服務支出的63%(2025年第三季),三家都是美國公司。",
    noteEn:
      "Amazon, Microsoft and Google, all American, together held 63% of global cloud infrastructure services spending in Q3 2025.",
    sources: [S.synergyQ3_2025],
  },
  {
    paragraph: 36,
    quote: "美國正在將“AI基礎設施”從商業資源轉變為“可用於推行國際戰略的國家資源”",
    status: "accurate",
    noteZh:
      "《AI行動計畫》與行政命令把輸出「完整的美國AI技術堆疊」列為國家政策;2025年11月的美沙《戰略AI夥伴關係》把晶片出口與投資和外交掛鉤。",
    noteEn:
      "The AI Action Plan and its executive order make exporting the “full American AI technology stack” national policy, and the US–Saudi Strategic AI Partnership of November 2025 ties chip exports to investment and diplomacy.",
    sources: [S.actionPlanTechPolicy, S.gulfChipApproval],
  },
  {
    paragraph: 38,
    quote: "這三個要素,海灣國家恰好都具備",
    status: "accurate",
    noteZh:
      "資本:海灣主權基金資產逾5.35兆美元;能源:沙烏地以極低成本的太陽能電力招攬資料中心;AI需求:阿聯與沙烏地都有國家AI戰略與國營AI企業。見第39至41段的查核。",
    noteEn:
      "Capital: Gulf sovereign funds hold over US$5.35 trillion; energy: Saudi Arabia courts data centres with very cheap solar power; demand for AI: the UAE and Saudi Arabia have national AI strategies and state AI companies. See the checks of paragraphs 39–41.",
    sources: [S.ifriGulfSwf, S.saudiCheapPower, S.gulfChipApproval],
  },
  {
    paragraph: 39,
    quote: "海灣國家的主權財富基金規模已經超過5.3兆美元",
    status: "accurate",
    noteZh:
      "法國國際關係研究所(Ifri)指出,海灣主權基金資產在2025年已超過5.35兆美元,約占全球主權基金資產的四成。",
    noteEn:
      "Ifri reports Gulf sovereign wealth funds' assets at over US$5.35 trillion by 2025, nearly 40% of the world's sovereign-fund assets.",
    sources: [S.ifriGulfSwf],
  },
  {
    paragraph: 39,
    quote: "AI資料中心、晶片研發、先進計算基礎設施成為新的目標",
    status: "accurate",
    noteZh:
      "例如阿布達比於2024年3月以穆巴達拉與G42為創始夥伴成立MGX,專門投資AI基礎設施、半導體與AI核心技術;Ifri也指出海灣主權基金站在AI投資的前線。",
    noteEn:
      "For example, Abu Dhabi set up MGX in March 2024, with Mubadala and G42 as founding partners, to invest in AI infrastructure, semiconductors and core AI technology; Ifri also finds Gulf funds at the forefront of AI investment.",
    sources: [S.mgxLaunch, S.ifriGulfSwf],
  },
  {
    paragraph: 40,
    quote: "海灣國家提出的“國家數位化願景”異常激進",
    status: "accurate",
    noteZh:
      "「激進」是評價,但目標確實遠大:阿聯要在2031年成為全球AI領導者,沙烏地要在2030年前躋身AI前15名,沙烏地Humain計畫取得數十萬顆輝達晶片。",
    noteEn:
      "“Aggressive” is a judgement, but the goals are indeed ambitious: the UAE aims to lead the world in AI by 2031, Saudi Arabia to rank among the top 15 AI nations by 2030, and Saudi Humain plans to deploy hundreds of thousands of Nvidia chips.",
    sources: [
      src(
        "Cabinet clears 10-year artificial intelligence strategy",
        "Gulf News",
        "2019-04-21",
        "https://gulfnews.com/uae/cabinet-clears-10-year-artificial-intelligence-strategy-1.63470566",
      ),
      S.gulfChipApproval,
    ],
  },
  {
    paragraph: 40,
    quote: "沙烏地阿拉伯的“2030願景”提出要成為“全球AI使用率最高的國家之一”",
    status: "disputed",
    noteZh:
      "沙烏地的AI目標出自2020年10月發布、服務於「2030願景」的《國家資料與AI戰略》:在2030年前躋身AI領域前15名;我們找不到「AI使用率最高」的目標。",
    noteEn:
      "Saudi Arabia's AI goals come from the National Strategy for Data & AI (October 2020), which serves Vision 2030: to rank among the top 15 AI nations by 2030; no target of the “highest AI adoption” was found.",
    sources: [
      S.saudiNsdai,
      src(
        "National strategy for the Data and AI revealed by Saudi Arabia",
        "intlbm.com",
        "2020",
        "https://intlbm.com/national-strategy-for-the-data-and-ai-revealed-by-saudi-arabia/",
      ),
    ],
  },
  {
    paragraph: 40,
    quote: "阿聯制定了《阿聯國家AI戰略2031》(UAE National AI Strategy 2031)",
    status: "accurate",
    noteZh: "阿聯內閣於2019年4月通過《國家AI戰略2031》,目標是在2031年成為全球AI領導者。",
    noteEn:
      "The UAE Cabinet adopted the National AI Strategy 2031 in April 2019, aiming to make the country a global leader in AI by 2031.",
    sources: [
      src(
        "Cabinet clears 10-year artificial intelligence strategy",
        "Gulf News",
        "2019-04-21",
        "https://gulfnews.com/uae/cabinet-clears-10-year-artificial-intelligence-strategy-1.63470566",
      ),
    ],
  },
  {
    paragraph: 40,
    quote: "卡達則在2023年發佈了《卡達AI治理框架》(Qatar AI Governance Framework)",
    status: "unverifiable",
    noteZh:
      "找不到2023年名為《卡達AI治理框架》的文件。卡達的國家AI戰略發布於2019年10月;其後有國家網路安全局2024年2月的AI安全指引、卡達央行2024年9月的AI指引,以及2025年的AI倫理原則。",
    noteEn:
      "No 2023 document called the Qatar AI Governance Framework was found. Qatar's National AI Strategy dates from October 2019; later came the cyber-security agency's AI guidelines (February 2024), the central bank's AI Guideline (September 2024) and ethics principles (2025).",
    sources: [
      src(
        "Qatar's National Artificial Intelligence Strategy (2019)",
        "Digital Watch Observatory",
        "2019-10",
        "https://dig.watch/?p=198572",
      ),
      src(
        "Artificial Intelligence – Qatar (World Watch)",
        "anuragverma.co",
        "2026",
        "https://anuragverma.co/worldwatch/qatar/ai/fr",
      ),
    ],
  },
  {
    paragraph: 40,
    quote: "這些國家還投資開發自己的大模型、成立專注於AI領域的國有科技企業等",
    status: "accurate",
    noteZh:
      "阿聯有技術創新研究所的Falcon與G42/MBZUAI的Jais,沙烏地有ALLaM及公共投資基金支持的Humain。",
    noteEn:
      "The UAE has the Technology Innovation Institute's Falcon and G42/MBZUAI's Jais; Saudi Arabia has ALLaM and Humain, backed by the Public Investment Fund.",
    sources: [
      src(
        "Why every Arab country is racing to build its own large language model",
        "The National",
        "2025-09-02",
        "https://thenational-the-national-prod.web.arc-cdn.net/future/technology/2025/09/02/why-every-arab-country-is-racing-to-build-its-own-large-language-model",
      ),
      src(
        "The New Arab LLM Race: Sovereign AI and the Limits of Gulf-Egyptian Ambition",
        "The Pundit",
        "2026-05-06",
        "https://thepundit.org/2026/05/06/the-new-arab-llm-race-sovereign-ai-and-the-limits-of-gulf-egyptian-ambition/",
      ),
    ],
  },
  {
    paragraph: 41,
    quote: "在能源方面,海灣國家的優勢自然不必說",
    status: "accurate",
    noteZh:
      "沙烏地的Al Shuaiba太陽能電廠以每度約3.9哈拉拉(略高於1美分)發電,並以廉價電力招攬AI資料中心;同時沙烏地與阿聯正大規模擴建發電容量。",
    noteEn:
      "Saudi Arabia's Al Shuaiba solar farm generates at about 3.9 halalas (just over a US cent) per kWh, and the kingdom pitches cheap power to AI data centres, while Saudi Arabia and the UAE build out generating capacity on a large scale.",
    sources: [
      S.saudiCheapPower,
      src(
        "Gulf seizes AI opportunities",
        "MEED",
        "2025-05-30",
        "https://guest.meed.com/gulf-seizes-ai-opportunities",
      ),
    ],
  },
  {
    paragraph: 42,
    quote: "美國產生的設想是,海灣出口石油獲得的美元 → 投資美國AI基礎設施 → 美國輸出AI算力和模型",
    status: "accurate",
    noteZh:
      "有政策可印證:2025年11月的美沙《戰略AI夥伴關係》把放寬晶片出口與沙烏地對美國AI的投資掛鉤,商務部隨即核准向Humain與G42出口先進晶片。「石油美元」的說法是作者的詮釋,「算力以美元定價」則未見官方說法。",
    noteEn:
      "Policy bears this out: the US–Saudi Strategic AI Partnership of November 2025 pairs eased chip exports with Saudi investment in US AI, and Commerce then approved advanced-chip sales to Humain and G42. Calling the money “oil dollars” is the author's gloss, and no official statement on pricing compute in dollars was found.",
    sources: [
      src(
        "US–Saudi Strategic AI Partnership signed",
        "Middle East AI News",
        "2025-11",
        "https://www.middleeastainews.com/p/ussaudi-strategic-ai-partnership",
      ),
      S.gulfChipApproval,
    ],
  },
  {
    paragraph: 43,
    quote: "甚至一些海灣國家自己也在推動這一處理程序",
    status: "accurate",
    noteZh:
      "阿布達比的MGX是「星際之門」的初始股權出資者之一;沙烏地公共投資基金旗下的Humain計畫在美國建設資料中心,並取得美國先進晶片的出口許可。",
    noteEn:
      "Abu Dhabi's MGX is one of Stargate's initial equity funders; Humain, owned by Saudi Arabia's Public Investment Fund, plans data centres in the US and won licences for advanced US chips.",
    sources: [
      S.stargate,
      S.gulfChipApproval,
      src(
        "U.S. greenlights high-end AI chips for Gulf allies amid tech rivalry with China",
        "MENA Today",
        "2025-11",
        "https://menatoday.info/news/u.s.-greenlights-high-end-ai-chips-for-gulf-allies-amid-tech-rivalry-with-china",
      ),
    ],
  },
  {
    paragraph: 43,
    quote: "阿聯的G42與微軟在2024年達成價值15億美元的合作",
    status: "accurate",
    noteZh:
      "微軟於2024年4月宣布投資G42 15億美元,微軟總裁史密斯進入G42董事會。注意:資金是從美國企業流向阿聯,而非海灣資本流入美國。",
    noteEn:
      "Microsoft announced in April 2024 a US$1.5 billion investment in G42, with Microsoft president Brad Smith joining its board. Note that the money flowed from a US company to the UAE, not Gulf capital into the US.",
    sources: [
      src(
        "Microsoft to invest $1.5 billion in UAE AI firm G42",
        "Head Topics (CNBC)",
        "2024-04-16",
        "https://headtopics.com/us/microsoft-to-invest-1-5-billion-in-uae-ai-firm-g42-50936292",
      ),
      src(
        "Microsoft invests $1.5 billion in UAE technology firm",
        "Head Topics",
        "2024-04-16",
        "https://headtopics.com/uk/microsoft-invests-1-5-billion-in-uae-technology-firm-50958663",
      ),
    ],
  },
  {
    paragraph: 43,
    quote: "主權基金之一的穆巴達拉(Mubadala)還積極投身於美國主導的“星際之門”(Stargate)項目",
    status: "disputed",
    noteZh:
      "「星際之門」的初始股權出資者是軟銀、OpenAI、甲骨文與MGX;穆巴達拉是透過其與G42共同創立的MGX間接參與,本身並未列名。",
    noteEn:
      "Stargate's initial equity funders are SoftBank, OpenAI, Oracle and MGX; Mubadala takes part only indirectly, through MGX, which it founded with G42, and is not itself named.",
    sources: [S.stargate, S.mgxLaunch],
  },
  {
    paragraph: 43,
    quote: "沙烏地阿拉伯公共投資基金(PIF)在2024年投入超過400億美元用於AI產業",
    status: "inaccurate",
    noteZh:
      "400億美元出自《紐約時報》2024年3月的報導:沙烏地「計畫」設立約400億美元的AI基金,並與a16z洽談合作。那是籌劃中的基金,不是2024年已投入的金額。",
    noteEn:
      "The US$40 billion comes from a New York Times report of March 2024 that Saudi Arabia planned a fund of about US$40 billion for AI, in talks with a16z: a planned fund, not money put into AI in 2024.",
    sources: [
      src(
        "Saudi Arabia plans $40bn push into artificial intelligence: NYT",
        "Dunya News (Reuters)",
        "2024-03",
        "https://dunyanews.tv/index.php/en/Business/799493-Saudi-Arabia-plans-$40bn-push-into-artificial-intelligence:-NYT",
      ),
      src(
        "Saudi Arabia Eyes AI Supremacy with $40 Billion Fund, Partners with Andreessen Horowitz",
        "BNN Breaking",
        "2024-03-20",
        "https://bnnbreaking.com/finance-nav/saudi-arabia-eyes-ai-supremacy-with-40-billion-fund-partners-with-andreessen-horowitz",
      ),
    ],
  },
  {
    paragraph: 43,
    quote: "在前不久沙烏地阿拉伯王儲訪美期間承諾的1.2兆美元對美投資",
    status: "inaccurate",
    noteZh:
      "王儲於2025年11月18日在白宮表示,將把此前承諾的6,000億美元提高到「將近1兆美元」,不是1.2兆美元。",
    noteEn:
      "At the White House on 18 November 2025 the crown prince said Saudi Arabia would raise its earlier US$600 billion pledge to “almost US$1 trillion”, not US$1.2 trillion.",
    sources: [
      S.mbsPledge,
      src(
        "Top US CEOs and Saudi crown prince to rub shoulders at investment forum",
        "BusinessDay",
        "2025-11-19",
        "https://www.businessday.co.za/world/2025-11-19-top-us-ceos-and-saudi-crown-prince-to-rub-shoulders-at-investment-forum/",
      ),
    ],
  },
  {
    paragraph: 43,
    quote: "投資的主要領域亦是AI及其基礎設施",
    status: "disputed",
    noteZh:
      "此行簽署的協議涵蓋戰略防衛協定與F-35、戰車軍售、民用核能、關鍵礦產及AI備忘錄;AI與晶片是其中之一,沒有證據顯示它是承諾投資的主要領域。",
    noteEn:
      "The visit's agreements covered a strategic defence agreement with F-35 and tank sales, civil nuclear energy, critical minerals and an AI memorandum; AI and chips are one area among several, and nothing shows they are the main one.",
    sources: [S.mbsAgreements, S.mbsPledge],
  },
  {
    paragraph: 44,
    quote: "海灣國家正在重新成為全球資本的關鍵樞紐",
    status: "accurate",
    noteZh: "海灣主權基金資產約占全球主權基金資產的四成,Ifri稱波斯灣已成為主權基金的全球重心。",
    noteEn:
      "Gulf funds hold nearly 40% of the world's sovereign-fund assets; Ifri calls the Gulf the global centre of gravity for sovereign wealth funds.",
    sources: [S.ifriGulfSwf],
  },
  {
    paragraph: 46,
    quote: "替代能源普及需要幾十年",
    status: "accurate",
    noteZh:
      "在加拿大眾議院產業委員會的證詞中引述能源學者斯米爾(Vaclav Smil)的估計:目前設想的這種重大能源轉型需要50至70年;化石燃料仍占全球能源消費的84%。",
    noteEn:
      "Evidence to the Canadian Commons industry committee cites the energy scholar Vaclav Smil's estimate that a major energy transition of the kind now contemplated would take 50 to 70 years; fossil fuels still supply 84% of the energy the world consumes.",
    sources: [S.energyTransition],
  },
  {
    paragraph: 44,
    quote: "AI產業極為需要資本和能源的雙重支撐",
    status: "accurate",
    noteZh:
      "CNAS指出前沿AI仰賴在巨型資料中心累積大量算力;沙烏地正以廉價電力為號召爭取AI資料中心,顯示電力與資本是AI的關鍵投入。",
    noteEn:
      "CNAS notes that frontier AI depends on amassing vast compute in massive data centres; Saudi Arabia's bid for AI data centres on the strength of cheap power shows electricity and capital as AI's key inputs.",
    sources: [S.cnasGlobalCompute, S.saudiCheapPower],
  },
  {
    paragraph: 47,
    quote: "它主要來自於算力壟斷(輝達、台積電)",
    status: "accurate",
    noteZh:
      "台積電在2024年第四季占全球晶圓代工營收的67%,並為輝達製造AI晶片;輝達在資料中心GPU的占有率估計超過九成。",
    noteEn:
      "TSMC had 67% of global foundry revenue in Q4 2024 and makes Nvidia's AI chips; Nvidia's share of data-centre GPUs is estimated above 90%.",
    sources: [S.trendforceFoundry, S.tsmcMakesNvidia, S.nvidiaShare],
  },
  {
    paragraph: 47,
    quote: "技術標準壟斷(美國雲服務體系)",
    status: "disputed",
    noteZh:
      "美國三大雲端業者合計占全球雲端基礎設施支出約63%,屬主導而非壟斷;三家彼此競爭,其餘約37%由其他業者分占。",
    noteEn:
      "The three big US cloud providers hold about 63% of global cloud infrastructure spending: dominance, not a monopoly; they compete with one another, and other providers share the remaining 37% or so.",
    sources: [S.synergyQ3_2025],
  },
  {
    paragraph: 49,
    quote: "石油的價值從20世紀70年代一直延續到今天",
    status: "accurate",
    noteZh:
      "石油至今仍是世界能源的支柱:截至2022年,全球能源消費約80%仍來自化石燃料;關於沙烏地終止石油美元安排的傳聞經查證為誤導。",
    noteEn:
      "Oil is still a pillar of the world's energy: as of 2022 about 80% of the world's energy consumption still came from fossil fuels, and reports that Saudi Arabia ended the petrodollar arrangement were found misleading.",
    sources: [S.worldEnergySupply, S.petrodollarFactCheck],
  },
  {
    paragraph: 49,
    quote: "AI的迭代速度極快",
    status: "accurate",
    noteZh:
      "史丹佛《2025 AI指數》:新基準測試的成績一年內大幅躍升,中國頂尖模型在一年內幾乎追平美國,領先差距迅速縮小。",
    noteEn:
      "Stanford's 2025 AI Index: scores on new benchmarks leapt within a year, and top Chinese models nearly caught up with US ones in a single year: leads narrow fast.",
    sources: [S.aiIndex2025],
  },
  {
    paragraph: 50,
    quote: "它既不是美國官方宣佈的戰略",
    status: "accurate",
    noteZh: "同第29段:沒有找到美國官方宣布「AI美元」戰略;官方用語是輸出美國AI技術堆疊。",
    noteEn:
      "As for paragraph 29: no official US announcement of an “AI dollar” strategy was found; the official language is about exporting the American AI stack.",
    sources: [S.actionPlanTechPolicy],
  },
];
