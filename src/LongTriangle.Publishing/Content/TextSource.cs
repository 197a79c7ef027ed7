namespace LongTriangle.Publishing.Content;

/// <summary>Where a rendition's text comes from.</summary>
public enum TextSource
{
    /// <summary>The issuing authority's text as converted from the seeds (content/zh): the one to trust.</summary>
    Authoritative,

    /// <summary>Generated at build time from the authoritative text by a conversion (character forms), never edited.</summary>
    Converted,

    /// <summary>A translation kept in content/&lt;code&gt;; where an entry is missing the authoritative text stands in, marked.</summary>
    Translated,
}
