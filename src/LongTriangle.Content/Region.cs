using System.Collections.Immutable;

namespace LongTriangle.Content;

/// <summary>
/// A region of the site as listed in <c>content/site.yml</c>: its id (a folder and URL segment), its name in
/// the authoritative Chinese (<c>zh:</c>), and its name in each translation under the translation's code
/// (<c>en: Shanghai</c>). A rendition converted from the Chinese (the Traditional edition) derives its name
/// from the Chinese, so adding such a rendition adds nothing here.
/// </summary>
/// <param name="Name">The name as the authoritative text writes it (上海).</param>
/// <param name="TranslatedNames">The name in each translation, by the translation's code.</param>
public sealed record Region(string Id, string Name, ImmutableSortedDictionary<string, string> TranslatedNames)
{
    /// <summary>The key of the authoritative name in site.yml: the code of the authoritative content folder, <c>content/zh</c>.</summary>
    public const string AuthoritativeKey = "zh";
}
