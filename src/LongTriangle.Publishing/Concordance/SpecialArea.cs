namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// A pilot area for which a plan sets its own version of a measure that it also sets for the whole
/// region. Yangtze River Delta plans repeat whole measures (land management, enterprise registration,
/// foreign-investment access, 5G) once for the region and once for the Demonstration Zone or the Lin-gang
/// Special Area; the words are the same, the object is not. A clause about the area names it in its
/// headings, or in its own text by one of the area's longer names (a bare 示范区 in running text is often
/// another zone: 国家自主创新示范区, 经贸合作示范区).
/// </summary>
/// <param name="Names">Names that identify the area anywhere.</param>
/// <param name="HeadingNames">Short names that identify it only in a heading or run-in heading.</param>
public sealed record SpecialArea(string Id, IReadOnlyList<string> Names, IReadOnlyList<string> HeadingNames)
{
    public static IReadOnlyList<SpecialArea> YangtzeRiverDelta { get; } =
    [
        new("demonstration-zone", ["一体化发展示范区", "一体化示范区"], ["示范区"]),
        new("lin-gang-special-area", ["新片区"], ["新片区"]),
    ];

    public bool NamedIn(string text) => Names.Any(n => text.Contains(n, StringComparison.Ordinal));

    public bool NamedInHeading(string heading) => NamedIn(heading) || HeadingNames.Any(n => heading.Contains(n, StringComparison.Ordinal));
}
