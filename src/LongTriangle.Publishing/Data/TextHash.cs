using System.Security.Cryptography;
using System.Text;

namespace LongTriangle.Publishing.Data;

/// <summary>
/// The hash of a clause's text as published: SHA-256 of the NFC-normalised text with runs of white space
/// collapsed, in lower-case hex. Used in the JSON data and in content/anchors.json.
/// </summary>
public static class TextHash
{
    /// <summary>Hex digits of the hash a translation records for the Chinese it translates (64 bits: plenty to notice a change).</summary>
    public const int ShortLength = 16;

    public static string Normalise(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Of(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))));

    /// <summary>The first <see cref="ShortLength"/> hex digits of <see cref="Of"/>: what content/en records as zh_hash.</summary>
    public static string Short(string text) => Of(text)[..ShortLength];
}
