using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LongTriangle.Publishing.Rendering;

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

    /// <summary>The same in chunks (<see cref="PageBytes"/>; the caller disposes them), for a file of megabytes: one
    /// array of it, and the buffers grown to hold it, would be large objects.</summary>
    public static PageBytes Write(Action<Utf8JsonWriter> write, PageChunkPool chunks)
    {
        var bytes = new PageBytes(chunks);
        try
        {
            using (var writer = new Utf8JsonWriter(bytes, Options))
            {
                write(writer);
            }
            bytes.Append((byte)'\n');
            return bytes;
        }
        catch
        {
            bytes.Dispose();
            throw;
        }
    }

    public static void StringOrSkip(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }
}
