namespace LongTriangle.Publishing.Content;

/// <summary>The two languages of the site. Chinese is the authoritative text; English is a reference translation.</summary>
public enum Language
{
    Zh,
    En,
}

public static class LanguageExtensions
{
    public static IReadOnlyList<Language> All { get; } = [Language.Zh, Language.En];

    /// <summary>The URL segment and content folder name: <c>zh</c>, <c>en</c>.</summary>
    public static string Code(this Language language) => language == Language.Zh ? "zh" : "en";

    /// <summary>The BCP 47 tag for <c>lang</c> and <c>hreflang</c>: Simplified Chinese is <c>zh-Hans</c>.</summary>
    public static string Tag(this Language language) => language == Language.Zh ? "zh-Hans" : "en";

    /// <summary>The OpenGraph locale.</summary>
    public static string OpenGraphLocale(this Language language) => language == Language.Zh ? "zh_CN" : "en_US";

    public static Language Other(this Language language) => language == Language.Zh ? Language.En : Language.Zh;
}
