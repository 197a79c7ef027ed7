namespace LongTriangle.Theme.Strings;

/// <summary>The concordance words of the Traditional reading edition: the Simplified ones in Taiwan-standard character forms (opencc -c s2tw).</summary>
public sealed class TraditionalChineseConcordanceStrings : ConcordanceStrings
{
    public override string AlsoIn => "另見他省市";
    public override string Implements => "落實綱要";
    public override string ImplementedIn => "各地落實";
    public override string Strong => "對應";
    public override string Related => "相關";
    public override string CompareSection => "對照各地落實本節";
    public override string CompareTitle(string section) => $"對照：{section}";
    public override string CompareDescription(string section) => $"《規劃綱要》{section}與各地實施方案中落實它的條款對照。";
    public override string CompareIntroduction => "左欄為綱要原文，其餘各欄為各地方案中落實該條的條款。對應關係由文本比對自動得出（“對應”指同一對象的同一舉措，“相關”指同一主題），僅供參考。";
    public override string OutlineColumn => "綱要";
    public override string NothingFound => "未找到對應條款";
    public override string AllSections => "全部對照頁";
    public override string CompareIndexTitle(string document) => $"對照：{document}";
    public override string CompareIndexIntroduction => "每一節一頁：綱要條款與各地落實條款並列。";
    public override string ClauseCount(int count) => $"{count}條地方條款";
    public override string CompareWithOutline => "與綱要對照";
    public override string CompareWithPlans => "對照各地落實";
}
