using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace LongTriangle.Publishing.Data;

/// <summary>Writes JSON the same way every time: indented, LF line endings, Chinese unescaped, final newline.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static void StringOrSkip(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }
}
