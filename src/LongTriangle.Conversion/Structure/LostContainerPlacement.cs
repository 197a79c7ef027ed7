using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Moves a container whose heading was lost from where its number proved the loss (just before the next
/// numbered line) to where its content begins, using the genre's evidence. The numbering only shows that
/// （二） is missing when （三） arrives, and that a part is missing when （一） restarts; the paragraphs in
/// between were read as the previous container's. Two signs show where they really start:
/// <list type="bullet">
/// <item>a sibling lost between two others (（一）…（三）) begins at a trailing run of parallel run-in items
/// that open alike (坚持全域融入。… 坚持战略协同。…), when the previous container keeps text of its own
/// before the run (its own clause, or paragraphs): 基本原则 after 指导思想 is the genre's model;</item>
/// <item>a lost parent (三、 found at a restart) begins at the paragraph that introduces a new subject: a
/// plain paragraph (no run-in heading, and not a target such as 到2035年… that continues a series of goals)
/// after run-in items at the end of the previous part. It and what
/// follows move into the new parent as its own paragraphs; which of its lost sections they belong to is
/// left unsaid, since nothing proves it.</item>
/// </list>
/// Where no sign is found, the container stays where the numbering put it.
/// </summary>
internal static class LostContainerPlacement
{
    /// <summary>A run of one is not parallel.</summary>
    private const int ShortestRun = 2;

    /// <summary>Items open alike when they share their first two characters (坚持…, 推动…, 打造…).</summary>
    private const int SharedOpening = 2;

    /// <summary>Moves the paragraphs of a lost sibling into it; returns the seed line where its content now begins, or null.</summary>
    public static int? PlaceSibling(OutlineNode parent, OutlineNode missing)
    {
        var at = parent.Children.IndexOf(missing);
        if (at < 1 || parent.Children[at - 1] is not { IsParagraph: false, Missing: false } previous) return null;

        var trailing = TrailingParagraphs(previous);
        var runStart = trailing.Count;
        while (runStart > 0 && IsRunIn(trailing[runStart - 1])) runStart--;
        // The run is the longest tail of run-in items that open like the last one.
        var run = trailing.Skip(runStart).ToList();
        if (run.Count == 0) return null;
        var opening = Opening(run[^1]);
        run = [.. run.AsEnumerable().Reverse().TakeWhile(p => Opening(p) == opening).Reverse()];
        if (run.Count < ShortestRun) return null;

        var keepsOwnText = !previous.IsHeading || previous.Children.Count > run.Count;
        if (!keepsOwnText) return null;

        foreach (var paragraph in run) previous.Children.Remove(paragraph);
        missing.Children.InsertRange(0, run);
        return run[0].Line!.Number;
    }

    /// <summary>Moves a lost parent's introduction and what follows it into the parent; returns the seed line where it now begins, or null.</summary>
    public static int? PlaceParent(OutlineNode grandparent, OutlineNode missing)
    {
        var at = grandparent.Children.IndexOf(missing);
        if (at < 1 || grandparent.Children[at - 1] is not { IsParagraph: false } previous) return null;
        var holder = LastContainer(previous);
        var trailing = TrailingParagraphs(holder);

        // The first plain paragraph after run-in items introduces the new subject.
        var seenRunIn = false;
        var start = -1;
        for (var i = 0; i < trailing.Count; i++)
        {
            if (IsRunIn(trailing[i])) seenRunIn = true;
            else if (seenRunIn && !RunInHeading.OpensWithFigureOrTarget(trailing[i].Line!.Text)) { start = i; break; }
        }
        if (start < 0) return null;

        var moved = trailing.Skip(start).ToList();
        foreach (var paragraph in moved) holder.Children.Remove(paragraph);
        missing.Children.InsertRange(0, moved);
        return moved[0].Line!.Number;
    }

    private static OutlineNode LastContainer(OutlineNode node) =>
        node.Children.LastOrDefault(c => !c.IsParagraph) is { } last && node.Children[^1] == last ? LastContainer(last) : node;

    /// <summary>The paragraphs after the container's last child container.</summary>
    private static List<OutlineNode> TrailingParagraphs(OutlineNode node) =>
        [.. node.Children.AsEnumerable().Reverse().TakeWhile(c => c.IsParagraph).Reverse()];

    private static bool IsRunIn(OutlineNode paragraph) => RunInHeading.Length(paragraph.Line!.Text, ParagraphRole.Clause) > 0;

    private static string Opening(OutlineNode paragraph) => paragraph.Line!.Text[..Math.Min(SharedOpening, paragraph.Line.Text.Length)];
}
