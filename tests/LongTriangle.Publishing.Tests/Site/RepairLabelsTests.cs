using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>
/// That every rendition labels every kind is checked by the compiler (the labels are a switch over
/// <see cref="RepairKind"/> with no default arm). This checks what the compiler cannot: the labels are words
/// for readers, and no two kinds read the same in one rendition.
/// </summary>
public sealed class RepairLabelsTests
{
    [Fact]
    public void Every_rendition_labels_each_kind_of_repair_in_its_own_words()
    {
        foreach (var rendition in Renditions.All)
        {
            var labels = RepairKinds.All.Select(rendition.Strings.RepairLabel).ToList();
            labels.ShouldAllBe(label => label.Trim().Length > 0, rendition.Code);
            labels.ShouldBeUnique(rendition.Code);
            labels.ShouldNotContain(label => RepairKinds.Read(label) != null, rendition.Code);
        }
    }
}
