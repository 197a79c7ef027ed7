using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Tests.Fixtures;

/// <summary>
/// A build cache's folder under the system temp folder, not made beforehand (a build cache takes over only a folder
/// it creates itself), deleted with everything in it when disposed.
/// </summary>
internal sealed class CacheFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "longtriangle-cache-" + Guid.NewGuid().ToString("N"));

    /// <summary>The cache in this folder, under a fixed fingerprint: every opening sees what the last one stored.</summary>
    public BuildCache Open() => BuildCache.Open(Path, new ToolFingerprint([7]));

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
