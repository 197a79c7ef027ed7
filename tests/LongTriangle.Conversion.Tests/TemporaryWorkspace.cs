namespace LongTriangle.Conversion.Tests;

/// <summary>A seeds folder and a content folder (with the repository's site.yml) in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TemporaryWorkspace : IDisposable
{
    public TemporaryWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "longtriangle-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Seeds);
        Directory.CreateDirectory(Content);
        File.Copy(Path.Combine(RepositoryRoot.Content, "site.yml"), Path.Combine(Content, "site.yml"));
    }

    public string Root { get; }

    public string Seeds => Path.Combine(Root, "seeds");

    public string Content => Path.Combine(Root, "content");

    public string Zh => Path.Combine(Content, "zh");

    public void Seed(string name, params string[] lines) => File.WriteAllText(Path.Combine(Seeds, name), string.Join("\n", lines) + "\n");

    public void Sidecar(string seedName, string yaml) => File.WriteAllText(Path.Combine(Seeds, seedName + ".yml"), yaml);

    /// <summary>Every file under content/, relative, with its bytes: a snapshot to compare before and after.</summary>
    public SortedDictionary<string, string> ContentFiles() =>
        new(Directory.GetFiles(Content, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Content, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
