using System.Diagnostics;
using System.Text.RegularExpressions;
using LongTriangle.Inputs;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// Builds go to a fresh folder beside the output and replace it only when complete and checked, so a
/// failed build leaves the previous site untouched and a reader never sees half a site. Every folder the
/// build makes carries a marker file, and only folders with that marker are ever replaced or removed.
/// </summary>
public static partial class OutputSwap
{
    /// <summary>The file every built site holds: the proof that a folder is a site this tool built, and may be replaced.</summary>
    public const string MarkerFile = ".longtriangle-site";

    private const string MarkerText = "This folder was built by `longtriangle build`; the next build replaces all of it.\n";

    /// <summary>
    /// Replacing the output deletes what was there, so the output is checked before any work: it must not be
    /// a file or a link, nor one of <paramref name="protectedFolders"/> (seeds, content, theme, source, the
    /// repository), nor inside or around one of them; and a folder that exists must be empty or a site this
    /// tool built (it holds <see cref="MarkerFile"/>). The message says what to do.
    /// </summary>
    public static void CheckReplaceable(string output, IReadOnlyList<string> protectedFolders)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var kind = FileKinds.Of(full);
        if (kind is not (FileKind.Missing or FileKind.Directory))
            throw new IOException($"{output}: the output folder is {(kind == FileKind.SymbolicLink ? "a symbolic link" : "a file, not a folder")}, and building replaces it; choose another output folder (--out)");
        foreach (var folder in protectedFolders)
        {
            var guarded = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
            if (Contains(full, guarded) || Contains(guarded, full))
                throw new IOException($"{output}: the output folder is, holds or lies inside {guarded}, and building replaces it entirely; choose another output folder (--out)");
        }
        if (Path.Exists(Path.Combine(full, ".git")))
            throw new IOException($"{output}: the output folder is a repository (it has .git), and building replaces it entirely; choose another output folder (--out)");
        if (kind == FileKind.Directory && Directory.EnumerateFileSystemEntries(full).Any() && FileKinds.Of(Path.Combine(full, MarkerFile)) != FileKind.RegularFile)
            throw new IOException($"{output}: the output folder already exists and is not a site this tool built (it has no {MarkerFile}), and building would replace it; choose another output folder (--out), new or empty, or remove it yourself if it is an old build");
    }

    /// <summary>
    /// A new folder beside <paramref name="output"/> (same file system, so the swap is a rename), named with
    /// this process's id so that a later run can tell a folder left by a killed build from one in use.
    /// </summary>
    public static string CreateStaging(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(full) ?? throw new IOException($"{output}: cannot build into a file system root");
        Directory.CreateDirectory(parent);
        RemoveStale(full);
        var staging = Path.Combine(parent, Name(full, "building"));
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, MarkerFile), MarkerText);
        return staging;
    }

    /// <summary>
    /// Moves the staged site into place: two renames. The old site is left beside it under a previous-site name, for
    /// the next build to remove (<see cref="PreviousSites"/>) while it works: removing a site of tens of thousands of
    /// names waits on the file system for seconds, and not before the next build has carried its pages over, since
    /// removing a name changes the change time of a page the published site shares (<see cref="PublishedPages"/>).
    /// </summary>
    public static void Replace(string staging, string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        FolderSwap.Exchange(staging, full, Path.Combine(Path.GetDirectoryName(full)!, Name(full, "previous")));
    }

    /// <summary>
    /// The previous sites beside <paramref name="output"/> that a build may remove: left by a finished swap (of a process
    /// no longer running, or of this one), holding the marker, while a site is in place (else <see cref="RemoveStale"/>
    /// puts one back).
    /// </summary>
    public static IReadOnlyList<string> PreviousSites(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent) || FileKinds.Of(full) != FileKind.Directory) return [];
        var prefix = "." + Path.GetFileName(full) + ".";
        return [.. Directory.EnumerateDirectories(parent, prefix + "*").Order(StringComparer.Ordinal).Where(folder =>
        {
            var match = LeftFolder().Match(Path.GetFileName(folder)[prefix.Length..]);
            if (!match.Success || match.Groups["role"].Value != "previous" || FileKinds.Of(folder) != FileKind.Directory) return false;
            var pid = int.Parse(match.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return (pid == Environment.ProcessId || !IsRunning(pid)) && FileKinds.Of(Path.Combine(folder, MarkerFile)) == FileKind.RegularFile;
        })];
    }

    /// <summary>
    /// How many threads remove a previous site: removing names waits on the file system (its journal and inode tables)
    /// more than on the processor, so more threads than cores overlap those waits. A site of 56,000 names (N = 1,000)
    /// took 3.6–3.9 s to remove by one thread, 2.8–3.4 s by two, 2.5–3.1 s by four and 2.4 s by eight on the 2-core machine.
    /// </summary>
    private const int RemovalThreads = 4;

    /// <summary>
    /// Removes the folders <see cref="PreviousSites"/> found, the marker last: a removal cut short (a killed build)
    /// leaves a marked folder, which the next build removes. The entries two levels below a site (a language's regions
    /// and pages, the search bundle's folders) are removed by <see cref="RemovalThreads"/> threads at once, then the
    /// folders above them, deepest first.
    /// </summary>
    public static void RemovePrevious(IReadOnlyList<string> folders)
    {
        foreach (var folder in folders)
        {
            var entries = new List<string>();
            var emptied = new List<string>();
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(e => Path.GetFileName(e) != MarkerFile).Order(StringComparer.Ordinal))
                Spread(entry, levels: 2, entries, emptied);
            RemoveOnThreads(entries);
            for (var i = emptied.Count - 1; i >= 0; i--) Directory.Delete(emptied[i]);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Removes <paramref name="entries"/> on <see cref="RemovalThreads"/> threads of their own, each taking the next entry
    /// as it is free; rethrows the first failure. Not on the thread pool: a removal waits on the file system, and on
    /// pool threads it held the pool's few threads (as many as cores) while the build's own parallel work beside it
    /// waited for the pool to add more: the link check beside a removal took 2.5–7.6 s instead of 1.0–1.5 s (N = 1,000,
    /// docs/scale.md, "Rebuilding in place").
    /// </summary>
    private static void RemoveOnThreads(IReadOnlyList<string> entries)
    {
        var next = -1;
        Exception? failure = null;
        var threads = Enumerable.Range(0, RemovalThreads).Select(_ => new Thread(() =>
        {
            for (int i; Volatile.Read(ref failure) is null && (i = Interlocked.Increment(ref next)) < entries.Count;)
            {
                try
                {
                    Remove(entries[i]);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                }
            }
        }) { IsBackground = true, Name = "site removal" }).ToList();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }

    /// <summary>
    /// Lists what removing <paramref name="entry"/> takes: itself when it is not a folder (a link to one is a name like any
    /// other) or <paramref name="levels"/> is spent, else the entries inside it, a level further down, and the folder
    /// itself among <paramref name="emptied"/> (after the folders it lies in).
    /// </summary>
    private static void Spread(string entry, int levels, List<string> entries, List<string> emptied)
    {
        if (levels == 0 || FileKinds.Of(entry) != FileKind.Directory)
        {
            entries.Add(entry);
            return;
        }
        emptied.Add(entry);
        foreach (var inner in Directory.EnumerateFileSystemEntries(entry).Order(StringComparer.Ordinal))
            Spread(inner, levels - 1, entries, emptied);
    }

    private static void Remove(string entry)
    {
        if (FileKinds.Of(entry) == FileKind.Directory) Directory.Delete(entry, recursive: true);
        else File.Delete(entry);
    }

    public static void Discard(string staging)
    {
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }

    /// <summary>
    /// Removes the staging and previous-site folders a killed build left beside <paramref name="output"/>:
    /// named by this tool's pattern, made by a process that is no longer running, and holding the marker (or
    /// nothing at all). A previous site left by a build killed between its two renames, with no site in
    /// place, is put back instead; with a site in place it is left for <see cref="RemovePrevious"/>. A folder of a
    /// build still running, or anything else, is left alone.
    /// </summary>
    public static void RemoveStale(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent)) return;
        var prefix = "." + Path.GetFileName(full) + ".";
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var match = LeftFolder().Match(Path.GetFileName(folder)[prefix.Length..]);
            if (!match.Success || FileKinds.Of(folder) != FileKind.Directory) continue;
            if (IsRunning(int.Parse(match.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture))) continue;
            var marked = FileKinds.Of(Path.Combine(folder, MarkerFile)) == FileKind.RegularFile;
            if (marked && match.Groups["role"].Value == "previous" && (FolderSwap.Recover(full, folder) || Directory.Exists(full))) continue;
            if (marked || !Directory.EnumerateFileSystemEntries(folder).Any())
                Directory.Delete(folder, recursive: true);
        }
    }

    private static string Name(string full, string role) =>
        $".{Path.GetFileName(full)}.{role}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies inside it.</summary>
    private static bool Contains(string outer, string inner) =>
        inner == outer || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal) || outer == Path.GetPathRoot(outer);

    [GeneratedRegex("^(?<role>building|previous)-(?<pid>[0-9]{1,10})-[0-9a-f]{32}$")]
    private static partial Regex LeftFolder();
}
