using LongTriangle.Publishing.Citations;
using LongTriangle.Theme.Strings;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// The site's renditions, in the order pages, switches and alternates list them. The first is the
/// authoritative text (its home is also the site root and x-default). To add one: an entry here and a
/// strings class (theme/LongTriangle.Theme/Strings/), with its citation style (a translation into a new language
/// writes one, <see cref="CitationStyle"/>); a translated one also needs content/&lt;code&gt;/.
/// </summary>
public static class Renditions
{
    public static Rendition Simplified { get; } = new("zh", "zh-Hans", "zh_CN", TextSource.Authoritative, UiStrings.Chinese, ConcordanceStrings.Chinese, CitationStyle.Chinese);

    public static Rendition English { get; } = new("en", "en", "en_US", TextSource.Translated, UiStrings.English, ConcordanceStrings.English, CitationStyle.English);

    public static Rendition Traditional { get; } = new("zh-hant", "zh-Hant", "zh_TW", TextSource.Converted, UiStrings.TraditionalChinese, ConcordanceStrings.TraditionalChinese, CitationStyle.Chinese, new TraditionalConversion());

    public static IReadOnlyList<Rendition> All { get; } = [Simplified, English, Traditional];

    /// <summary>The issuing authority's text; every other rendition is made from it.</summary>
    public static Rendition Authoritative { get; } = All.Single(r => r.IsAuthoritative);

    /// <summary>The rendition that holds the translation in content/en (the one translation the content has).</summary>
    public static Rendition Translation { get; } = All.Single(r => r.IsTranslated);

    public static Rendition? ByCode(string code) => All.FirstOrDefault(r => r.Code == code);
}
