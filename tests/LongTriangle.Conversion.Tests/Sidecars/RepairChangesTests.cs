using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Sidecars;

public sealed class RepairChangesTests
{
    [Fact]
    public void A_lines_words_joined_by_spaces_become_one_change_each()
    {
        var changes = RepairChanges.Split(new Repair(RepairKind.ScriptConverted, 4, "貫徹 長 區", "贯彻 长 区", "3 changes")).ToList();
        changes.Select(c => (c.Before, c.After, c.Line, c.Note)).ShouldBe([("貫徹", "贯彻", 4, (string?)null), ("長", "长", 4, null), ("區", "区", 4, null)]);
    }

    [Fact]
    public void Punctuation_restored_on_a_line_is_one_change_per_mark() =>
        RepairChanges.Split(new Repair(RepairKind.PunctuationRestored, 5, ", , :", "， ， ：", "3 marks")).Count().ShouldBe(3);

    [Fact]
    public void A_reversed_paragraph_is_aligned_into_its_changes_with_a_little_shared_text_around_each()
    {
        // A spun sentence and its reversal: three phrases differ (地方, 摆设, 配合), the rest is shared.
        var repair = new Repair(RepairKind.SpinnerReversed, 2,
            "全面贯彻落实党地方决策摆设，配合加快推进长三角一体化",
            "全面贯彻落实党中央决策部署，共同加快推进长三角一体化", "3 phrases restored");
        RepairChanges.Split(repair).Select(c => c.Before + "→" + c.After)
            .ShouldBe(["实党地方决策→实党中央决策", "决策摆设，→决策部署，", "，配合加快→，共同加快"]);
    }

    [Fact]
    public void Short_changes_and_deletions_stay_whole() =>
        RepairChanges.Split(new Repair(RepairKind.ChromeRemoved, 9, "来源:中国网地产 2020-01-10 17:02:09", "")).ShouldHaveSingleItem();

    [Fact]
    public void Each_change_gets_the_clause_its_seed_line_starts_or_the_one_that_holds_it()
    {
        var structure = StructureStage.Apply(Fragments.Text(
            "第九章 创新一体化发展体制机制",
            "建立标准统一管理制度。加强长三角标准领域合作。"));
        var body = structure.Body;
        var paragraph = body.Single(b => b is Paragraph);
        var changes = RepairChanges.PerChange(
            [new Repair(RepairKind.ScriptConverted, paragraph.Line, "標準 長", "标准 长"), new Repair(RepairKind.ChromeRemoved, 99, "责任编辑", "")],
            body);
        changes.Select(c => c.Eid).ShouldBe([paragraph.Id.Value, paragraph.Id.Value, null]);
    }
}
