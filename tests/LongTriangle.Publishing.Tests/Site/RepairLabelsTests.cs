using System.Reflection;
using LongTriangle.Conversion.Model;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Site;

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
    public void Every_kind_of_repair_has_a_label_in_both_languages(string kind)
    {
        // The strings give the kind itself back when they have no label for it.
        FrameFactory.StringsFor(Language.Zh).RepairKind(kind).ShouldNotBe(kind);
        FrameFactory.StringsFor(Language.En).RepairKind(kind).ShouldNotBe(kind);
    }
}
