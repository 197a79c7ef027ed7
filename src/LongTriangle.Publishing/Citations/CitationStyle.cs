using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Citations;

/// <summary>
/// How a language cites a heading or clause, from its eId alone, so that a citation is identical wherever it
/// is computed. A rendition names its style (<see cref="Rendition.CitationStyle"/>): the authoritative text and
/// a rendition converted from it cite in Chinese (the converted one then converts the citation like its text),
/// a translation in its own language. Structural units (篇, 部分, 章, 节) are written with Chinese numerals and
/// 第…; （三） and （2） keep the documents' own bracketed numbering; articles, items and paragraphs use Arabic
/// numerals. A number the source repeats (<c>part_3-2</c>, the second 三、) is cited with its occurrence.
/// </summary>
public abstract class CitationStyle
{
    /// <summary>《纲要》第八章第一节第3段.</summary>
    public static CitationStyle Chinese { get; } = new ChineseCitationStyle();

    /// <summary>Issuer, Outline (2019-12-01), Ch. 8, Sec. 1, para. 3 (unofficial translation).</summary>
    public static CitationStyle English { get; } = new EnglishCitationStyle();

    /// <summary>The whole citation: the document and the clause's place in it.</summary>
    public abstract string Cite(ClauseId id, CitedDocument document);

    /// <summary>The clause's place in its document, without the document: 第八章第一节第3段 / Ch. 8, Sec. 1, para. 3.</summary>
    public string Place(ClauseId id)
    {
        var parts = new List<string>();
        string? parent = null;
        foreach (var segment in id.Segments)
        {
            parts.Add(Describe(segment, parent));
            parent = segment.Kind;
        }
        return string.Join(Separator, parts);
    }

    /// <summary>What stands between the parts of a place (nothing in Chinese, a comma in English).</summary>
    protected abstract string Separator { get; }

    /// <summary>One segment of an eId as this language cites it; <paramref name="parent"/> is the kind of the segment before it.</summary>
    protected abstract string Describe(ClauseIdSegment segment, string? parent);
}
