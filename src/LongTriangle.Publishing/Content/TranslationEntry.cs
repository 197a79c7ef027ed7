using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// The English of one heading or clause in <c>content/en</c>: the text, the hash of the Chinese it translates
/// (<see cref="Data.TextHash.Short"/>; null while the entry is a plain string nobody has stamped yet), or,
/// instead of English, the reason it has none; and the glossary terms this clause may render otherwise.
/// </summary>
/// <param name="Line">The line of the entry in its file, for messages.</param>
public sealed record TranslationEntry(
    string? English,
    string? ZhHash,
    string? Reason,
    ImmutableArray<GlossaryException> Exceptions,
    int Line)
{
    public bool HasEnglish => English is { } text && text.Trim().Length > 0;

    /// <summary>A plain-string entry (today's format): English only.</summary>
    public static TranslationEntry Plain(string english, int line) => new(english, null, null, [], line);
}

/// <summary>A glossary term (or a number of the Chinese) this clause's English may leave out or render otherwise, and why.</summary>
public sealed record GlossaryException(string Term, string Reason);
