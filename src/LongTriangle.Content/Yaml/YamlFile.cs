using LongTriangle.Inputs;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Content.Yaml;

/// <summary>
/// Reads YAML into YamlDotNet's node tree and turns every shape problem into an <see cref="InputException"/>
/// naming the file, the line and the key: content is data written by people and by the converter. The one
/// reader of content YAML for the content format (front matter) and the site's other files.
/// </summary>
public static class YamlFile
{
    /// <param name="lineOffset">Lines before the YAML in the file (front matter starts after a --- line).</param>
    public static YamlMappingNode? ParseMapping(string text, string file, YamlLimits limits, int lineOffset = 0)
    {
        var stream = Load(text, file, limits, lineOffset);
        if (stream.Documents.Count == 0) return null;
        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" or "~" }) return null;
        return root as YamlMappingNode ?? throw new InputException(file, Line(root, lineOffset), "expected a mapping of keys to values");
    }

    /// <summary>Parses within the limits every YAML input has (<see cref="BoundedYaml"/>); every problem names the file.</summary>
    public static YamlStream Load(string text, string file, YamlLimits limits, int lineOffset = 0) =>
        Read(text, file, limits, parser =>
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream;
        }, lineOffset);

    /// <summary>
    /// Runs <paramref name="read"/> over the parser's events within the same limits and with the same errors as
    /// <see cref="Load"/>, for a reader that builds its own model from the events (a large file, where YamlDotNet's
    /// node tree would cost more than the parse). A <see cref="YamlException"/> the reader throws is worded as the
    /// parser's are.
    /// </summary>
    public static T Read<T>(string text, string file, YamlLimits limits, Func<IParser, T> read, int lineOffset = 0)
    {
        try
        {
            return BoundedYaml.Read(text, file, limits, read, lineOffset);
        }
        catch (YamlException e)
        {
            throw new InputException(file, (int)e.Start.Line + lineOffset, "not valid YAML: " + e.Message);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner reports some malformed input (e.g. an unclosed [) without a position.
            throw new InputException(file, null, "not valid YAML: " + e.Message);
        }
    }

    /// <summary>The line of an event of <see cref="Read"/>, as <see cref="Line(YamlNode, int)"/> gives a node's.</summary>
    public static int Line(ParsingEvent parsed, int lineOffset = 0) => (int)parsed.Start.Line + lineOffset;

    public static int Line(YamlNode node, int lineOffset = 0) => (int)node.Start.Line + lineOffset;
}
