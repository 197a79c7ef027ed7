using LongTriangle.Inputs;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads a file of content/ as the rules for every input say (<see cref="InputFiles"/>): a regular file
/// inside the content folder reached without a link, within its size, and UTF-8 (the error names the line
/// of the first invalid byte). Every refusal is a <see cref="ContentException"/> naming the file. (The
/// readers refuse invisible characters in what the files say: YAML values, the Markdown body.)
/// </summary>
internal static class ContentFiles
{
    public static string ReadText(string path, string contentRoot, string display, string what, long maximumBytes) =>
        AsContentProblem(() => InputFiles.ReadUtf8(path, contentRoot, what, maximumBytes, display));

    public static byte[] ReadBytes(string path, string contentRoot, string display, string what, long maximumBytes) =>
        AsContentProblem(() => InputFiles.ReadBytes(path, contentRoot, what, maximumBytes, display));

    /// <summary>True when something is at <paramref name="path"/>, a broken link included (it is then refused, not skipped).</summary>
    public static bool Exists(string path) => FileKinds.Of(path) != FileKind.Missing;

    /// <summary>Runs a read or a parse, turning the shared rules' refusals into content problems.</summary>
    public static T AsContentProblem<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InputException e) when (e is not ContentException)
        {
            throw new ContentException(e.File, e.Line, e.Problem, e.Key);
        }
    }
}
