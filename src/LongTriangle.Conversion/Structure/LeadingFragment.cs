using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Where the body starts with the tail of a part the seed does not hold: the text after a continuation
/// marker (上接第五版, 接上版) before the first heading.
/// </summary>
/// <remarks>
/// The layout stage removes the marker and reports the line as <see cref="TextFacts.LeadingFragmentLine"/>;
/// a marker still in the text (structure run on uncleaned text, as in unit tests) is found here too.
/// </remarks>
public static partial class LeadingFragment
{
    /// <summary>The index in <paramref name="lines"/> (between start and the first heading) where a fragment begins, or null.</summary>
    public static int? Find(WorkingText text, IReadOnlyList<SourceLine> lines, int start, int firstHeading)
    {
        for (var i = start; i < firstHeading; i++)
            if (lines[i].Number == text.Facts.LeadingFragmentLine || ContinuationMarker().IsMatch(lines[i].Text))
                return i;
        return null;
    }

    [GeneratedRegex(@"^[（(]?\s*(上接|接上)(第?[0-9一二三四五六七八九十]+)?版\s*[）)]?")]
    private static partial Regex ContinuationMarker();
}
