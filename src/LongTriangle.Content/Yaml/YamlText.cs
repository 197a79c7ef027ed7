using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LongTriangle.Content.Yaml;

/// <summary>
/// Writes YAML through YamlDotNet's emitter with the project's rules: every string double-quoted (so no
/// seed or sidecar text can become YAML structure, whatever colons, quotes, # or line breaks it holds),
/// numbers and booleans plain, no line folding, "\n" line ends. Keys are the writer's own ASCII names.
/// </summary>
public sealed class YamlText
{
    private readonly StringWriter _output = new(CultureInfo.InvariantCulture) { NewLine = "\n" };
    private readonly Emitter _emitter;

    public YamlText()
    {
        _emitter = new Emitter(_output, bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false);
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
    }

    public YamlText Key(string key)
    {
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, key, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
        return this;
    }

    /// <summary>
    /// A double-quoted string. Invisible characters (bidi overrides, zero-width spaces) are written as
    /// &lt;U+XXXX&gt;: the body never holds them (a cleaning stage removes them), but a repair's "before"
    /// quotes the seed as it was, and the site refuses content that holds them.
    /// </summary>
    public YamlText String(string value)
    {
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, LongTriangle.Inputs.InvisibleCharacters.Visible(value), ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));
        return this;
    }

    public YamlText Number(int value)
    {
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
        return this;
    }

    public YamlText Boolean(bool value)
    {
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value ? "true" : "false", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
        return this;
    }

    public YamlText Field(string key, string value) => Key(key).String(value);

    /// <summary>Writes the field only when the value is known.</summary>
    public YamlText OptionalField(string key, string? value) => value is null ? this : Field(key, value);

    public YamlText Field(string key, int value) => Key(key).Number(value);

    public YamlText Field(string key, bool value) => Key(key).Boolean(value);

    public YamlText StartMapping(string key)
    {
        Key(key);
        _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        return this;
    }

    /// <summary>A mapping as an item of a list.</summary>
    public YamlText StartMapping()
    {
        _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        return this;
    }

    public YamlText EndMapping()
    {
        _emitter.Emit(new MappingEnd());
        return this;
    }

    public YamlText StartList(string key, bool flow = false)
    {
        Key(key);
        _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
        return this;
    }

    public YamlText EndList()
    {
        _emitter.Emit(new SequenceEnd());
        return this;
    }

    /// <summary>Closes the document and returns its text.</summary>
    public string Finish()
    {
        _emitter.Emit(new MappingEnd());
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
        return _output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
