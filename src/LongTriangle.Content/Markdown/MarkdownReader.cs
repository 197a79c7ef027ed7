using LongTriangle.Content.Yaml;
using LongTriangle.Inputs;

namespace LongTriangle.Content.Markdown;

/// <summary>
/// Reads a content Markdown file (what <see cref="MarkdownWriter"/> writes) into a <see cref="ContentDocument"/>.
/// Every problem is an <see cref="InputException"/> naming the file, and the line or key where known.
/// </summary>
public static class MarkdownReader
{
    /// <param name="file">How messages name the file.</param>
    public static ContentDocument Read(string text, string file)
    {
        var front = FrontMatter.Split(text, file);
        var yaml = YamlFile.ParseMapping(front.Yaml, file, YamlLimits.Document, lineOffset: 1)
            ?? throw new InputException(file, 2, "the front matter is empty");
        var metadata = FrontMatterReader.Read(new YamlMap(yaml, file, lineOffset: 1));
        // The converter removes invisible characters (bidi overrides, zero-width spaces); a body holding one was not written by it.
        InvisibleCharacters.Refuse(front.Body, file, front.BodyFirstLine);
        return new ContentDocument(metadata, BodyReader.Read(front.Body, file, front.BodyFirstLine));
    }
}
