namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// Runs one seed made of fragment lines through the whole converter (seeds folder → content/zh), as a new
/// seed from an unseen website would go: returns the Markdown written, or the one-line error the user sees.
/// </summary>
internal static class GenreSeed
{
    public static string Convert(params string[] lines)
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("020_unseen.txt", lines);
        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);
        var markdown = Directory.GetFiles(workspace.Zh, "*.md", SearchOption.AllDirectories).ShouldHaveSingleItem();
        return File.ReadAllText(markdown);
    }

    public static ConversionException Refusal(params string[] lines)
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("020_unseen.txt", lines);
        var error = Should.Throw<ConversionException>(() => new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false));
        Directory.Exists(workspace.Zh).ShouldBeFalse(); // nothing half-written
        return error;
    }
}
