namespace LongTriangle.Publishing.Serving;

/// <summary>
/// Watches the folders the site is built from and calls back once a burst of changes has settled
/// (editors write a file in several steps). Changes to the anchors ledger, which check writes, and to
/// build output are ignored.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _settle;
    private readonly object _gate = new();
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private readonly TimeSpan _quiet;

    public SourceWatcher(IEnumerable<string> folders, Action<IReadOnlyList<string>> changed, TimeSpan quiet)
    {
        _quiet = quiet;
        _settle = new Timer(_ =>
        {
            string[] files;
            lock (_gate)
            {
                files = [.. _changed];
                _changed.Clear();
            }
            if (files.Length > 0) changed(files);
        });
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => Note(e.FullPath);
            _watchers.Add(watcher);
        }
    }

    private void Note(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name == "anchors.json") return;
        if (path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) return;
        lock (_gate) _changed.Add(path);
        _settle.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _settle.Dispose();
    }
}
