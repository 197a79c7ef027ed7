using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// The site's glossary (<c>content/glossary.yml</c>): one English rendering per Chinese term, which every
/// translation uses and <c>longtriangle check</c> enforces.
/// </summary>
public sealed record Glossary(string File, ImmutableArray<GlossaryTerm> Terms)
{
    public static Glossary Empty(string file) => new(file, []);

    /// <summary>The term written <paramref name="chinese"/> (its own form or a Chinese variant), or null.</summary>
    public GlossaryTerm? Find(string chinese) => Terms.FirstOrDefault(t => t.ChineseForms.Contains(chinese, StringComparer.Ordinal));
}

/// <summary>One term: its Chinese forms, the English to use and the other English forms accepted.</summary>
/// <param name="Id">A stable anchor for the glossary page, derived from the English (e.g. <c>lin-gang-special-area-of-the-china-shanghai-pilot-free-trade-zone</c>).</param>
/// <param name="Source">Where an official English name is published; null when the English is the site's own.</param>
public sealed record GlossaryTerm(
    string Id,
    string Zh,
    ImmutableArray<string> ZhVariants,
    string En,
    string? Abbreviation,
    ImmutableArray<string> Variants,
    string Note,
    string? Source,
    int Line)
{
    public IEnumerable<string> ChineseForms => ZhVariants.Prepend(Zh);

    /// <summary>Every English form a translation may use for the term: the English, its abbreviation, its variants.</summary>
    public IEnumerable<string> EnglishForms =>
        new[] { En }.Concat(Abbreviation is { } a ? [a] : []).Concat(Variants);
}
