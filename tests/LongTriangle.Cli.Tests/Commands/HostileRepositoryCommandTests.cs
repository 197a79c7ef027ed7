using System.Diagnostics;
using System.Text;
using LongTriangle.Cli.Commands;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Cli.Tests.Commands;

/// <summary>
/// What a pull request can put into content/ and what a careless command line can ask, through the tool as a
/// user runs it: bad translations are one line naming the file and line, and leave the previous site as it
/// was; an output folder the build must not replace is refused before any work, with nothing changed; a
/// killed build's leftovers go with the next run; invisible characters in a seed are removed and recorded.
/// </summary>
public sealed class HostileRepositoryCommandTests : IDisposable
{
    private static readonly Tool Tool = new([new ConvertCommand(), new BuildCommand(), new CheckCommand()]);

    private readonly CliWorkspace _workspace = new(Tool);

    public void Dispose() => _workspace.Dispose();

    private string Root => _workspace.Root;

    private string Translation => Path.Combine(Root, "content", "en", "shanghai", "shanghai-plan.yml");

    private (int Exit, string Out, string Err) Run(params string[] args) => _workspace.Run(args);

    private void MakeTranslation(string kind)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Translation)!);
        switch (kind)
        {
            case "not utf-8": File.WriteAllBytes(Translation, [.. "type: \"Plan\"\ntitle: \""u8, 0xC9, 0xCF, 0xBA, 0xA3, .. "\"\n"u8]); break;
            case "a bidi isolate": File.WriteAllText(Translation, "type: \"Plan\"\ntitle: \"Plan \u2067nalp\u2069\"\n"); break;
            case "anchors and aliases (billion laughs)": File.WriteAllText(Translation, "title: \"Plan\"\nheadings:\n" + Indent(HostileInputCommandTests.BillionLaughs(11))); break;
            case "a key with a line break and a terminal escape": File.WriteAllText(Translation, "title: \"Plan\"\n\"a\\nb\\e[2J\": \"x\"\n"); break;
            case "a link to a system file": File.CreateSymbolicLink(Translation, "/etc/passwd"); break;
            case "folder links looping back (an exponential walk)":
                foreach (var name in new[] { "a", "b", "c" })
                    Directory.CreateSymbolicLink(Path.Combine(Path.GetDirectoryName(Translation)!, name), "..");
                break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static string Indent(string yaml) => string.Concat(yaml.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "  " + l + "\n"));

    public static TheoryData<string, string, string> BadTranslations => new()
    {
        { "not utf-8", "content/en/shanghai/shanghai-plan.yml:2", "not UTF-8" },
        { "a bidi isolate", "content/en/shanghai/shanghai-plan.yml:2", "U+2067 (right-to-left isolate)" },
        { "anchors and aliases (billion laughs)", "content/en/shanghai/shanghai-plan.yml:3", "anchor" },
        { "a key with a line break and a terminal escape", "content/en/shanghai/shanghai-plan.yml:2 (a\\nbU+001B[2J)", "unknown key" },
        { "a link to a system file", "content/en/shanghai/shanghai-plan.yml", "symbolic link" },
        { "folder links looping back (an exponential walk)", "content/en/shanghai/a", "symbolic link (to ..)" },
    };

    [Theory]
    [MemberData(nameof(BadTranslations))]
    public void Build_refuses_a_bad_translation_in_one_line_and_keeps_the_previous_site(string kind, string names, string says)
    {
        Run("build").Exit.ShouldBe(ExitCodes.Ok);
        var before = Snapshot("_site");
        MakeTranslation(kind);

        var (exit, _, errors) = Run("build");

        exit.ShouldBe(ExitCodes.InputError, errors);
        OneErrorLine(errors).ShouldSatisfyAllConditions(line => line.ShouldContain(names), line => line.ShouldContain(says));
        Snapshot("_site").ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(BadTranslations))]
    public void Check_refuses_a_bad_translation_in_one_line(string kind, string names, string says)
    {
        Run("convert").Exit.ShouldBe(ExitCodes.Ok);
        MakeTranslation(kind);

        var (exit, _, errors) = Run("check");

        exit.ShouldBe(ExitCodes.InputError, errors);
        OneErrorLine(errors).ShouldSatisfyAllConditions(line => line.ShouldContain(names), line => line.ShouldContain(says));
    }

    public static TheoryData<string> ForbiddenOutputs =>
        ["seeds", "content", "content/en", "content/zh", "docs", "src", "theme/assets", ".", "..", "a plain file", "a folder of other files", "a link to a folder"];

    [Theory]
    [MemberData(nameof(ForbiddenOutputs))]
    public void Build_refuses_an_output_folder_it_must_not_replace_before_doing_any_work(string output)
    {
        // A repository: its own folders are as protected as seeds and content.
        File.WriteAllText(Path.Combine(Root, "LongTriangle.Site.sln"), "");
        Run("convert").Exit.ShouldBe(ExitCodes.Ok);
        Directory.CreateDirectory(Path.Combine(Root, "content", "en"));
        File.WriteAllText(Path.Combine(Root, "content", "en", "keep.yml"), "title: \"Plan\"\n");
        foreach (var folder in new[] { "docs", "src", "theme" }) Directory.CreateDirectory(Path.Combine(Root, folder));
        File.WriteAllText(Path.Combine(Root, "docs", "guide.md"), "# Guide\n");
        File.WriteAllText(Path.Combine(Root, "src", "Program.cs"), "// code\n");
        File.WriteAllText(Path.Combine(Root, "plain.txt"), "a file\n");
        Directory.CreateDirectory(Path.Combine(Root, "other"));
        File.WriteAllText(Path.Combine(Root, "other", "keep.txt"), "someone's file\n");
        var target = Directory.CreateTempSubdirectory("longtriangle-link-target-");
        File.WriteAllText(Path.Combine(target.FullName, "keep.txt"), "someone's file\n");
        File.CreateSymbolicLink(Path.Combine(Root, "linked"), target.FullName);
        var argument = output switch { "a plain file" => "plain.txt", "a folder of other files" => "other", "a link to a folder" => "linked", _ => output };
        var before = Snapshot(".");
        try
        {
            var (exit, stdout, errors) = Run("build", "--out", argument);

            exit.ShouldBe(ExitCodes.InputError, errors);
            OneErrorLine(errors).ShouldContain("choose");
            stdout.ShouldNotContain("convert", customMessage: "refused before converting");
            Snapshot(".").ShouldBe(before);
            File.ReadAllText(Path.Combine(target.FullName, "keep.txt")).ShouldBe("someone's file\n");
        }
        finally
        {
            target.Delete(recursive: true);
        }
    }

    [Fact]
    public void Build_replaces_its_own_previous_build_and_fills_an_empty_folder()
    {
        Directory.CreateDirectory(Path.Combine(Root, "empty"));

        Run("build", "--out", "empty").Exit.ShouldBe(ExitCodes.Ok);
        File.Exists(Path.Combine(Root, "empty", OutputSwap.MarkerFile)).ShouldBeTrue();
        Run("build", "--out", "empty").Exit.ShouldBe(ExitCodes.Ok);
    }

    [Fact]
    public void A_build_removes_what_a_killed_build_left_and_nothing_else()
    {
        Run("build").Exit.ShouldBe(ExitCodes.Ok);
        var dead = DeadProcessId();
        var left = Path.Combine(Root, $"._site.building-{dead}-{Guid.NewGuid():N}");
        var leftPrevious = Path.Combine(Root, $"._site.previous-{dead}-{Guid.NewGuid():N}");
        var notOurs = Path.Combine(Root, $"._site.building-{dead}-{Guid.NewGuid():N}");
        foreach (var folder in new[] { left, leftPrevious })
        {
            Directory.CreateDirectory(Path.Combine(folder, "zh"));
            File.WriteAllText(Path.Combine(folder, OutputSwap.MarkerFile), "");
            File.WriteAllText(Path.Combine(folder, "zh", "index.html"), "<!doctype html>");
        }
        Directory.CreateDirectory(notOurs);
        File.WriteAllText(Path.Combine(notOurs, "notes.txt"), "not a site: no marker");
        // A previous site whose removal was cut short after its marker, removed last, was: nothing left in it.
        var emptied = Path.Combine(Root, $"._site.previous-{dead}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(emptied);

        Run("build").Exit.ShouldBe(ExitCodes.Ok);

        Directory.Exists(emptied).ShouldBeFalse("an emptied previous site is removed");

        Directory.Exists(left).ShouldBeFalse("a killed build's staging folder is removed");
        Directory.Exists(leftPrevious).ShouldBeFalse("a previous site (left by a swap, or its removal cut short) is removed");
        File.ReadAllText(Path.Combine(notOurs, "notes.txt")).ShouldBe("not a site: no marker");
    }

    [Theory]
    [InlineData("._site.building-4242-0123456789abcdef0123456789abcdef/index.html")]
    [InlineData("._site.previous-4242-0123456789abcdef0123456789abcdef/index.html")]
    [InlineData("content/.zh.new/national/x.md")]
    [InlineData("content/.zh.old/national/x.md")]
    public void Leftovers_of_a_killed_run_are_ignored_by_git(string path)
    {
        using var git = Process.Start(new ProcessStartInfo("git", ["-C", RepositoryRoot.Path, "check-ignore", "--no-index", "-q", path])
        {
            RedirectStandardError = true,
        })!;
        git.WaitForExit();
        git.ExitCode.ShouldBe(0, $"git does not ignore {path}");
    }

    [Fact]
    public void Invisible_characters_in_a_seed_are_removed_recorded_and_never_published()
    {
        File.WriteAllText(_workspace.SeedPath, """
            上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案
            实施长江三角洲区域一体化发展战略，是党中央作出的重大决策部署。
            一、明确总体要求
            （一）指导思想
            以习近平新时代中国特色‮义主会社‬思想为指导，推进​一体化，⁧حزب⁩不变。
            （二）基本原则
            家庭👨‍👩‍👧表情与波斯文می‌خواهم保留连接符，孤立的‍连接符删除。
            """);

        var (exit, _, errors) = Run("build");

        errors.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Ok);
        var markdown = File.ReadAllText(Path.Combine(Root, "content", "zh", "shanghai", "shanghai-plan.md"));
        var provenance = File.ReadAllText(Path.Combine(Root, "content", "zh", "shanghai", "shanghai-plan.provenance.yml"));
        var page = File.ReadAllText(Path.Combine(Root, "_site", "zh", "shanghai", "shanghai-plan", "index.html"));
        foreach (var text in new[] { markdown, provenance, page })
            text.IndexOfAny(['\u202E', '\u202C', '\u200B', '\u2067', '\u2069']).ShouldBe(-1);
        markdown.ShouldContain("以习近平新时代中国特色义主会社思想为指导，推进一体化，حزب不变。");
        markdown.ShouldContain("家庭👨‍👩‍👧表情与波斯文می‌خواهم保留连接符，孤立的连接符删除。");
        provenance.ShouldContain("kind: \"invisible-character-removed\"");
        provenance.ShouldContain("<U+202E>");
        provenance.ShouldContain("U+202E (right-to-left override)");
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private static string OneErrorLine(string errors)
    {
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, errors);
        lines[0].ShouldStartWith("error: ");
        lines[0].ShouldNotContain("   at ");
        lines[0].ShouldNotContain('\u001b');
        return lines[0];
    }

    /// <summary>Every file below a folder of the workspace, by path, with its bytes (links as their target).</summary>
    private SortedDictionary<string, string> Snapshot(string folder)
    {
        var root = Path.GetFullPath(Path.Combine(Root, folder));
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var info = new FileInfo(entry);
            snapshot[Path.GetRelativePath(root, entry)] = info.LinkTarget is { } target ? "→ " + target
                : Directory.Exists(entry) ? "folder"
                : Convert.ToHexString(File.ReadAllBytes(entry));
        }
        return snapshot;
    }
}
