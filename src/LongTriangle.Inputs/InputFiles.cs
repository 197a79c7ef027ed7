using System.IO.Enumeration;
using System.Text;

namespace LongTriangle.Inputs;

/// <summary>
/// The one way the tool opens an input (a seed, a sidecar, a file of content/ or of the theme). A pull request
/// can commit anything git stores, so a file is read only when it is a regular file lying inside the folder
/// it was found in, with no symbolic link on the way: a link to /etc/passwd, a device, a named pipe, a
/// folder, or a path leading outside is refused with one line naming it, never followed.
/// </summary>
public static class InputFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Throws unless <paramref name="path"/> is a regular file inside <paramref name="root"/> reached without a link.</summary>
    /// <param name="what">What the file is to the reader of the message ("seed", "translation").</param>
    /// <param name="display">How the message names the file (default: its path).</param>
    public static void RequireRegularFile(string path, string root, string what, string? display = null)
    {
        display ??= path;
        var full = Path.GetFullPath(path);
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (!full.StartsWith(top + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InputException(display, null, $"the {what} lies outside {top}; the tool reads only files inside the folders it is given");

        // Every folder from the root down, then the file: a link anywhere could lead out of the repository.
        var current = top;
        foreach (var part in Path.GetRelativePath(top, full).Split(Path.DirectorySeparatorChar))
        {
            if (FileKinds.Of(current) == FileKind.SymbolicLink)
                throw new InputException(display, null, $"the folder {current} is a symbolic link; the tool follows no links in its inputs (replace it with a real folder)");
            current = Path.Combine(current, part);
        }

        var kind = FileKinds.Of(full);
        if (kind == FileKind.RegularFile) return;
        throw new InputException(display, null, kind switch
        {
            FileKind.SymbolicLink => $"this {what} is a symbolic link{LinkTarget(full)}; the tool reads only regular files inside the repository and follows no links (replace it with the file itself)",
            FileKind.Directory => $"this {what} is a folder, not a file (rename or remove it)",
            FileKind.Missing => $"the {what} does not exist",
            FileKind.NamedPipe => $"this {what} is a named pipe, not a regular file (remove it)",
            FileKind.Socket => $"this {what} is a socket, not a regular file (remove it)",
            _ => $"this {what} is a device, not a regular file (remove it)",
        });
    }

    /// <summary>
    /// The files below <paramref name="root"/> whose names match <paramref name="pattern"/> (e.g. *.md), and
    /// every symbolic link on the way whatever its name, in ordinal order. Links are listed so that the caller
    /// refuses them, and never entered: .NET's own recursion follows them, and a few links to ".." make the
    /// walk exponential.
    /// </summary>
    public static IReadOnlyList<string> Find(string root, string pattern)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var found = new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                (entry.Attributes & FileAttributes.ReparsePoint) != 0
                || !entry.IsDirectory && FileSystemName.MatchesSimpleExpression(pattern, entry.FileName),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return [.. found.Order(StringComparer.Ordinal)];
    }

    /// <summary>The bytes of a regular input file, refused when larger than <paramref name="maximumBytes"/>.</summary>
    public static byte[] ReadBytes(string path, string root, string what, long maximumBytes, string? display = null)
    {
        display ??= path;
        RequireRegularFile(path, root, what, display);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > maximumBytes)
                throw new InputException(display, null, $"the {what} is larger than the {Size(maximumBytes)} a {what} may be ({stream.Length} bytes)");
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(display, null, $"the {what} cannot be read ({e.Message.TrimEnd('.')}); make it a readable file, or remove it");
        }
    }

    /// <summary>A regular input file that must be UTF-8 (a byte-order mark is allowed and dropped); the error names the line of the first invalid byte.</summary>
    public static string ReadUtf8(string path, string root, string what, long maximumBytes, string? display = null)
    {
        display ??= path;
        return DecodeUtf8(ReadBytes(path, root, what, maximumBytes, display), what, display);
    }

    public static string DecodeUtf8(byte[] bytes, string what, string display)
    {
        var skip = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            var at = skip + Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(at, bytes.Length)).Count((byte)'\n');
            throw new InputException(display, line, $"the {what} is not UTF-8 (an invalid byte on this line); save it as UTF-8");
        }
    }

    private static string LinkTarget(string path)
    {
        var target = new FileInfo(path).LinkTarget;
        return target is null ? "" : $" (to {target})";
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : $"{Math.Ceiling(bytes / 1024.0):0} KB";
}
