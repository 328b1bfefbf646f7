using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Mend.Analysis;
using Mend.Benchmarks;
using Mend.Import;

// dotnet run -c Release --project bench/Mend.Benchmarks -- [BenchmarkDotNet arguments]
//   corpus FILE [N]   write the generated corpus (N messages, default 200,000), one per line, for the peers script
//   rate FILE         messages per second of the whole pipeline on one thread over FILE (best of 5 passes)
//   whatsapp FILE N   write a generated WhatsApp export of N messages (see WhatsAppExport)
//   export FORMAT PATH N  write a generated telegram, discord, messenger (a folder), signal, csv or jsonl export
//   import FILE       import a chat export (any format Mend reads) and report messages, time and peak memory
if (args is ["corpus", var path, ..])
{
    var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : PipelineBenchmarks.CorpusSize;
    File.WriteAllLines(path, ChatCorpus.Generate(count));
    Console.WriteLine($"wrote {count:N0} messages to {path}");
    return 0;
}

if (args is ["whatsapp", var exportPath, var size])
{
    var messages = int.Parse(size, CultureInfo.InvariantCulture);
    WhatsAppExport.Write(exportPath, messages);
    Console.WriteLine($"wrote a WhatsApp export of {messages:N0} messages to {exportPath} ({new FileInfo(exportPath).Length / 1e6:F1} MB)");
    return 0;
}

if (args is ["export", var exportFormat, var exportTo, var exportSize])
{
    var messages = int.Parse(exportSize, CultureInfo.InvariantCulture);
    ChatExports.Write(exportFormat, exportTo, messages);
    Console.WriteLine($"wrote a {exportFormat} export of {messages:N0} messages to {exportTo}");
    return 0;
}

if (args is ["import", var importPath])
{
    var stopwatch = Stopwatch.StartNew();
    using var import = ChatImport.Open(importPath);
    long messages = 0, participants = 0;
    foreach (var message in import.Messages)
    {
        messages++;
        if (message.IsFromParticipant)
        {
            participants++;
        }
    }

    stopwatch.Stop();
    using var self = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{import.Format.Id()}\t{messages:N0} messages ({participants:N0} from participants)\t{import.Diagnostics.Count} diagnostics\t{stopwatch.Elapsed.TotalSeconds:F2} s\t{messages / stopwatch.Elapsed.TotalSeconds:N0} messages/s\tpeak working set {self.PeakWorkingSet64 / 1e6:F0} MB"));
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
