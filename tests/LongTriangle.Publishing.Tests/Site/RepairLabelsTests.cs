using System.Reflection;
using LongTriangle.Conversion.Model;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Tests.Site;

public sealed class RepairLabelsTests
{
    /// <summary>Every kind of repair the converter can record (the constants of <see cref="RepairKind"/>).</summary>
    public static TheoryData<string> Kinds =>
    [
        .. typeof(RepairKind).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_of_repair_has_a_label_in_every_rendition(string kind)
    {
        // The strings give the kind itself back when they have no label for it.
        foreach (var rendition in Renditions.All)
            rendition.Strings.RepairKind(kind).ShouldNotBe(kind, rendition.Code);
    }
}
