using System.Text;
using LongTriangle.Cli.Commands;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Cli.Tests.Commands;

/// <summary>
/// The corpus of bad and odd seeds and sidecars, through the tool as a user runs it: readable input in any
/// supported encoding converts (exit 0); bad input is one line on stderr naming the file (and line or key),
/// exit 1, no stack trace — and `build` leaves the previous _site exactly as it was.
/// </summary>
public sealed class HostileInputCommandTests : IDisposable
{
    private static readonly Tool Tool = new([new ConvertCommand(), new BuildCommand()]);

    private const string Title = "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案";
    private const string Body = "实施长江三角洲区域一体化发展战略，是党中央作出的重大决策部署。\n一、明确总体要求\n以习近平新时代中国特色社会主义思想为指导。\n";
    private const string Traditional = "江蘇省推進長江三角洲區域一體化發展行動方案\n一、總體要求\n以習近平新時代中國特色社會主義思想為指導。\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "longtriangle-cli-" + Guid.NewGuid().ToString("N"));

    public HostileInputCommandTests()
    {
        Directory.CreateDirectory(Seeds);
        Directory.CreateDirectory(Path.Combine(_root, "content"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "site.yml"), Path.Combine(_root, "content", "site.yml"));
        File.WriteAllText(Path.Combine(Seeds, "001_plan.txt"), Title + "\n" + Body);
        File.WriteAllText(Path.Combine(Seeds, "001_plan.txt.yml"), "slug: shanghai-plan\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Seeds => Path.Combine(_root, "seeds");

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = Tool.Run(args, new CommandContext(_root, output, errors, Verbose: false));
        return (exit, output.ToString(), errors.ToString());
    }

    private void Bytes(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(Seeds, name), bytes);

    private void Text(string name, string text) => File.WriteAllText(Path.Combine(Seeds, name), text);

    /// <summary>Each bad input: how to make it, the file the error must name, and what else the line must say.</summary>
    private void Make(string kind)
    {
        switch (kind)
        {
            case "empty file": Bytes("002_x.txt", []); break;
            case "white space only": Text("002_x.txt", " \n\t\r\n\u3000\n"); break;
            case "png image": Bytes("002_x.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]); break;
            case "random bytes": Bytes("002_x.txt", [.. Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0xFF : 0x81))]); break;
            case "no structure, no title": Text("002_x.txt", "这是一段没有标题、没有编号的文字，只有一句话。\n"); break;
            case "folder named like a seed": Directory.CreateDirectory(Path.Combine(Seeds, "002_x.txt")); break;
            case "link to nothing": File.CreateSymbolicLink(Path.Combine(Seeds, "002_x.txt"), Path.Combine(Seeds, "nothing")); break;
            case "invalid yaml": Text("001_plan.txt.yml", "slug: shanghai-plan\ntitle: [unclosed\n"); break;
            case "unknown key": Text("001_plan.txt.yml", "slug: shanghai-plan\nregoin: shanghai\n"); break;
            case "sidecar not utf-8": Bytes("001_plan.txt.yml", [.. "slug: shanghai-plan\ntitle: \""u8, 0xC9, 0xCF, 0xBA, 0xA3, .. "\"\n"u8]); break;
            case "title with a line break": Text("001_plan.txt.yml", "slug: shanghai-plan\ntitle: \"第一行\\n---\\n第二行\"\n"); break;
            case "slug ../../x": Text("001_plan.txt.yml", "slug: \"../../x\"\n"); break;
            case "absolute slug": Text("001_plan.txt.yml", "slug: /etc/x\n"); break;
            case "two seeds, one slug":
                Text("002_x.txt", Title + "（第二份）\n" + Body);
                Text("002_x.txt.yml", "slug: shanghai-plan\n");
                break;
            case "erratum matching nothing": Text("001_plan.txt.yml", "slug: shanghai-plan\nerrata:\n  - find: \"没有的字\"\n    replace: \"x\"\n    reason: \"r\"\n"); break;
            case "sidecar without its seed": Text("003_gone.txt.yml", "slug: gone\n"); break;
            case "seed that is a link to a system file":
                File.CreateSymbolicLink(Path.Combine(Seeds, "900_pw.txt"), "/etc/passwd");
                Text("900_pw.txt.yml", "title: \"密码\"\nslug: pw\n");
                break;
            case "sidecar that is a link": File.Delete(Path.Combine(Seeds, "001_plan.txt.yml")); File.CreateSymbolicLink(Path.Combine(Seeds, "001_plan.txt.yml"), "/etc/passwd"); break;
            case "seed that is a named pipe": MakeFifo(Path.Combine(Seeds, "002_x.txt")); break;
            case "site.yml that is a link":
                File.Delete(SiteYml);
                File.CreateSymbolicLink(SiteYml, Path.Combine(RepositoryRoot.Path, "content", "site.yml"));
                break;
            case "seed over the size limit": Text("002_x.txt", Title + "\n" + string.Concat(Enumerable.Repeat(Body, 2 * 1024 * 1024 / Encoding.UTF8.GetByteCount(Body) + 1))); break;
            case "seed of more blocks than a page holds":
                Text("002_x.txt", Title + "（汇编）\n一、总则\n" + string.Concat(Enumerable.Range(1, 5_001).Select(n => $"{n}. 第{n}条。\n")));
                Text("002_x.txt.yml", "slug: compilation\n");
                break;
            case "sidecar with anchors and aliases (billion laughs)": Text("001_plan.txt.yml", "slug: shanghai-plan\n" + BillionLaughs(10)); break;
            case "sidecar with a merge key": Text("001_plan.txt.yml", "slug: shanghai-plan\n<<: {title: \"标题\"}\n"); break;
            case "sidecar with a complex key": Text("001_plan.txt.yml", "slug: shanghai-plan\n? [title, issuer]\n: \"标题\"\n"); break;
            case "sidecar nested too deep": Text("001_plan.txt.yml", "slug: shanghai-plan\nmissing: " + new string('[', 40) + new string(']', 40) + "\n"); break;
            case "sidecar over the size limit": Text("001_plan.txt.yml", "slug: shanghai-plan\n# " + new string('x', 1024 * 1024) + "\n"); break;
            case "sidecar with a bidi override": Text("001_plan.txt.yml", "slug: shanghai-plan\ntitle: \"上海市\u202E案方施实\u202C\"\n"); break;
            case "sidecar with an escaped zero-width space": Text("001_plan.txt.yml", "slug: shanghai-plan\nissuer: \"上海市\\u200B人民政府\"\n"); break;
            case "site.yml with a terminal escape in a region id":
                File.WriteAllText(SiteYml, File.ReadAllText(SiteYml).Replace("id: shanghai", "id: \"shanghai\\n\\e[2J\"", StringComparison.Ordinal));
                break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "empty file", "002_x.txt", "empty" },
        { "white space only", "002_x.txt", "no text" },
        { "png image", "002_x.txt", "PNG image" },
        { "random bytes", "002_x.txt", "cannot be decoded" },
        { "no structure, no title", "002_x.txt", "title" },
        { "folder named like a seed", "002_x.txt", "folder" },
        { "link to nothing", "002_x.txt", "symbolic link" },
        { "invalid yaml", "001_plan.txt.yml:", "invalid YAML" },
        { "unknown key", "001_plan.txt.yml:2 (regoin)", "unknown key" },
        { "sidecar not utf-8", "001_plan.txt.yml:2", "UTF-8" },
        { "title with a line break", "001_plan.txt.yml:2 (title)", "line break" },
        { "slug ../../x", "001_plan.txt.yml:1 (slug)", "is a path" },
        { "absolute slug", "001_plan.txt.yml:1 (slug)", "is a path" },
        { "two seeds, one slug", "002_x.txt.yml:1 (slug)", "001_plan.txt" },
        { "erratum matching nothing", "001_plan.txt.yml:3 (errata[0].find)", "matches nothing" },
        { "sidecar without its seed", "003_gone.txt.yml", "without its seed" },
        { "seed that is a link to a system file", "900_pw.txt", "symbolic link (to /etc/passwd)" },
        { "sidecar that is a link", "001_plan.txt.yml", "symbolic link" },
        { "seed that is a named pipe", "002_x.txt", "named pipe" },
        { "site.yml that is a link", "content/site.yml", "symbolic link" },
        { "seed over the size limit", "002_x.txt", "larger than the 2 MB a seed may be" },
        { "seed of more blocks than a page holds", "002_x.txt", "more than the 5000 one document may have" },
        { "sidecar with anchors and aliases (billion laughs)", "001_plan.txt.yml:2", "anchor" },
        { "sidecar with a merge key", "001_plan.txt.yml:2", "merge key" },
        { "sidecar with a complex key", "001_plan.txt.yml:2", "a key is a single value" },
        { "sidecar nested too deep", "001_plan.txt.yml:2", "levels of nesting" },
        { "sidecar over the size limit", "001_plan.txt.yml", "larger than the 1 MB a sidecar may be" },
        { "sidecar with a bidi override", "001_plan.txt.yml:2", "U+202E (right-to-left override)" },
        { "sidecar with an escaped zero-width space", "001_plan.txt.yml:2", "U+200B (zero-width space)" },
        { "site.yml with a terminal escape in a region id", "content/site.yml", "shanghai\\nU+001B[2J" },
    };

    private string SiteYml => Path.Combine(_root, "content", "site.yml");

    /// <summary>YAML's exponential blow-up: each level an alias used twice, as complex keys (hashing them is what took minutes).</summary>
    internal static string BillionLaughs(int levels)
    {
        var yaml = new StringBuilder("l0: &a0 [\"lol\", \"lol\"]\n");
        for (var i = 1; i <= levels; i++)
            yaml.Append($"l{i}: &a{i} {{? *a{i - 1} : 1, ? [*a{i - 1}] : 2}}\n");
        return yaml.ToString();
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Convert_refuses_bad_input_with_one_line_naming_the_file(string kind, string names, string says)
    {
        Make(kind);

        var (exit, output, errors) = Run("convert");

        exit.ShouldBe(ExitCodes.InputError, errors);
        output.ShouldBeEmpty();
        OneErrorLine(errors).ShouldSatisfyAllConditions(
            line => line.ShouldStartWith("error: "),
            line => line.ShouldContain(names),
            line => line.ShouldContain(says));
        Directory.Exists(Path.Combine(_root, "content", "zh")).ShouldBeFalse("nothing is written");
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Build_with_bad_input_leaves_the_previous_site_byte_for_byte(string kind, string names, string says)
    {
        Run("build").Exit.ShouldBe(ExitCodes.Ok);
        var before = Snapshot("_site");
        var content = Snapshot(Path.Combine("content", "zh"));
        Make(kind);

        var (exit, _, errors) = Run("build");

        exit.ShouldBe(ExitCodes.InputError, errors);
        OneErrorLine(errors).ShouldSatisfyAllConditions(line => line.ShouldContain(names), line => line.ShouldContain(says));
        Snapshot("_site").ShouldBe(before);
        Snapshot(Path.Combine("content", "zh")).ShouldBe(content);
        Directory.GetFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()
            .ShouldBe([SitePipeline.CacheFolder, "_site", "content", "seeds"], "no staging folder is left");
    }

    public static TheoryData<string> ReadableEncodings => ["utf-16le bom", "utf-16be bom", "utf-16le without bom", "utf-16be without bom", "utf-8 bom", "gb18030", "big5", "mixed utf-8 and gb18030", "truncated utf-8", "crlf"];

    [Theory]
    [MemberData(nameof(ReadableEncodings))]
    public void A_seed_in_any_readable_encoding_converts(string encoding)
    {
        var legacy = new LegacyEncodings();
        var text = encoding == "big5" ? Traditional : Title + "\n" + Body;
        byte[] bytes = encoding switch
        {
            "utf-16le bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le without bom" => Encoding.Unicode.GetBytes(text),
            "utf-16be without bom" => Encoding.BigEndianUnicode.GetBytes(text),
            "utf-8 bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "gb18030" => legacy.Gb18030.GetBytes(text),
            "big5" => legacy.Big5.GetBytes(text),
            "mixed utf-8 and gb18030" => [.. Encoding.UTF8.GetBytes(Title + "\n"), .. legacy.Gb18030.GetBytes(Body)],
            "truncated utf-8" => Encoding.UTF8.GetBytes(text.TrimEnd('\n'))[..^1],
            _ => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")),
        };
        Bytes("001_plan.txt", bytes);

        var (exit, _, errors) = Run("convert");

        errors.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Ok);
        var markdown = File.ReadAllText(Path.Combine(_root, "content", "zh", encoding == "big5" ? "jiangsu" : "shanghai", "shanghai-plan.md"));
        markdown.ShouldContain(encoding == "big5" ? "以习近平新时代中国特色社会主义思想为指导" : "以习近平新时代中国特色社会主义思想为指");
    }

    private static string OneErrorLine(string errors)
    {
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, errors);
        lines[0].ShouldNotContain("   at ");
        lines[0].ShouldNotContain("Exception");
        lines[0].ShouldNotContain('\u001b', "a terminal escape is shown, not sent");
        return lines[0];
    }

    private SortedDictionary<string, string> Snapshot(string folder)
    {
        var root = Path.Combine(_root, folder);
        return new(Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(File.ReadAllBytes(f))), StringComparer.Ordinal);
    }
}
