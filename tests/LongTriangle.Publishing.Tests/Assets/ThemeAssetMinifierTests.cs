using System.Text;
using LongTriangle.Publishing.Assets;
using LongTriangle.Theme;

namespace LongTriangle.Publishing.Tests.Assets;

public sealed class ThemeAssetMinifierTests
{
    [Fact]
    public void Every_stylesheet_and_script_of_the_theme_is_minified_the_same_way_each_time()
    {
        var sources = ThemeAssets.Embedded().Where(a => a.Path.EndsWith(".css", StringComparison.Ordinal) || a.Path.EndsWith(".js", StringComparison.Ordinal)).ToList();
        sources.Count.ShouldBeGreaterThanOrEqualTo(7);
        foreach (var (path, bytes) in sources)
        {
            var minified = ThemeAssetMinifier.Minify(path, bytes);
            minified.Length.ShouldBeLessThan(bytes.Length, path);
            ThemeAssetMinifier.Minify(path, bytes).ShouldBe(minified, path);
            ThemeAssetMinifier.Minify(path, minified).ShouldBe(minified, $"{path}: minifying twice changes nothing");
        }
    }

    [Fact]
    public void Other_files_and_text_that_is_not_utf8_are_published_as_they_are()
    {
        byte[] svg = Encoding.UTF8.GetBytes("<svg>  <!-- x -->  </svg>");
        ThemeAssetMinifier.Minify("icons/favicon.svg", svg).ShouldBeSameAs(svg);
        byte[] latin1 = [0x61, 0x20, 0x7B, 0x20, 0xE9, 0x20, 0x7D];
        ThemeAssetMinifier.Minify("css/x.css", latin1).ShouldBeSameAs(latin1);
    }
}
