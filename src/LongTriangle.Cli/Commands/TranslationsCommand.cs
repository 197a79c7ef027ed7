using LongTriangle.Cli.Terminal;
using LongTriangle.Content.Yaml;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Translations;

namespace LongTriangle.Cli.Commands;

/// <summary>
/// `longtriangle translations stamp`: records in content/en the hash of the Chinese each English heading and
/// clause translates, for entries that have none yet (translators write plain strings). The file is
/// rewritten in document order, every string double-quoted; it is written beside the old one and moved
/// over it only when complete.
/// </summary>
public sealed class TranslationsCommand : ICommand
{
    public string Name => "translations";

    public string Summary => "stamp: record the hash of the Chinese each new English entry translates";

    public string Help => $"""
        Usage: longtriangle translations stamp [options]

        For every heading and clause in content/en/<region>/<slug>.yml that has English but no
        zh_hash (a plain string), records the hash of the Chinese text it translates, as that text
        is now, so that `longtriangle check` can tell when the Chinese changes later. Check the
        English against the Chinese before stamping it. Entries that have a zh_hash keep it: an
        outdated translation is revised, its zh_hash removed, then stamped again. Files are
        rewritten in document order with every string double-quoted; YAML comments are not kept.

        Options:
          --content DIR   the content folder (default: content/)
          --verbose       print the details of an unexpected error
          --help          show this help

        {ExitCodes.HelpText}
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "--content" };

    public IReadOnlySet<string> Actions { get; } = new HashSet<string> { "stamp" };

    public int Run(CommandLine line, CommandContext context)
    {
        var contentDirectory = context.PathOption(line, "--content", "content");
        var content = ContentReader.Read(contentDirectory);
        var total = 0;
        foreach (var document in content.Documents)
        {
            var translation = content.TranslationOf(document);
            if (!translation.Exists) continue;
            var stamped = TranslationStamp.Plan(document, translation);
            if (stamped.Count == 0) continue;
            var path = Path.Combine(content.Directory, Renditions.Translation.Code, document.RegionId, document.Slug + ".yml");
            var temporary = path + ".stamping";
            File.WriteAllText(temporary, Write(stamped), new System.Text.UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
            context.Out.WriteLine($"{translation.File}: {stamped.Count} {(stamped.Count == 1 ? "entry" : "entries")} stamped");
            total += stamped.Count;
        }
        context.Out.WriteLine(total == 0 ? "translations: every entry already records its hash" : $"translations: {total} entries stamped");
        return ExitCodes.Ok;
    }

    internal static string Write(TranslationStamp.Stamped stamped)
    {
        var yaml = new YamlText();
        yaml.OptionalField("title", stamped.Translation.Title);
        yaml.OptionalField("type", stamped.Translation.Type);
        if (!stamped.Translation.Missing.IsEmpty)
        {
            yaml.StartMapping("missing");
            foreach (var (chinese, english) in stamped.Translation.Missing) yaml.Field(chinese, english);
            yaml.EndMapping();
        }
        Section(yaml, "headings", stamped.Headings);
        Section(yaml, "clauses", stamped.Clauses);
        return yaml.Finish();
    }

    private static void Section(YamlText yaml, string name, IReadOnlyList<(string Key, TranslationEntry Entry)> entries)
    {
        if (entries.Count == 0) return;
        yaml.StartMapping(name);
        foreach (var (key, entry) in entries)
        {
            if (entry.ZhHash is null && entry.Reason is null && entry.Exceptions.IsEmpty)
            {
                yaml.Field(key, entry.English ?? "");
                continue;
            }
            yaml.StartMapping(key);
            yaml.OptionalField("en", entry.English);
            yaml.OptionalField("zh_hash", entry.ZhHash);
            yaml.OptionalField("reason", entry.Reason);
            if (!entry.Exceptions.IsEmpty)
            {
                yaml.StartList("exceptions");
                foreach (var exception in entry.Exceptions)
                    yaml.StartMapping().Field("term", exception.Term).Field("reason", exception.Reason).EndMapping();
                yaml.EndList();
            }
            yaml.EndMapping();
        }
        yaml.EndMapping();
    }
}
