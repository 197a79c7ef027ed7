using System.Text;

namespace LongTriangle.Publishing.Assets;

/// <summary>
/// Minifies the theme's stylesheets and scripts for the published site (the same bytes in, the same bytes out).
/// Any other file, a file that is not UTF-8, and a script the <see cref="JavaScriptMinifier"/> cannot read with
/// certainty are published as they are.
/// </summary>
public static class ThemeAssetMinifier
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<(string Path, byte[] Bytes)> MinifyAll(IReadOnlyList<(string Path, byte[] Bytes)> assets) =>
        [.. assets.Select(a => (a.Path, Minify(a.Path, a.Bytes)))];

    public static byte[] Minify(string path, byte[] bytes)
    {
        var minify = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".css" => CssMinifier.Minify,
            ".js" or ".mjs" => JavaScriptMinifier.Minify,
            _ => (Func<string, string?>?)null,
        };
        if (minify is null) return bytes;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return bytes;
        }
        return minify(text) is { } minified ? StrictUtf8.GetBytes(minified) : bytes;
    }
}
