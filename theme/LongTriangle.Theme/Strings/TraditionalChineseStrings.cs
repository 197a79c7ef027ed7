using System.Globalization;
using LongTriangle.Content;

namespace LongTriangle.Theme.Strings;

/// <summary>
/// The interface of the Traditional reading edition: the Simplified interface (ChineseStrings) in
/// Taiwan-standard character forms (converted with opencc -c s2tw, no vocabulary changed), and the words
/// saying that this edition is generated from the authoritative Simplified text.
/// </summary>
internal sealed class TraditionalChineseStrings : UiStrings
{
    public override string SiteName => "長三角一體化政策文庫";
    public override string SiteTagline => "長江三角洲區域一體化發展政策文件：閱讀、引用、對照（繁體版由簡體中文權威文本自動生成）";
    public override IReadOnlyList<string> Introduction =>
    [
        "本站收錄《長江三角洲區域一體化發展規劃綱要》以及長三角各省市貫徹落實綱要的實施方案和行動計劃，提供中英文兩種語言。",
        "每一章、節、條、段都有穩定的鏈接和引用格式，可直接用於論文和報告；每份文件都註明來源、完整程度和整理過程中所作的修復。",
    ];
    public override string HomeDescription => "長江三角洲區域一體化發展規劃綱要及長三角各省市實施方案的全文，逐條可鏈接、可引用，中英對照。";
    public override string Home => "首頁";
    public override string SkipToContent => "跳到正文";
    public override string MainNavigation => "主導航";
    public override string Breadcrumbs => "當前位置";
    public override string Regions => "按地區瀏覽";
    public override string NoDocumentsIn(string region) => $"本站尚未發佈{region}的文件。";
    public override string NotYetPublished(IReadOnlyList<string> regions) => $"尚未發佈文件的地區：{string.Join("、", regions)}。";
    public override string Contents => "目錄";
    public override string BackToTop => "回到頂部";
    public override string HeadingMissing => "［標題缺失］";
    public override string PageTools => "頁面導航";
    public override string Search => "搜索";
    public override string SearchLabel => "搜索文件條文";
    public override string SearchPlaceholder => "搜索（按 / 鍵）";
    public override string SearchPageTitle => "搜索";
    public override string SearchPageDescription => "檢索長三角一體化政策文件的每一章節和條款。";
    public override string SearchPageIntroduction => "檢索每一個標題和條款，每條結果都直接鏈接到該條款。";
    public override string SearchNoResults => "沒有找到與“{query}”相關的條文。";
    public override string SearchOneResult => "1 條結果";
    public override string SearchResultCount => "{count} 條結果";
    public override string SearchLoading => "正在搜索…";
    public override string SearchUnavailable => "搜索暫不可用：無法加載搜索索引（網站須通過 HTTP 訪問，不能直接打開本地文件）。";
    public override string SearchNeedsScript => "搜索需要啟用 JavaScript。首頁按地區列出了所有文件。";
    public override string SearchAllResults => "全部結果";
    public override string SearchAnyValue => "全部";
    public override string SearchChineseText => "中文原文";
    public override string SearchPartialMatches => "部分匹配";
    public override string SearchMoreResults => "更多結果";
    public override string SearchCorrected => "沒有找到完全相同的詞語，以下是“{corrected}”的結果。";
    public override string ColourScheme => "切換深色/淺色";
    public override string OtherLanguageName => "繁體中文";
    public override string ReadInEnglish => "閱讀英文版";
    public override string? GeneratedRenditionNote => "（繁體版，據簡體中文權威文本自動生成）";
    public override string ListSeparator => "；";
    public override string LabelSeparator => "：";

    public override string Type => "文種";
    public override string Issuer => "發文機關";
    public override string Written => "成文日期";
    public override string Published => "發佈日期";
    public override string Number => "發文字號";
    public override string Region => "地區";
    public override string Source => "來源";
    public override string SourceFile => "原始文件";
    public override string NotStated => "來源未載明";
    public override string OfficialText => "官方文本";
    public override string FactSources => "各項信息的出處";
    public override string CopiedOn(string date) => $"（{date}）";
    public override string CorrectedInChinese => "中文經訂正";
    public override string WhereSourceCopyRead => "，來源副本作";
    public override string ReusedIdNotice(string date) => $"{date}以前指向此處的鏈接，原指的內容現位於";
    public override string SourceCopyRead(string reading) => reading.Length == 0 ? "〔來源副本無此處文字〕" : $"〔來源副本作“{reading}”〕";
    public override string Completeness => "完整程度";
    public override string Complete => "就來源所見為全文";
    public override string Incomplete => "不完整";
    public override string MissingParts => "缺失部分";
    public override string Provenance => "整理說明";
    public override string RepairCounts => "修復統計";
    public override string FullProvenance => "查看完整修復記錄";
    public override string ProvenanceExplanation => "以下是將網頁轉載副本整理為本站文本時刪除或修復的全部內容。";
    public override string BackToDocument => "返回文件";
    public override string Data => "機器可讀數據（JSON）";
    public override string AllData => "全部文件的數據索引（JSON）";

    public override string AuthoritativeNotice => "本繁體版由簡體中文權威文本自動轉換字形生成，以簡體中文文本為準；英文為非官方參考譯文。";
    public override string NotYetTranslated => "尚未翻譯";
    public override string TranslationOutdated => "譯文已過時：中文已修改";
    public override string NotTranslatedBecause(string reason) => "不翻譯：" + reason;
    public override string CompleteInChineseOnly => "中文全文；英文譯文尚未完成";
    public override string EnglishTranslation => "英文譯文";
    public override string TranslationCoverage(int translated, int clauses, int percentOfCharacters, int outdated) =>
        $"已譯{translated.ToString(CultureInfo.InvariantCulture)}條，共{clauses.ToString(CultureInfo.InvariantCulture)}條標題和條文（按字數{percentOfCharacters.ToString(CultureInfo.InvariantCulture)}%）"
        + (outdated > 0 ? $"，{outdated.ToString(CultureInfo.InvariantCulture)}條譯文已過時" : "");
    public override string Glossary => "術語表";
    public override string GlossaryDescription => "長三角一體化規劃文件術語的統一英文譯法，並列出使用各術語的條文。";
    public override string GlossaryIntroduction => "每個術語只有一種英文譯法，本站所有譯文逐條遵照並經檢查。每個術語都鏈接到中文使用該術語的條文。";
    public override string GlossaryTermCount(int count) => $"{count.ToString(CultureInfo.InvariantCulture)}個術語";
    public override string Abbreviation => "簡稱";
    public override string AlsoAccepted => "亦可";
    public override string OfficialSource => "官方英文名稱出處";
    public override string UsedInCount(int clauses, int documents) =>
        $"出現於{documents.ToString(CultureInfo.InvariantCulture)}份文件的{clauses.ToString(CultureInfo.InvariantCulture)}條";
    public override string NotUsed => "文件中暫未出現。";
    public override string FragmentOfMissingPart => "接上文：來源只保留了前一部分的結尾";
    public override string LinkToClause => "本條鏈接";
    public override string CopyLink => "複製鏈接";
    public override string CopyCitation => "複製引用";
    public override string Copied => "已複製";
    public override string Previous => "上一份文件";
    public override string Next => "下一份文件";
    public override string DocumentNavigation => "同地區文件";
    public override string SideBySide => "中英對照";
    public override string SingleLanguage => "單語閱讀";
    public override string ChineseColumn => "中文";
    public override string EnglishColumn => "英文";

    public override string NotFoundTitle => "頁面不存在";
    public override string NotFoundText => "您訪問的頁面不存在或已移動。可以從首頁按地區查找文件。";

    public override string DocumentCount(int count) => $"{count} 份文件";
    public override string RegionDescription(string region, int documents) => $"{region}：{DocumentCount(documents)}的目錄，逐章逐條鏈接。";
    public override string DocumentDescription(string title, string? issuer, string? date) =>
        $"《{title}》全文" + (issuer is null ? "" : $"，{issuer}") + (date is null ? "" : $"，{Date(date)}") + "。逐條可鏈接、可引用。";
    public override string ParallelTitle(string title) => $"{title}（中英對照）";
    public override string ProvenanceTitle(string title) => $"{title}：整理說明";

    public override string Date(string iso) => ParseDate(iso) is var (y, m, d) ? $"{y}年{m}月{d}日" : iso;

    public override string ConvertedFromScript(string script) => script switch
    {
        "traditional" => "由繁體字副本轉換為簡體",
        "traditional-taiwan" => "由繁體字（臺灣用語）副本轉換為簡體",
        "mixed" => "由繁簡混雜的副本統一為簡體",
        _ => "",
    };
    public override string RestoredFromSpunCopy => "由經過同義詞替換（“洗稿”）的副本還原";
    public override string LostCharacters(int count) => $"原文有 {count} 個字符缺失（以□標示）";
    public override string MissingHeadings(int count) => $"原文缺少 {count} 個標題（只保留編號）";
    public override string RepairsMade(int count) => $"共作修復 {count} 處";
    public override string NoRepairs => "原文未作修復";

#pragma warning disable CS8524 // values outside the enum: RepairKinds.Read and Parse return named kinds only
    public override string RepairLabel(RepairKind kind) => kind switch
    {
        RepairKind.Encoding => "字符編碼",
        RepairKind.UnicodeNormalisation => "Unicode 規範化",
        RepairKind.MarkupRemoved => "清除網頁代碼殘留",
        RepairKind.ChromeRemoved => "刪除網頁附加內容",
        RepairKind.ScriptConverted => "繁簡轉換",
        RepairKind.VocabularyRestored => "用語還原",
        RepairKind.PinyinRemoved => "刪除拼音",
        RepairKind.MojibakeRepaired => "修復亂碼",
        RepairKind.LostCharacter => "缺失字符",
        RepairKind.LineSplit => "拆分連成一行的段落",
        RepairKind.LineRejoined => "斷行合併",
        RepairKind.DoubledCharacterRemoved => "刪除重複字符",
        RepairKind.StrayCharacterRemoved => "刪除多餘字符",
        RepairKind.InvisibleCharacterRemoved => "刪除不可見字符",
        RepairKind.ContinuationMarkerRemoved => "刪除轉版標記",
        RepairKind.SpinnerReversed => "還原同義詞替換",
        RepairKind.PunctuationRestored => "恢復標點",
        RepairKind.HeadingInserted => "補入缺失標題編號",
        RepairKind.HeadingRestored => "據官方文本恢復缺失標題",
        RepairKind.LostCharacterRecovered => "據讀音或殘存字節恢復缺失字符",
        RepairKind.TitleCleaned => "整理標題",
        RepairKind.NumberingDisambiguated => "區分重複編號",
        RepairKind.Erratum => "勘誤",
    };
#pragma warning restore CS8524

    public override string Downloads => "下載";
    public override string PdfDownload => "打印版 PDF";
    public override string MarkdownDownload => "中文文本（Markdown）";
    public override string TranslationDownload => "英文譯文（YAML）";
    public override string JsonDownload => "數據（JSON）";

    public override string ProvenanceLabel(string key, string? section) => (section, key) switch
    {
        (null, "seed") => "來源文件",
        (null, "sha256") => "來源文件的 SHA-256",
        (null, "removed") => "從副本中刪除的內容",
        (null, "repairs") => "修復",
        (null, "errata") => "據正式文本的勘誤",
        (null, "lost_characters") => "來源中缺失的字",
        (null, "variants") => "與其他文件的異文",
        ("variants", "after") => "後文",
        (_, "line") => "來源行號",
        (_, "text") => "文字",
        (_, "reason") => "原因",
        (_, "eid") => "條款",
        (_, "kind") => "類別",
        (_, "before") => "修復前",
        (_, "after") => "修復後",
        (_, "note") => "說明",
        (_, "find") => "副本原作",
        (_, "replace") => "更正為",
        (_, "source") => "依據",
        (_, "context") => "上下文",
        (_, "reading") => "本文件作",
        (_, "other_reading") => "另一文件作",
        (_, "other_document") => "另一文件",
        (_, "other_eid") => "其條款",
        _ => base.ProvenanceLabel(key, section),
    };
}
