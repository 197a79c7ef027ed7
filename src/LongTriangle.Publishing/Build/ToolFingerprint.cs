namespace LongTriangle.Publishing.Build;

/// <summary>
/// What the tool is, as a hash every cache key starts with: the bytes of every assembly and dependency list in
/// the tool's folder (its own code, the theme, the libraries it ships with), the .NET runtime's version, and
/// whatever else the caller names (the search indexer's executable and npm's record of its packages). Any rebuild
/// of the tool that changes a byte of it, and any other runtime, misses the whole cache.
/// </summary>
public sealed record ToolFingerprint(byte[] Hash)
{
    private const int PieceSize = 64 * 1024;

    /// <summary>The fingerprint of the running tool (its folder is <see cref="AppContext.BaseDirectory"/>) and of <paramref name="otherFiles"/> (missing ones count as missing).</summary>
    public static ToolFingerprint OfRunningTool(params string[] otherFiles) => Of(AppContext.BaseDirectory, otherFiles);

    public static ToolFingerprint Of(string toolDirectory, IReadOnlyList<string> otherFiles)
    {
        var files = Directory.EnumerateFiles(toolDirectory, "*.dll")
            .Concat(Directory.EnumerateFiles(toolDirectory, "*.deps.json"))
            .Concat(Directory.EnumerateFiles(toolDirectory, "*.runtimeconfig.json"))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .Concat(otherFiles.Select(Path.GetFullPath));
        var key = new CacheKey(CacheArea.Page).Add(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
        foreach (var file in files)
        {
            key.Add(Path.GetFileName(file));
            key.Add(File.Exists(file) ? Digest(file) : "missing"u8);
        }
        return new ToolFingerprint(Convert.FromHexString(key.Hex()));
    }

    /// <summary>The SHA-256 of a file's bytes, read in 64 KB pieces: the search indexer's executable is about 60 MB, which read
    /// whole was an array of that size on the large-object heap at every build's start.</summary>
    private static byte[] Digest(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        using var hash = new Sha256Stream();
        stream.CopyTo(hash, PieceSize);
        return hash.Hash();
    }
}
