namespace LongTriangle.Content;

/// <summary>The special role of a paragraph, written as a class in Markdown (none for ordinary clauses).</summary>
public enum ParagraphRole
{
    Clause,
    /// <summary>The notice header: addressees, forwarding sentence, issuer, date (<c>.notice</c>).</summary>
    Notice,
    /// <summary>Before the first heading (<c>.preface</c>).</summary>
    Preface,
    /// <summary>The tail of a part that is missing from the seed, e.g. after a 上接第五版 marker (<c>.fragment</c>).</summary>
    Fragment,
    /// <summary>The signature the document ends with: issuer, date, note on publication (<c>.closing</c>).</summary>
    Closing,
}
