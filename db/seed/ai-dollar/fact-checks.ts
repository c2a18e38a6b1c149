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
      "川普的貼文稱銷售額的25%將付給美國;商務部官員表示將以關稅方式在晶片運經美國受檢時收取。細節在宣布時尚未定案。",
    noteEn:
      "Trump's post said 25% would be paid to the United States; a Commerce official said it would be collected as a tariff when the chips pass through the US for inspection. Details were not final at the announcement.",
    sources: [S.asianfinH200, S.wionH200],
  },
  {
    paragraph: 1,
    quote:
      "白宮人工智慧負責人戴維·薩克斯(David Sacks)表示,此舉旨在推動美國公司在中國市場挑戰華為等中國科技巨頭",
    status: "accurate",
    noteZh:
      "彭博報導,開放H200是薩克斯(白宮AI與加密貨幣事務主管)支持的政策,目的在讓美國企業在中國本土挑戰華為等冠軍企業;他先前也以不讓華為獨占中國市場為由支持放寬H20。",
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
        "2025-07",
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
      "與第三方估計一致:TechInsights估計輝達2023年資料中心GPU出貨占98%,其他估計多在80%至95%之間。這些是估計,不是輝達公布的數字。",
    noteEn:
      "Consistent with third-party estimates: TechInsights put Nvidia at 98% of 2023 data-centre GPU shipments, and other estimates mostly range from 80% to 95%. These are estimates, not figures Nvidia publishes.",
    sources: [
      src(
        "Nvidia shipped 3.76M data center GPUs in 2023 — dominates business with 98% revenue share",
        "Tom's Hardware",
        "2024-06",
        "https://www.tomshardware.com/tech-industry/nvidia-shipped-376m-data-center-gpus-in-2023-dominates-business-with-98-revenue-share",
      ),
    ],
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
      src(
        "Samsung Foundry drops further behind TSMC",
        "PhoneArena",
        "2025-03-12",
        "https://www.phonearena.com/news/samsung-foundry-drops-further-behind-tsmc_id168447",
      ),
      src(
        "Jensen Huang commends TSMC amid rising chip demand",
        "Middle East Bulletin",
        "2025-11",
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
    sources: [S.synergy2024, S.synergyQ3_2025],
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
    quote: "五角大樓資助的跨黨派智庫——新美國安全中心(CNAS)",
    status: "disputed",
    noteZh:
      "CNAS自稱獨立、跨黨派的非營利機構;其資金來自國防承包商、大企業、外國政府與美國政府等多方。稱之為「五角大樓資助」誇大了單一來源。",
    noteEn:
      "CNAS describes itself as an independent, bipartisan nonprofit; its funders include defence contractors, large corporations, foreign governments and the US government. Calling it “funded by the Pentagon” overstates one source among many.",
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
];
