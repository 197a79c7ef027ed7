using LongTriangle.Content.Yaml;
using LongTriangle.Inputs;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LongTriangle.Content.Tests.Yaml;

/// <summary>
/// The fast parser of the writer's block shape must give YamlDotNet's parser's events (kind, value, line) for
/// every text it accepts, and give way to it (<see cref="WrittenYamlParser.OutsideShape"/>) for any other.
/// </summary>
public sealed class WrittenYamlParserTests
{
    // Strings a seed or an editor can put in a provenance value: YAML syntax, escapes, line breaks, scripts.
    private static readonly string[] Hostile =
    [
        "", " ", "plain", "长三角 一体化", "a: b", "- item", "# not a comment", "[]", "{}", "&anchor *alias", "<<",
        "\"quoted\"", "back\\slash", "\\\"", "line\nbreak", "tab\there", "\ttabs at both ends\t", "carriage\rreturn", "ends with \\",
        "  leading and trailing  ", "---", "...", "𠀀 surrogate pair 👨‍👩‍👧", "null", "true", "123", "-5", "0x1F",
        "\u00A0no-break", "NEL\u0085", "control\u0001", "delete\u007F", "line separator\u2028", "<U+202E>",
    ];

    [Fact]
    public void The_writers_files_are_parsed_to_the_events_of_yamldotnet_whatever_their_strings_hold()
    {
        foreach (var value in Hostile)
        {
            var text = new YamlText()
                .Field("seed", value)
                .Field("count", 7)
                .Field("done", true)
                .StartList("empty", flow: true).EndList()
                .StartList("repairs")
                    .StartMapping().Field("kind", "line-rejoined").Field("line", 3).Field("before", value).EndMapping()
                    .StartMapping().Field("after", value).EndMapping()
                .EndList()
                .Finish();

            Events(new WrittenYamlParser(text)).ShouldNotBeNull(text).ShouldBe(Events(new Parser(new StringReader(text)))!, text);
        }
    }

    [Fact]
    public void The_repositorys_provenance_and_translation_files_are_parsed_to_the_events_of_yamldotnet()
    {
        string[] files =
        [
            .. Directory.GetFiles(Path.Combine(RepositoryRoot.Content, "zh"), "*.provenance.yml", SearchOption.AllDirectories),
            .. Directory.GetFiles(Path.Combine(RepositoryRoot.Content, "en"), "*.yml", SearchOption.AllDirectories),
        ];
        files.Length.ShouldBeGreaterThan(5);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var written = Events(new WrittenYamlParser(text)).ShouldNotBeNull(file);
            written.ShouldBe(Events(new Parser(new StringReader(text)))!, file);
        }
    }

    [Fact]
    public void Every_other_yaml_file_of_the_repository_is_parsed_to_the_events_of_yamldotnet_or_given_back()
    {
        var files = Directory.GetFiles(RepositoryRoot.Path, "*.yml", SearchOption.AllDirectories)
            .Where(f => !f.Contains("node_modules") && !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (Events(new WrittenYamlParser(text)) is { } written)
                written.ShouldBe(Events(new Parser(new StringReader(text)))!, file);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a: 1\n# a comment\n")]
    [InlineData("a: 1\n\nb: 2\n")]
    [InlineData("a: plain text\n")]
    [InlineData("a: \"x\" # comment\n")]
    [InlineData("a: {}\n")]
    [InlineData("a: {b: 1}\n")]
    [InlineData("a:\n- - \"nested\"\n")]
    [InlineData("a:\n   b: 1\n")]
    [InlineData("a:\n  b: 1\n c: 2\n")]
    [InlineData("a:\n- \"x\"\n  - \"y\"\n")]
    [InlineData("\"k\" : 1\n")]
    [InlineData("\"k\":1\n")]
    [InlineData("1a: 1\n")]
    [InlineData("a:\n")]
    [InlineData("a: 1\r\nb: 2\r\n")]
    [InlineData("\uFEFFa: 1\n")]
    [InlineData("a: &x \"v\"\nb: *x\n")]
    [InlineData("<<: 1\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("a: \"\\uD800\"\n")]
    [InlineData("a: \"\\x4\"\n")]
    [InlineData("a: \"\\UFFFFFFFF\"\n")]
    [InlineData("a: \"raw\u0001control\"\n")]
    [InlineData("a: \"two\n  lines\"\n")]
    [InlineData("a: \"x\" \"y\"\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("- \"root list\"\n")]
    [InlineData("a: 1\n  b: 2\n")]
    public void Any_other_text_is_given_back_to_yamldotnet(string text)
    {
        Events(new WrittenYamlParser(text)).ShouldBeNull();
    }

    [Theory]
    [InlineData("a: 1\nb: \"x\"\n")]
    [InlineData("a: 1\nb: \"x\"")]
    [InlineData("a:\n- \"x\"\n- 2\n- []\nb: []\n")]
    [InlineData("a:\n- b: \"1\"\n  c: \"2\"\n- d: false\nz: -3\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("\"quoted key\": 1\n\"前言\": \"Preface\"\n")]
    [InlineData("a:\n  b: 1\n  c:\n    d: \"x\"\n    \"e f\": \"y\"\n  g: 2\nh: 3\n")]
    [InlineData("a:\n  - \"x\"\n  - b: 1\n    c:\n    - 2\n    d: 3\nz: 0\n")]
    [InlineData("a:\n- b:\n    c: 1\n  d: 2\n- \"k\": \"v\"\n- \"just a string\"\n")]
    [InlineData("a: \"\\\"\\\\\\/\\n\\t\\r\\0\\a\\b\\v\\f\\e\\ \\N\\_\\L\\P\\x41\\u00e9\\U0001F468\"\n")]
    public void Text_in_the_shape_is_parsed_to_the_events_of_yamldotnet(string text)
    {
        Events(new WrittenYamlParser(text)).ShouldNotBeNull().ShouldBe(Events(new Parser(new StringReader(text)))!);
    }

    [Fact]
    public void A_problem_in_text_of_the_shape_is_the_one_yamldotnet_reports()
    {
        // A duplicate key: the reader's own check, on the fast events, then again on YamlDotNet's.
        const string text = "a: 1\nb:\n- c: \"x\"\n  c: \"y\"\n";
        var error = Should.Throw<InputException>(() => YamlFile.Read(text, "f.yml", YamlLimits.Document, parser =>
        {
            var seen = new HashSet<string>();
            while (parser.MoveNext())
                if (parser.Current is MappingStart) seen.Clear();
                else if (parser.Current is Scalar { Value: "c" } key && !seen.Add(key.Value)) throw new YamlException(key.Start, key.End, "Duplicate key c");
            return 0;
        }));
        error.Line.ShouldBe(4);

        var invisible = Should.Throw<InputException>(() => YamlFile.Read("a: 1\nb: \"x\u202Ey\"\n", "f.yml", YamlLimits.Document, Drain));
        invisible.Line.ShouldBe(2);
        invisible.Message.ShouldContain("U+202E");
    }

    private static int Drain(IParser parser)
    {
        while (parser.MoveNext()) { }
        return 0;
    }

    /// <summary>Every event as kind, value and line; null when the parser gives the text back.</summary>
    private static List<string>? Events(IParser parser)
    {
        var events = new List<string>();
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                events.Add($"{current.GetType().Name} {(current as Scalar)?.Value} {(current is Scalar or MappingStart ? current.Start.Line : 0)}");
            }
        }
        catch (WrittenYamlParser.OutsideShape)
        {
            return null;
        }
        return events;
    }
}
