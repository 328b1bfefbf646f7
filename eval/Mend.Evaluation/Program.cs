using System.Diagnostics;
using System.Globalization;
using Mend;
using Mend.Analysis;
using Mend.Analysis.Embeddings;
using Mend.Analysis.Learned;
using Mend.Evaluation;

// mend-eval: measures the engine on the team's development set and, where present, on outside data.
//   dotnet run --project eval/Mend.Evaluation -c Release -- [--split tune|heldout|all] [--errors LABEL|all]
//                                                           [--no-outside] [--rules-only] [--devset DIR] [--research DIR]
//   ... -- --apologies    only the apology coach's evaluation (eval/devset/apologies.tsv); --errors apologies lists its tune mistakes
//   --errors triage lists the tune split's rupture triage mistakes (cause and severity)
//   ... -- --train FILE   trains the learned second opinion on the tune half and writes its weights to FILE
//                         (MEND_CURVE=LABEL also prints that label's out-of-fold precision and recall by threshold)
//                         (MEND_SAFETY_GRID=FIRST-LAST also prints rules + out-of-fold model over a grid of safety
//                          thresholds on the batches extraFIRST–extraLAST, which no rule was tuned on)
//   ... -- --train-embeddings FILE   trains the MiniLM embedding heads on the tune half (5-fold CV report) and writes FILE
//   ... -- --embeddings   also scores rules + the embedding second opinion (slow: ≈ 1 minute to encode the set once)
//   ... -- --weights FILE   scores the second opinion from FILE (written by --train) instead of the shipped one
//   ... -- --opinion-rate N   times the embedding second opinion on N tune messages, one at a time (messages/s)
// Errors are listed for any split but the held-out half, which is never looked at while writing rules; --errors negatives
// lists the false alarms on hard negatives only.
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: mend-eval [--split tune|heldout|all] [--errors LABEL|all|apologies] [--apologies] [--no-outside] [--rules-only] [--embeddings] [--opinion-rate N] [--weights FILE] [--devset DIR] [--research DIR] | --train FILE | --train-embeddings FILE");
    return 2;
}

var devset = options.DevSet ?? DevSet.Locate();
if (devset is null)
{
    Console.Error.WriteLine("error: eval/devset not found; pass --devset DIR.");
    return 2;
}

var stopwatch = Stopwatch.StartNew();
var pipeline = AnalysisPipeline.Default;
var examples = DevSet.Load(devset);
if (options.Train is not null)
{
    var model = Training.Train([.. examples.Where(e => e.Split == "tune")]);
    using (var writer = new StreamWriter(options.Train))
    {
        model.Save(writer);
    }

    Console.WriteLine($"trained on {examples.Count(e => e.Split == "tune")} tune messages; wrote {options.Train}");
    return 0;
}

if (options.TrainEmbeddings is not null)
{
    using var encoder = new MiniLmEncoder();
    var heads = EmbeddingTraining.Train([.. examples.Where(e => e.Split == "tune")], new EmbeddingCache(encoder));
    using (var writer = new StreamWriter(options.TrainEmbeddings))
    {
        heads.Save(writer);
    }

    Console.WriteLine($"trained on {examples.Count(e => e.Split == "tune")} tune messages; wrote {options.TrainEmbeddings}");
    return 0;
}

if (options.OpinionRate > 0)
{
    var load = Stopwatch.StartNew();
    using var opinion = EmbeddingOpinion.LoadShipped() ?? throw new InvalidOperationException("no embedding heads shipped");
    Console.WriteLine($"loaded the embedding second opinion in {load.ElapsedMilliseconds} ms");
    var texts = examples.Where(e => e.Split == "tune").Take(options.OpinionRate).Select(e => e.Text).ToList();
    opinion.Opinion(pipeline.Analyze(texts[0]));
    var timer = Stopwatch.StartNew();
    foreach (var text in texts)
    {
        opinion.Opinion(pipeline.Analyze(text));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rules + embedding second opinion: {texts.Count / timer.Elapsed.TotalSeconds:0} messages/s, one at a time ({texts.Count} messages)"));
    return 0;
}

if (options.ApologiesOnly)
{
    ApologyEvaluation.Run(devset, options.Splits, options.Errors == "apologies");
    return 0;
}

Console.WriteLine($"Mend engine: {pipeline.PatternCount} patterns compiled in {stopwatch.ElapsedMilliseconds} ms; development set: {examples.Count} messages.");

foreach (var split in options.Splits)
{
    var scores = Scores.Of(examples.Where(e => e.Split == split), pipeline, (SecondOpinion?)null);
    Report.Print(split, scores);
    Scores? withOpinion = null;
    if (options.SecondOpinion && (options.Weights is null ? SecondOpinion.Shipped : ReadWeights(options.Weights)) is { } opinion)
    {
        withOpinion = Scores.Of(examples.Where(e => e.Split == split), pipeline, opinion);
        Report.Print($"{split}, rules + learned second opinion", withOpinion);
    }

    if (options.Embeddings && EmbeddingOpinion.ShippedHeads is { } heads)
    {
        using var encoder = new MiniLmEncoder();
        var inSplit = examples.Where(e => e.Split == split).ToList();
        var embedded = new EmbeddingCache(encoder).Get([.. inSplit.Select(e => e.Text)]);
        var byExample = inSplit.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => embedded[x.i]);
        Report.Print($"{split}, rules + embedding second opinion", Scores.Of(inSplit, pipeline, (e, result) =>
            EmbeddingOpinion.Confident(result.Labels, EmbeddingOpinion.Combine(heads.Scores(byExample[e]), SecondOpinion.Shipped?.Scores(e.Text)), heads).Select(c => c.Label)));
    }

    if (split != "heldout" && options.Errors is not null)
    {
        Report.PrintErrors(split, scores, options.Errors);
        if (withOpinion is not null)
        {
            Report.PrintErrors($"{split}, rules + learned second opinion", withOpinion, options.Errors);
        }
    }
}

ApologyEvaluation.Run(devset, options.Splits, options.Errors == "apologies");
RuptureEvaluation.Print(devset, options.Splits, options.Errors is "triage" or "all");

if (options.Outside)
{
    var research = options.Research ?? OutsideData.Locate(devset);
    if (research is null)
    {
        Console.WriteLine("\nOutside data: ../shared/research-data not found; skipped.");
    }
    else
    {
        Console.WriteLine($"\nOutside data (proxies, read in place from {research}):");
        Console.WriteLine("| source | what | metric | value | n |");
        Console.WriteLine("|---|---|---|---:|---:|");
        foreach (var f in OutsideData.Measure(research, pipeline))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {f.Source} | {f.What} | {f.Metric} | {f.Value:0.000} | {f.N} |"));
        }
    }
}

return 0;

static SecondOpinion? ReadWeights(string path)
{
    using var reader = new StreamReader(path);
    return SecondOpinion.Read(reader);
}

internal sealed record Options(string[] Splits, string? Errors, bool Outside, string? DevSet, string? Research, string? Train, bool SecondOpinion, bool ApologiesOnly = false, string? TrainEmbeddings = null, bool Embeddings = false, int OpinionRate = 0, string? Weights = null)
{
    public static Options? Parse(string[] args)
    {
        string[] splits = ["tune", "heldout"];
        string? errors = null, devset = null, research = null, train = null, trainEmbeddings = null, weights = null;
        var embeddings = false;
        var opinionRate = 0;
        var outside = true;
        var secondOpinion = true;
        var apologiesOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--split" when i + 1 < args.Length:
                    splits = args[++i] == "all" ? ["tune", "heldout"] : [args[i]];
                    break;
                case "--errors" when i + 1 < args.Length:
                    errors = args[++i];
                    break;
                case "--no-outside":
                    outside = false;
                    break;
                case "--apologies":
                    apologiesOnly = true;
                    break;
                case "--rules-only":
                    secondOpinion = false;
                    break;
                case "--weights" when i + 1 < args.Length:
                    weights = args[++i];
                    break;
                case "--train" when i + 1 < args.Length:
                    train = args[++i];
                    break;
                case "--train-embeddings" when i + 1 < args.Length:
                    trainEmbeddings = args[++i];
                    break;
                case "--embeddings":
                    embeddings = true;
                    break;
                case "--opinion-rate" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out opinionRate) && opinionRate > 0:
                    i++;
                    break;
                case "--devset" when i + 1 < args.Length:
                    devset = args[++i];
                    break;
                case "--research" when i + 1 < args.Length:
                    research = args[++i];
                    break;
                default:
                    return null;
            }
        }

        return new Options(splits, errors, outside, devset, research, train, secondOpinion, apologiesOnly, trainEmbeddings, embeddings, opinionRate, weights);
    }
}

internal static class Report
{
    public static void Print(string split, Scores scores)
    {
        Console.WriteLine($"\n## {split}");
        Console.WriteLine("| label | precision | recall | F1 | support |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (label, c) in scores.PerLabel)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label.Id()} | {c.Precision:0.000} | {c.Recall:0.000} | {c.F1:0.000} | {c.Support} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nmicro-F1 {scores.MicroF1:0.000} · macro-F1 {scores.MacroF1:0.000} · false alarms on hard negatives {scores.FalseAlarmRate:P1} ({scores.FalseAlarms}/{scores.Negatives}) · safety_concern recall {scores.PerLabel[MessageLabel.SafetyConcern].Recall:0.000}"));
    }

    /// <summary>Lists the errors of a split: all, those touching one label, or "negatives" (false alarms only).</summary>
    public static void PrintErrors(string split, Scores scores, string filter)
    {
        Console.WriteLine($"\n### {split} errors (gold → predicted)");
        foreach (var (example, predicted) in scores.Errors)
        {
            var gold = example.Labels.Select(l => l.Id()).Order().ToList();
            var got = predicted.Select(l => l.Id()).Order().ToList();
            if (filter == "negatives" ? !example.IsNegative : filter != "all" && !gold.Contains(filter) && !got.Contains(filter))
            {
                continue;
            }

            Console.WriteLine($"{example.Id,-10} [{string.Join(",", gold)}] → [{string.Join(",", got)}]  {example.Text}");
        }
    }
}
