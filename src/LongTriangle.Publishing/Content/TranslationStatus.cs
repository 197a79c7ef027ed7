namespace LongTriangle.Publishing.Content;

/// <summary>Where the English of a heading or clause stands. Shown on every page and in the JSON.</summary>
public enum TranslationStatus
{
    /// <summary>English for the Chinese as it is now.</summary>
    Translated,

    /// <summary>English for an earlier Chinese text: still shown, marked "translation outdated".</summary>
    Outdated,

    /// <summary>No English yet: the Chinese stands in, marked "not yet translated".</summary>
    Untranslated,

    /// <summary>No English by decision, with a reason shown to the reader.</summary>
    Omitted,
}

public static class TranslationStatusExtensions
{
    /// <summary>The machine-readable name, in page markup (data-translation) and the JSON.</summary>
    public static string Name(this TranslationStatus status) => status switch
    {
        TranslationStatus.Translated => "translated",
        TranslationStatus.Outdated => "outdated",
        TranslationStatus.Untranslated => "untranslated",
        TranslationStatus.Omitted => "omitted",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
