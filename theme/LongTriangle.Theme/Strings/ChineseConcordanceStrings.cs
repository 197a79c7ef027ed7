namespace LongTriangle.Theme.Strings;

public sealed class ChineseConcordanceStrings : ConcordanceStrings
{
    public override string Implements => "落实纲要";
    public override string AlsoIn => "另见他省市";
    public override string ImplementedIn => "各地落实";
    public override string Strong => "对应";
    public override string Related => "相关";
    public override string CompareSection => "对照各地落实本节";
    public override string CompareTitle(string section) => $"对照：{section}";
    public override string CompareDescription(string section) => $"《规划纲要》{section}与各地实施方案中落实它的条款对照。";
    public override string CompareIntroduction => "左栏为纲要原文，其余各栏为各地方案中落实该条的条款。对应关系由文本比对自动得出（“对应”指同一对象的同一举措，“相关”指同一主题），仅供参考。";
    public override string OutlineColumn => "纲要";
    public override string NothingFound => "未找到对应条款";
    public override string AllSections => "全部对照页";
    public override string CompareIndexTitle(string document) => $"对照：{document}";
    public override string CompareIndexIntroduction => "每一节一页：纲要条款与各地落实条款并列。";
    public override string ClauseCount(int count) => $"{count}条地方条款";
    public override string CompareWithOutline => "与纲要对照";
    public override string CompareWithPlans => "对照各地落实";
}
