using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Mend.Analysis;
using Mend.Benchmarks;

// dotnet run -c Release --project bench/Mend.Benchmarks -- [BenchmarkDotNet arguments]
//   corpus FILE [N]   write the generated corpus (N messages, default 200,000), one per line, for the peers script
//   rate FILE         messages per second of the whole pipeline on one thread over FILE (best of 5 passes)
if (args is ["corpus", var path, ..])
{
    var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : PipelineBenchmarks.CorpusSize;
    File.WriteAllLines(path, ChatCorpus.Generate(count));
    Console.WriteLine($"wrote {count:N0} messages to {path}");
    return 0;
}

if (args is ["rate", var file])
{
    var lines = File.ReadAllLines(file);
    var pipeline = AnalysisPipeline.Default;
    var best = double.MaxValue;
    var labels = 0;
    for (var pass = 0; pass < 6; pass++)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        foreach (var line in lines)
        {
            labels += pipeline.Analyze(line).Labels.Count;
        }

        stopwatch.Stop();
        if (pass > 0)
        {
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
        }

        if (pass == 5)
        {
            var perMessage = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)lines.Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mend\t{lines.Length / best:F0}\t{perMessage:F0} bytes allocated per message\t{labels / 6} labels"));
        }
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
