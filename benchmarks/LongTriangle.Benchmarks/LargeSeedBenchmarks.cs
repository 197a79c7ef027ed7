using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LongTriangle.Conversion;

namespace LongTriangle.Benchmarks;

/// <summary>
/// Hostile sizes: a 20 MB seed (the project's seeds one after another) and a seed with a single line of
/// 1 MB, each converted by the whole converter without writing files. Doubling the size should roughly
/// double the time and the allocation (nothing quadratic); the Size parameter shows it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LargeSeedBenchmarks
{
    private readonly ContentConverter _converter = new();
    private string _folder = "";

    /// <summary>Megabytes of seed text.</summary>
    [Params(5, 10, 20)]
    public int Size { get; set; }

    [Params("many lines", "one line")]
    public string Shape { get; set; } = "";

    [GlobalSetup]
    public void WriteSeed()
    {
        var root = RepositoryRoot.Find();
        _folder = Path.Combine(Path.GetTempPath(), "longtriangle-bench-" + Guid.NewGuid().ToString("N"));
        var seeds = Path.Combine(_folder, "seeds");
        var content = Path.Combine(_folder, "content");
        Directory.CreateDirectory(seeds);
        Directory.CreateDirectory(content);
        File.Copy(Path.Combine(root, "content", "site.yml"), Path.Combine(content, "site.yml"));

        var bytes = Size * 1024L * 1024L;
        var text = new StringBuilder("上海市推进长三角一体化发展实施方案\n");
        if (Shape == "one line")
        {
            const string sentence = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。";
            text.Insert(text.Length, sentence, (int)(bytes / Encoding.UTF8.GetByteCount(sentence)) + 1).Append('\n');
        }
        else
        {
            var real = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            for (long i = 0, written = 0; written < bytes; i++)
            {
                var seed = real[(int)(i % real.Count)];
                text.Append(seed).Append('\n');
                written += Encoding.UTF8.GetByteCount(seed) + 1;
            }
        }
        File.WriteAllText(Path.Combine(seeds, "001_large.txt"), text.ToString());
        File.WriteAllText(Path.Combine(seeds, "001_large.txt.yml"), "slug: large\nregion: shanghai\n");
    }

    [GlobalCleanup]
    public void DeleteSeed() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "convert a large seed")]
    public int ConvertLargeSeed() =>
        _converter.ConvertAll(Path.Combine(_folder, "seeds"), Path.Combine(_folder, "content")).Single().Document.ClauseCount;
}
