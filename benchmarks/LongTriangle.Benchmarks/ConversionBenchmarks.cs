using BenchmarkDotNet.Attributes;
using LongTriangle.Conversion;

namespace LongTriangle.Benchmarks;

/// <summary>Converting the project's seeds: the whole converter, reading to Markdown, without writing files.</summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private readonly ContentConverter _converter = new();
    private string _root = "";

    [GlobalSetup]
    public void FindSeeds() => _root = RepositoryRoot.Find();

    [Benchmark(Description = "convert the seeds")]
    public int ConvertSeeds() =>
        _converter.ConvertAll(Path.Combine(_root, "seeds"), Path.Combine(_root, "content")).Length;
}
