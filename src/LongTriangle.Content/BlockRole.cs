namespace LongTriangle.Content;

/// <summary>
/// The special role of a heading or paragraph of the body, written as one class in its attribute block
/// (<c>{#eId .notice}</c>): the converter writes it from the structure it found, the site reads it back
/// as this enum (never as a string) and gives it to the theme for styling.
/// </summary>
public enum BlockRole
{
    /// <summary>An ordinary heading or clause: no class.</summary>
    None,
    /// <summary>The notice header: addressees, forwarding sentence, issuer, date (<c>.notice</c>).</summary>
    Notice,
    /// <summary>Before the first heading (<c>.preface</c>).</summary>
    Preface,
    /// <summary>The tail of a part that is missing from the seed, e.g. after a 上接第五版 marker (<c>.fragment</c>).</summary>
    Fragment,
    /// <summary>The signature the document ends with: issuer, date, note on publication (<c>.closing</c>).</summary>
    Closing,
    /// <summary>A heading the numbering shows the source lost: only its number (<c>.heading-missing</c>).</summary>
    HeadingMissing,
    /// <summary>A lost heading an editor restored with its words from the official document (<c>.heading-restored</c>).</summary>
    HeadingRestored,
}

/// <summary>The class the content format writes for each <see cref="BlockRole"/>.</summary>
public static class BlockRoles
{
    /// <summary>The class name, or null for <see cref="BlockRole.None"/>.</summary>
    public static string? ClassName(this BlockRole role) => role switch
    {
        BlockRole.None => null,
        BlockRole.Notice => "notice",
        BlockRole.Preface => "preface",
        BlockRole.Fragment => "fragment",
        BlockRole.Closing => "closing",
        BlockRole.HeadingMissing => "heading-missing",
        BlockRole.HeadingRestored => "heading-restored",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The role a paragraph of the converter's model has in the content.</summary>
    public static BlockRole Of(ParagraphRole role) => role switch
    {
        ParagraphRole.Clause => BlockRole.None,
        ParagraphRole.Notice => BlockRole.Notice,
        ParagraphRole.Preface => BlockRole.Preface,
        ParagraphRole.Fragment => BlockRole.Fragment,
        ParagraphRole.Closing => BlockRole.Closing,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The role of a class of the content format; null for a class it does not define.</summary>
    public static BlockRole? FromClass(string className) =>
        Enum.GetValues<BlockRole>().Cast<BlockRole?>().FirstOrDefault(r => r!.Value.ClassName() == className);
}
