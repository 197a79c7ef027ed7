using System.Globalization;
using LongTriangle.Content;

namespace LongTriangle.Theme.Strings;

/// <summary>The interface in Simplified Chinese.</summary>
internal sealed class ChineseStrings : UiStrings
{
    public override string SiteName => "长三角一体化政策文库";
    public override string SiteTagline => "长江三角洲区域一体化发展政策文件：阅读、引用、对照";
    public override IReadOnlyList<string> Introduction =>
    [
        "本站收录《长江三角洲区域一体化发展规划纲要》以及长三角各省市贯彻落实纲要的实施方案和行动计划，提供中英文两种语言。",
        "每一章、节、条、段都有稳定的链接和引用格式，可直接用于论文和报告；每份文件都注明来源、完整程度和整理过程中所作的修复。",
    ];
    public override string HomeDescription => "长江三角洲区域一体化发展规划纲要及长三角各省市实施方案的全文，逐条可链接、可引用，中英对照。";
    public override string Home => "首页";
    public override string SkipToContent => "跳到正文";
    public override string MainNavigation => "主导航";
    public override string Breadcrumbs => "当前位置";
    public override string Regions => "按地区浏览";
    public override string NoDocumentsIn(string region) => $"本站尚未发布{region}的文件。";
    public override string NotYetPublished(IReadOnlyList<string> regions) => $"尚未发布文件的地区：{string.Join("、", regions)}。";
    public override string Contents => "目录";
    public override string BackToTop => "回到顶部";
    public override string HeadingMissing => "［标题缺失］";
    public override string PageTools => "页面导航";
    public override string Search => "搜索";
    public override string SearchLabel => "搜索文件条文";
    public override string SearchPlaceholder => "搜索（按 / 键）";
    public override string SearchPageTitle => "搜索";
    public override string SearchPageDescription => "检索长三角一体化政策文件的每一章节和条款。";
    public override string SearchPageIntroduction => "检索每一个标题和条款，每条结果都直接链接到该条款。";
    public override string SearchNoResults => "没有找到与“{query}”相关的条文。";
    public override string SearchOneResult => "1 条结果";
    public override string SearchResultCount => "{count} 条结果";
    public override string SearchLoading => "正在搜索…";
    public override string SearchUnavailable => "搜索暂不可用：无法加载搜索索引（网站须通过 HTTP 访问，不能直接打开本地文件）。";
    public override string SearchNeedsScript => "搜索需要启用 JavaScript。首页按地区列出了所有文件。";
    public override string SearchAllResults => "全部结果";
    public override string SearchAnyValue => "全部";
    public override string SearchChineseText => "中文原文";
    public override string SearchPartialMatches => "部分匹配";
    public override string SearchMoreResults => "更多结果";
    public override string SearchCorrected => "没有找到完全相同的词语，以下是“{corrected}”的结果。";
    public override string ColourScheme => "切换深色/浅色";
    public override string OtherLanguageName => "简体中文";
    public override string ReadInEnglish => "阅读英文版";
    public override string ListSeparator => "；";
    public override string LabelSeparator => "：";

    public override string Type => "文种";
    public override string Issuer => "发文机关";
    public override string Written => "成文日期";
    public override string Published => "发布日期";
    public override string Number => "发文字号";
    public override string Region => "地区";
    public override string Source => "来源";
    public override string SourceFile => "原始文件";
    public override string NotStated => "来源未载明";
    public override string OfficialText => "官方文本";
    public override string FactSources => "各项信息的出处";
    public override string CopiedOn(string date) => $"（{date}）";
    public override string CorrectedInChinese => "中文经订正";
    public override string WhereSourceCopyRead => "，来源副本作";
    public override string ReusedIdNotice(string date) => $"{date}以前指向此处的链接，原指的内容现位于";
    public override string SourceCopyRead(string reading) => reading.Length == 0 ? "〔来源副本无此处文字〕" : $"〔来源副本作“{reading}”〕";
    public override string Completeness => "完整程度";
    public override string Complete => "就来源所见为全文";
    public override string Incomplete => "不完整";
    public override string MissingParts => "缺失部分";
    public override string Provenance => "整理说明";
    public override string RepairCounts => "修复统计";
    public override string FullProvenance => "查看完整修复记录";
    public override string ProvenanceExplanation => "以下是将网页转载副本整理为本站文本时删除或修复的全部内容。";
    public override string BackToDocument => "返回文件";
    public override string Data => "机器可读数据（JSON）";
    public override string AllData => "全部文件的数据索引（JSON）";

    public override string AuthoritativeNotice => "以中文文本为准；英文为非官方参考译文。";
    public override string NotYetTranslated => "尚未翻译";
    public override string TranslationOutdated => "译文已过时：中文已修改";
    public override string NotTranslatedBecause(string reason) => "不翻译：" + reason;
    public override string CompleteInChineseOnly => "中文全文；英文译文尚未完成";
    public override string EnglishTranslation => "英文译文";
    public override string TranslationCoverage(int translated, int clauses, int percentOfCharacters, int outdated) =>
        $"已译{translated.ToString(CultureInfo.InvariantCulture)}条，共{clauses.ToString(CultureInfo.InvariantCulture)}条标题和条文（按字数{percentOfCharacters.ToString(CultureInfo.InvariantCulture)}%）"
        + (outdated > 0 ? $"，{outdated.ToString(CultureInfo.InvariantCulture)}条译文已过时" : "");
    public override string Glossary => "术语表";
    public override string GlossaryDescription => "长三角一体化规划文件术语的统一英文译法，并列出使用各术语的条文。";
    public override string GlossaryIntroduction => "每个术语只有一种英文译法，本站所有译文逐条遵照并经检查。每个术语都链接到中文使用该术语的条文。";
    public override string GlossaryTermCount(int count) => $"{count.ToString(CultureInfo.InvariantCulture)}个术语";
    public override string Abbreviation => "简称";
    public override string AlsoAccepted => "亦可";
    public override string OfficialSource => "官方英文名称出处";
    public override string UsedInCount(int clauses, int documents) =>
        $"出现于{documents.ToString(CultureInfo.InvariantCulture)}份文件的{clauses.ToString(CultureInfo.InvariantCulture)}条";
    public override string NotUsed => "文件中暂未出现。";
    public override string FragmentOfMissingPart => "接上文：来源只保留了前一部分的结尾";
    public override string LinkToClause => "本条链接";
    public override string CopyLink => "复制链接";
    public override string CopyCitation => "复制引用";
    public override string Copied => "已复制";
    public override string Previous => "上一份文件";
    public override string Next => "下一份文件";
    public override string DocumentNavigation => "同地区文件";
    public override string SideBySide => "中英对照";
    public override string SingleLanguage => "单语阅读";
    public override string ChineseColumn => "中文";
    public override string EnglishColumn => "英文";

    public override string NotFoundTitle => "页面不存在";
    public override string NotFoundText => "您访问的页面不存在或已移动。可以从首页按地区查找文件。";

    public override string DocumentCount(int count) => $"{count} 份文件";
    public override string RegionDescription(string region, int documents) => $"{region}：{DocumentCount(documents)}的目录，逐章逐条链接。";
    public override string DocumentDescription(string title, string? issuer, string? date) =>
        $"《{title}》全文" + (issuer is null ? "" : $"，{issuer}") + (date is null ? "" : $"，{Date(date)}") + "。逐条可链接、可引用。";
    public override string ParallelTitle(string title) => $"{title}（中英对照）";
    public override string ProvenanceTitle(string title) => $"{title}：整理说明";

    public override string Date(string iso) => ParseDate(iso) is var (y, m, d) ? $"{y}年{m}月{d}日" : iso;

    public override string ConvertedFromScript(string script) => script switch
    {
        "traditional" => "由繁体字副本转换为简体",
        "traditional-taiwan" => "由繁体字（台湾用语）副本转换为简体",
        "mixed" => "由繁简混杂的副本统一为简体",
        _ => "",
    };
    public override string RestoredFromSpunCopy => "由经过同义词替换（“洗稿”）的副本还原";
    public override string LostCharacters(int count) => $"原文有 {count} 个字符缺失（以□标示）";
    public override string MissingHeadings(int count) => $"原文缺少 {count} 个标题（只保留编号）";
    public override string RepairsMade(int count) => $"共作修复 {count} 处";
    public override string NoRepairs => "原文未作修复";

#pragma warning disable CS8524 // values outside the enum: RepairKinds.Read and Parse return named kinds only
    public override string RepairLabel(RepairKind kind) => kind switch
    {
        RepairKind.Encoding => "字符编码",
        RepairKind.UnicodeNormalisation => "Unicode 规范化",
        RepairKind.MarkupRemoved => "清除网页代码残留",
        RepairKind.ChromeRemoved => "删除网页附加内容",
        RepairKind.ScriptConverted => "繁简转换",
        RepairKind.VocabularyRestored => "用语还原",
        RepairKind.PinyinRemoved => "删除拼音",
        RepairKind.MojibakeRepaired => "修复乱码",
        RepairKind.LostCharacter => "缺失字符",
        RepairKind.LineSplit => "拆分连成一行的段落",
        RepairKind.LineRejoined => "断行合并",
        RepairKind.DoubledCharacterRemoved => "删除重复字符",
        RepairKind.StrayCharacterRemoved => "删除多余字符",
        RepairKind.InvisibleCharacterRemoved => "删除不可见字符",
        RepairKind.ContinuationMarkerRemoved => "删除转版标记",
        RepairKind.SpinnerReversed => "还原同义词替换",
        RepairKind.PunctuationRestored => "恢复标点",
        RepairKind.HeadingInserted => "补入缺失标题编号",
        RepairKind.HeadingRestored => "据官方文本恢复缺失标题",
        RepairKind.LostCharacterRecovered => "据读音或残存字节恢复缺失字符",
        RepairKind.TitleCleaned => "整理标题",
        RepairKind.NumberingDisambiguated => "区分重复编号",
        RepairKind.Erratum => "勘误",
    };
#pragma warning restore CS8524

    public override string Downloads => "下载";
    public override string PdfDownload => "打印版 PDF";
    public override string MarkdownDownload => "中文文本（Markdown）";
    public override string TranslationDownload => "英文译文（YAML）";
    public override string JsonDownload => "数据（JSON）";

    public override string ProvenanceLabel(string key, string? section) => (section, key) switch
    {
        (null, "seed") => "来源文件",
        (null, "sha256") => "来源文件的 SHA-256",
        (null, "removed") => "从副本中删除的内容",
        (null, "repairs") => "修复",
        (null, "errata") => "据正式文本的勘误",
        (null, "lost_characters") => "来源中缺失的字",
        (null, "variants") => "与其他文件的异文",
        ("variants", "after") => "后文",
        (_, "line") => "来源行号",
        (_, "text") => "文字",
        (_, "reason") => "原因",
        (_, "eid") => "条款",
        (_, "kind") => "类别",
        (_, "before") => "修复前",
        (_, "after") => "修复后",
        (_, "note") => "说明",
        (_, "find") => "副本原作",
        (_, "replace") => "更正为",
        (_, "source") => "依据",
        (_, "context") => "上下文",
        (_, "reading") => "本文件作",
        (_, "other_reading") => "另一文件作",
        (_, "other_document") => "另一文件",
        (_, "other_eid") => "其条款",
        _ => base.ProvenanceLabel(key, section),
    };
}
