using BenchmarkDotNet.Attributes;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Reading;
using YamlDotNet.Core;

namespace LongTriangle.Benchmarks;

/// <summary>
/// The read stage: the site's content folder read whole, and the part that dominated it, the parse of the
/// provenance files (35 MB of YAML at 100 documents) — by YamlDotNet's parser, and through the shared limits
/// (<see cref="BoundedYaml.Read{T}"/>), which parse the writer's block shape without YamlDotNet's scanner.
/// No job here: run it with the job on the command line, in process (see ConcordanceBenchmarks).
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private string _content = "";
    private string[] _provenance = [];

    [GlobalSetup]
    public void FindContent()
    {
        _content = Path.Combine(RepositoryRoot.Find(), "content");
        _provenance = [.. Directory.GetFiles(Path.Combine(_content, "zh"), "*.provenance.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    [Benchmark]
    public int ReadContentFolder() => ContentReader.Read(_content).Documents.Length;

    [Benchmark(Baseline = true)]
    public int ProvenanceEventsByYamlDotNet()
    {
        var events = 0;
        foreach (var text in _provenance)
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext()) events++;
        }
        return events;
    }

    [Benchmark]
    public int ProvenanceEventsWithinTheLimits()
    {
        var events = 0;
        foreach (var text in _provenance)
            events += BoundedYaml.Read(text, "provenance.yml", YamlLimits.Document, parser =>
            {
                var count = 0;
                while (parser.MoveNext()) count++;
                return count;
            });
        return events;
    }
}
