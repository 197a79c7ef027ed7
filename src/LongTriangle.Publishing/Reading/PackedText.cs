namespace LongTriangle.Publishing.Reading;

/// <summary>
/// How <see cref="PackedWriter"/> marks a string: one header, -1 for null, else the count of bytes that follow times
/// two, plus one when they are UTF-8 (even: UTF-16 code units).
/// </summary>
internal static class PackedText
{
    public const int Null = -1;

    public static int Utf16Header(int byteCount) => byteCount << 1;

    public static int Utf8Header(int byteCount) => (byteCount << 1) | 1;

    public static bool IsUtf8(int header) => (header & 1) == 1;

    public static int ByteCount(int header) => header >> 1;
}
