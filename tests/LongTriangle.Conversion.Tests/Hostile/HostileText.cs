namespace LongTriangle.Conversion.Tests.Hostile;

/// <summary>Small well-formed seeds, and hostile text to put into them.</summary>
internal static class HostileText
{
    public static readonly string[] Plan =
    [
        "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案",
        "实施长江三角洲区域一体化发展战略，是党中央作出的重大决策部署。",
        "一、明确总体要求",
        "（一）指导思想",
        "以习近平新时代中国特色社会主义思想为指导。",
    ];

    public static readonly string[] Action =
    [
        "浙江省推进长江三角洲区域一体化发展行动方案",
        "一、总体要求",
        "（一）指导思想。以习近平新时代中国特色社会主义思想为指导。",
    ];

    /// <summary>Markup and Markdown that must come out as the very same text.</summary>
    public static readonly string[] Markup =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "<a href=\"javascript:alert(3)\">点击</a>",
        "[链接](javascript:alert(4))",
        "# 不是标题",
        "* 不是列表",
        "|a|b|",
        "`代码`",
        "{#injected .evil}",
        "---",
        "<!-- 注释 -->",
        "&lt;已转义&gt; &amp; &#x3C;",
        "1. 不是编号列表",
        "> 不是引用",
        "***不是粗体***",
        "\\反斜杠\\",
        "<https://example.org>",
        "![图](x.png)",
        "title: 冒号 \"引号\" '单引号' # 井号",
    ];
}
