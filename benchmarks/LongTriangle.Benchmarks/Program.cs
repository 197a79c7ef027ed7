using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/LongTriangle.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(LongTriangle.Benchmarks.ConversionBenchmarks).Assembly).Run(args);
