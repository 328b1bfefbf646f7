using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Mend.Analysis;
using Mend.Analysis.Conversations;
using Mend.Benchmarks;
using Mend.Chat;
using Mend.Import;

// dotnet run -c Release --project bench/Mend.Benchmarks -- [BenchmarkDotNet arguments]
//   corpus FILE [N]   write the generated corpus (N messages, default 200,000), one per line, for the peers script
//   rate FILE         messages per second of the whole pipeline on one thread over FILE (best of 5 passes)
//   whatsapp FILE N   write a generated WhatsApp export of N messages (see WhatsAppExport)
//   export FORMAT PATH N  write a generated telegram, discord, messenger (a folder), signal, csv or jsonl export
//   import FILE       import a chat export (any format Mend reads) and report messages, time and peak memory
//   stages FILE       CPU time per message of tokenize, match and the rest of Analyze over FILE (best of 5 passes)
//   analyze-stages FILE  time of `mend analyze` stage by stage (import, engine, fold) over a chat export, one thread
//   fingerprint FILE  checksums of every token, pattern hit (in order) and result (findings, suggestions) over FILE,
//                     to show that a change for speed leaves every result as it was
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

if (args is ["analyze-stages", var stagesPath])
{
    // Where the time of `mend analyze` goes, one stage at a time on one thread: import, engine, fold.
    var stopwatch = Stopwatch.StartNew();
    List<ChatMessage> all;
    using (var import = ChatImport.Open(stagesPath))
    {
        all = [.. import.Messages];
    }

    var importTime = stopwatch.Elapsed.TotalSeconds;
    var analyzer = new ConversationAnalyzer();
    stopwatch.Restart();
    var labels = all.Select(analyzer.Label).ToArray();
    var engineTime = stopwatch.Elapsed.TotalSeconds;
    stopwatch.Restart();
    var fold = new ConversationFold();
    for (var i = 0; i < all.Count; i++)
    {
        fold.Add(all[i], labels[i]);
    }

    var report = fold.ToReport();
    var foldTime = stopwatch.Elapsed.TotalSeconds;
    stopwatch.Restart();
    report = analyzer.Analyze(all);
    var parallelTime = stopwatch.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{all.Count:N0} messages\timport {importTime:F2} s\tengine {engineTime:F2} s\tfold {foldTime:F2} s\tengine+fold in parallel batches {parallelTime:F2} s\t{report.EpisodeCount:N0} episodes"));
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

if (args is ["fingerprint", var fingerprintFile])
{
    var lines = File.ReadAllLines(fingerprintFile);
    var pipeline = AnalysisPipeline.Default;
    var tokens = new Mend.Analysis.Text.TokenBuffer();
    var hits = new Mend.Analysis.Patterns.HitBuffer();
    ulong tokenSum = 14695981039346656037UL, hitSum = tokenSum, resultSum = tokenSum;
    static ulong Mix(ulong hash, long value) => (hash ^ (ulong)value) * 1099511628211UL;
    static ulong MixText(ulong hash, string? text)
    {
        hash = Mix(hash, text?.Length ?? -1);
        foreach (var c in text ?? "")
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    long hitCount = 0;
    foreach (var line in lines)
    {
        pipeline.Tokenizer.Tokenize(line, tokens);
        foreach (var t in tokens.Span)
        {
            tokenSum = Mix(Mix(Mix(Mix(Mix(Mix(tokenSum, t.Start), t.Length), t.Word), t.Sentence), t.Clause), (long)t.Flags);
        }

        pipeline.Automaton.Match(tokens.Span, hits);
        hitCount += hits.Count;
        foreach (var h in hits.Span)
        {
            hitSum = Mix(Mix(Mix(hitSum, h.Pattern), h.First), h.Last);
        }

        hitSum = Mix(hitSum, -1);
        var result = pipeline.Analyze(line);
        foreach (var f in result.Findings)
        {
            resultSum = Mix(Mix(Mix(resultSum, (long)f.Label), f.Start), f.Length);
            resultSum = MixText(MixText(MixText(resultSum, f.Evidence), f.Explanation), f.Suggestion);
        }

        resultSum = Mix(resultSum, result.Safety is null ? -2 : -3);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{lines.Length:N0} messages, {hitCount:N0} hits\ttokens {tokenSum:x16}\thits {hitSum:x16}\tresults {resultSum:x16}"));
    return 0;
}

if (args is ["stages", var stagesFile])
{
    // Where the time goes: tokenize alone, tokenize + match, the whole Analyze (best of 5 passes each, one thread).
    // CPU time of the process, not wall-clock time, so that other work on a shared machine disturbs it less.
    var lines = File.ReadAllLines(stagesFile);
    var compile = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var pipeline = AnalysisPipeline.Default;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"compiled in {compile.Elapsed.TotalMilliseconds:F0} ms ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU)"));
    Console.WriteLine($"{pipeline.Automaton.NodeCount} nodes, {pipeline.Automaton.Describe()}");
    var tokens = new Mend.Analysis.Text.TokenBuffer();
    var hits = new Mend.Analysis.Patterns.HitBuffer();
    double Best(Func<long> pass)
    {
        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < 6; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            pass();
            process.Refresh();
            if (i > 0)
            {
                best = Math.Min(best, (process.TotalProcessorTime - before).TotalSeconds);
            }
        }

        return best * 1e6 / lines.Length;
    }

    long tokenCount = 0, hitCount = 0, labelled = 0;
    var tokenize = Best(() =>
    {
        tokenCount = 0;
        foreach (var line in lines)
        {
            pipeline.Tokenizer.Tokenize(line, tokens);
            tokenCount += tokens.Count;
        }

        return tokenCount;
    });
    var match = Best(() =>
    {
        hitCount = 0;
        foreach (var line in lines)
        {
            pipeline.Tokenizer.Tokenize(line, tokens);
            pipeline.Automaton.Match(tokens.Span, hits);
            hitCount += hits.Count;
        }

        return hitCount;
    });
    var analyze = Best(() =>
    {
        labelled = 0;
        foreach (var line in lines)
        {
            labelled += pipeline.Analyze(line).Labels.Count > 0 ? 1 : 0;
        }

        return labelled;
    });
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"tokenize {tokenize:F2} µs\tmatch {match - tokenize:F2} µs\trest {analyze - match:F2} µs\tanalyze {analyze:F2} µs\t{tokenCount / (double)lines.Length:F1} tokens, {hitCount / (double)lines.Length:F2} hits per message, {labelled * 100.0 / lines.Length:F0}% labelled"));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
