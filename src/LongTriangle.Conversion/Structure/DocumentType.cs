namespace LongTriangle.Conversion.Structure;

/// <summary>
/// The genre's document types, named by the last words of a title (…实施方案, …的通知), with the
/// English word used in derived slugs. Longer names first so that 实施方案 wins over 方案.
/// </summary>
public static class DocumentType
{
    /// <summary>The type used when a title ends with none of the genre's names.</summary>
    public const string Unknown = "文件";

    private static readonly (string Name, string Slug)[] Types =
    [
        ("规划纲要", "outline"),
        ("实施方案", "implementation-plan"),
        ("行动方案", "action-plan"),
        ("行动计划", "action-plan"),
        ("工作方案", "work-plan"),
        ("实施意见", "opinions"),
        ("指导意见", "opinions"),
        ("实施细则", "rules"),
        ("管理办法", "measures"),
        ("若干措施", "measures"),
        ("政策措施", "measures"),
        ("若干政策", "policies"),
        ("工作要点", "work-points"),
        ("工作安排", "work-arrangements"),
        ("实施办法", "measures"),
        ("纲要", "outline"),
        ("规划", "plan"),
        ("方案", "plan"),
        ("计划", "plan"),
        ("意见", "opinions"),
        ("通知", "notice"),
        ("办法", "measures"),
        ("措施", "measures"),
        ("条例", "regulations"),
        ("规定", "provisions"),
        ("决定", "decision"),
        ("细则", "rules"),
        ("公告", "announcement"),
        ("通告", "announcement"),
        ("批复", "reply"),
        ("决议", "resolution"),
        ("报告", "report"),
        ("要点", "work-points"),
        ("指南", "guidelines"),
        ("指引", "guidelines"),
        ("清单", "list"),
        ("通报", "circular"),
        ("公报", "communique"),
    ];

    /// <summary>
    /// The type a title names by its ending, or <see cref="Unknown"/>. Closing quotes and a closing
    /// parenthesis on the period or status (…三年行动计划（2021-2023年）, …管理办法（试行）) are not the ending.
    /// </summary>
    public static string FromTitle(string title)
    {
        var trimmed = title.TrimEnd('》', '」', '”', '"', ' ', '　');
        if (trimmed.EndsWith('）') || trimmed.EndsWith(')'))
        {
            var open = trimmed.LastIndexOfAny(['（', '(']);
            if (open > 0) trimmed = trimmed[..open].TrimEnd();
        }
        foreach (var (name, _) in Types)
            if (trimmed.EndsWith(name, StringComparison.Ordinal))
                return name;
        return Unknown;
    }

    /// <summary>Whether a line names a document type anywhere (a candidate title line).</summary>
    public static bool IsNamedIn(string line) => Types.Any(t => line.Contains(t.Name, StringComparison.Ordinal));

    /// <summary>The ASCII word for a type in derived slugs ("document" for unknown types).</summary>
    public static string Slug(string type) =>
        Types.FirstOrDefault(t => t.Name == type).Slug ?? "document";
}
