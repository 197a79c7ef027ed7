using LongTriangle.Cli.Commands;
using LongTriangle.Publishing.Data;

namespace LongTriangle.Cli.Tests.Commands;

/// <summary>`translations stamp` records the hash of the Chinese on plain-string entries, and only on those.</summary>
public sealed class TranslationsCommandTests : IDisposable
{
    private static readonly Tool Tool = new([new ConvertCommand(), new TranslationsCommand()]);

    private readonly CliWorkspace _workspace = new(Tool);

    public void Dispose() => _workspace.Dispose();

    private string English => Path.Combine(_workspace.Root, "content", "en", "shanghai", "shanghai-plan.yml");

    [Fact]
    public void Stamp_records_the_hash_of_the_Chinese_each_plain_entry_translates()
    {
        _workspace.Run("convert").Exit.ShouldBe(ExitCodes.Ok);
        Directory.CreateDirectory(Path.GetDirectoryName(English)!);
        File.WriteAllText(English, """
            title: "Shanghai Implementation Plan"
            clauses:
              part_1__sec_1__para_1: "Guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era."
              preface__para_1:
                en: "Old English: the Chinese has changed since."
                zh_hash: "0123456789abcdef"
            headings:
              part_1__sec_1: "(I) Guiding Thought"
              part_1: "I. Clarifying the Overall Requirements"
              chp_99: "not an eId: left as it is"
            """);

        var (exit, output, errors) = _workspace.Run("translations", "stamp");

        errors.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Ok);
        output.ShouldBe("content/en/shanghai/shanghai-plan.yml: 3 entries stamped\ntranslations: 3 entries stamped\n", StringCompareShould.IgnoreLineEndings);
        File.ReadAllText(English).ShouldBe($"""
            title: "Shanghai Implementation Plan"
            headings:
              part_1:
                en: "I. Clarifying the Overall Requirements"
                zh_hash: "{TextHash.Short("一、明确总体要求")}"
              part_1__sec_1:
                en: "(I) Guiding Thought"
                zh_hash: "{TextHash.Short("（一）指导思想")}"
              chp_99: "not an eId: left as it is"
            clauses:
              preface__para_1:
                en: "Old English: the Chinese has changed since."
                zh_hash: "0123456789abcdef"
              part_1__sec_1__para_1:
                en: "Guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era."
                zh_hash: "{TextHash.Short("以习近平新时代中国特色社会主义思想为指导。")}"

            """, StringCompareShould.IgnoreLineEndings);

        _workspace.Run("translations", "stamp").Out.ShouldBe("translations: every entry already records its hash\n", StringCompareShould.IgnoreLineEndings);
    }

    [Fact]
    public void Stamp_keeps_the_english_of_the_missing_parts()
    {
        _workspace.Run("convert").Exit.ShouldBe(ExitCodes.Ok);
        Directory.CreateDirectory(Path.GetDirectoryName(English)!);
        File.WriteAllText(English, """
            title: "Shanghai Implementation Plan"
            missing:
              "前言": "the Preface"
              "#附件: 名单": "the annex: the list"
            headings:
              part_1: "I. Clarifying the Overall Requirements"
            """);

        _workspace.Run("translations", "stamp").Exit.ShouldBe(ExitCodes.Ok);

        var written = File.ReadAllText(English);
        written.ShouldStartWith("""
            title: "Shanghai Implementation Plan"
            missing:
            """, Case.Sensitive);
        written.ShouldContain("前言: \"the Preface\"");
        // A key YAML cannot write plain is quoted, so the file reads back as it was written.
        written.ShouldContain("'#附件: 名单': \"the annex: the list\"");
        _workspace.Run("translations", "stamp").Exit.ShouldBe(ExitCodes.Ok);
    }

    [Fact]
    public void Without_an_action_the_command_line_is_wrong()
    {
        var (exit, _, errors) = _workspace.Run("translations");
        exit.ShouldBe(ExitCodes.Usage);
        errors.ShouldContain("expected one of: stamp");
    }
}
