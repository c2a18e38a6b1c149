// Background the paragraphs give that bears on no claim of the tree (docs/claim-map.md §5):
// shown beside the paragraph, never counted in a score. Restatements point to the paragraph
// where the assertion is mapped.
import type { SeedContext } from "../types";

export const contexts: SeedContext[] = [
  {
    paragraph: 3,
    noteZh:
      "編者按對全文的摘要。其中「思想源頭可追溯至NSCAI報告」與「經矽谷資本與多家智庫強化」兩點作為編者的主張列入論證樹;其餘各點(複製石油美元的邏輯、海灣為潛在錨點、政策培育制度土壤、可行性存疑而戰略意圖值得關注)在作者提出之處列入(第23–27、38–44、29–36、46–50段)。",
    noteEn:
      "The editor's summary of the article. Its first point (the origins in the NSCAI reports, reinforced by Silicon Valley capital and think tanks) is mapped here as the editor's claims; the others (copying the petrodollar's logic, the Gulf as a potential anchor, the policy soil, uncertain feasibility but an intent worth attention) are mapped where the author makes them (paragraphs 23–27, 38–44, 29–36 and 46–50).",
  },
  {
    paragraph: 4,
    noteZh:
      "編者說明轉載的目的(供讀者批判性閱讀)並聲明文章僅代表作者觀點。第1–4段是歐亞系統科學研究會的編者按,錨定於此的主張均歸於編者;其後為作者的正文。",
    noteEn:
      "The editor explains why the institute reprints the article (for critical reading) and that it represents only the author's views. Paragraphs 1–4 are the Eurasian Systems Science Research Association's editor's note, and claims anchored in them are the editor's; the author's text follows.",
  },
  {
    paragraph: 7,
    noteZh:
      "作者以「AI美元為何在今天突然走紅」的問題開篇,並說原因並不複雜。一個說法為何流行,不影響美國是否可能依賴AI美元,故不列為主張。",
    noteEn:
      'The author opens by asking why the term "AI dollar" has suddenly become popular, and says the reason is not complicated. Why a term is popular bears on no claim about whether the US may rely on an AI dollar, so it is not mapped as one.',
  },
  {
    paragraph: 8,
    noteZh:
      "越來越多分析人士提出的問題——美國會不會、能不能在AI產業中建構類似石油美元體系的國際金融新秩序,從而繼續維持美元霸權——就是本文的論題。論證樹的根以作者在第11段有保留的回答(「美國可能依賴」)表述。",
    noteEn:
      "The question more and more analysts ask — will the United States, and can it, build a petrodollar-like international financial order in the AI industry and so sustain dollar hegemony — is the essay's question. The root of the tree states it as the author's hedged answer in paragraph 11 (something the US \"may rely on\").",
  },
  {
    paragraph: 9,
    noteZh: "「這種提問並非空穴來風」是作者對本段與下一段所列事實的概括,不另列為主張。",
    noteEn:
      '"This question does not come out of nowhere" sums up the facts this paragraph and the next set out; it is not mapped as a separate claim.',
  },
  {
    paragraph: 11,
    noteZh:
      "作者說「AI美元」的流行既是時代技術發展的必然反映,也是全球金融地緣格局再平衡背景下的自然討論,並說其背後的思想源頭、戰略動機與政策萌芽值得系統梳理。這解釋概念為何流行並預告本文的結構,不影響美國是否可能依賴AI美元。",
    noteEn:
      'The author says the popularity of the "AI dollar" is both an inevitable reflection of technological development and a natural discussion amid a rebalancing of the global financial and geopolitical order, and that the intellectual origins, strategic motives and policy seeds behind it deserve systematic review. This explains why the concept is popular and announces the article\'s plan; it bears on no claim about whether the US may rely on an AI dollar.',
  },
  {
    paragraph: 24,
    noteZh: "作者提到自己以前在「漫談海灣」專欄寫過的「石油人民幣」一文。",
    noteEn:
      'The author points to an earlier piece of his in the Gulf Talk column on the "petroyuan".',
  },
  {
    paragraph: 27,
    noteZh:
      "本段末句說這一邏輯閉環「恰恰就成為了AI美元的思想起點」,重述第23段的主張(AI美元在很大程度上源於石油美元的經驗),已在該處列入。",
    noteEn:
      'The paragraph\'s last words — this closed logical loop is itself the intellectual starting point of the "AI dollar" — restate paragraph 23 (the AI dollar derives to a large extent from the petrodollar experience), mapped there.',
  },
  {
    paragraph: 29,
    noteZh:
      "「多個政策動作清晰地指向將AI納入國家戰略的長期框架」與第36段的趨勢判斷是同一主張,在第36段列入。",
    noteEn:
      '"Several policy moves clearly point towards bringing AI into a long-term framework of national strategy" is the trend paragraph 36 states; it is mapped there.',
  },
  {
    paragraph: 42,
    noteZh: "作者以反問請讀者比較這一設想與20世紀70年代的石油美元模式;兩者的相似見第23段的主張。",
    noteEn:
      "The author's rhetorical question asks readers to compare this vision with the petrodollar model of the 1970s; the resemblance is the claim of paragraph 23.",
  },
  {
    paragraph: 44,
    noteZh:
      "作者以這些因素解釋「AI美元」概念為何迅速得到關注。概念受到關注屬背景,不列為主張;這些因素本身列為主張。",
    noteEn:
      'The author uses these factors to explain why the "AI dollar" concept drew attention quickly. The attention is background and not mapped; the factors themselves are claims.',
  },
  {
    paragraph: 46,
    noteZh: "作者預告後面會有單獨文章分析這個問題。",
    noteEn: "The author announces a separate article on this question.",
  },
  {
    paragraph: 49,
    noteZh:
      "作者問「AI的領先能維持10年、5年還是3年?」而未作答,故不列為主張;本段並預告後續文章詳論。",
    noteEn:
      "The author asks whether AI leadership can last 10 years, 5 years or 3 years without answering, so the question is not mapped as a claim; a later article is announced.",
  },
  {
    paragraph: 50,
    noteZh:
      "「它既不是美國官方宣佈的戰略,也不是已經建立的國際金融體系」重述第7段與第11段的讓步,已在該處列入;「看起來比石油美元體系更為脆弱」重述第49段的結構性穩定性較弱。",
    noteEn:
      '"It is neither a strategy officially announced by the United States nor an international financial system already established" restates the concessions of paragraphs 7 and 11, mapped there; "it looks more fragile than the petrodollar system" restates paragraph 49\'s weaker structural stability.',
  },
];
