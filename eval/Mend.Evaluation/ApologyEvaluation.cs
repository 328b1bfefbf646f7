using System.Globalization;
using Mend.Analysis.Apologies;
using Mend.Apologies;

namespace Mend.Evaluation;

/// <summary>One labelled apology of eval/devset/apologies.tsv.</summary>
public sealed record ApologyExample(
    int Line,
    string Split,
    string Text,
    IReadOnlySet<ApologyComponent> Components,
    IReadOnlySet<ApologyFlag> Flags,
    ApologyQuality Quality);

/// <summary>
/// Measures the apology coach on eval/devset/apologies.tsv: per split, precision/recall/F1 of every component and
/// flag, micro-F1 over components and over flags, quality accuracy with a confusion table, and a score summary.
/// </summary>
public static class ApologyEvaluation
{
    public const string FileName = "apologies.tsv";

    public static IReadOnlyList<ApologyExample> Load(string path)
    {
        var examples = new List<ApologyExample>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 5)
            {
                throw new FormatException($"{FileName}:{lineNumber}: expected 5 tab-separated fields, found {f.Length}.");
            }

            var components = Ids(f[2], lineNumber, (string id, out ApologyComponent c) => ApologyComponents.TryParse(id, out c));
            var flags = Ids(f[3], lineNumber, (string id, out ApologyFlag x) => ApologyFlags.TryParse(id, out x));
            var quality = ApologyQualities.TryParse(f[4], out var q) ? q : throw new FormatException($"{FileName}:{lineNumber}: unknown quality '{f[4]}'.");
            examples.Add(new ApologyExample(lineNumber, f[0], f[1], components, flags, quality));
        }

        return examples;
    }

    private delegate bool Parser<T>(string id, out T value);

    private static HashSet<T> Ids<T>(string field, int line, Parser<T> parse)
    {
        var set = new HashSet<T>();
        if (field == "-")
        {
            return set;
        }

        foreach (var id in field.Split(',', StringSplitOptions.TrimEntries))
        {
            set.Add(parse(id, out var value) ? value : throw new FormatException($"{FileName}:{line}: unknown id '{id}'."));
        }

        return set;
    }

    /// <summary>Prints the report for each split; lists tune mistakes when <paramref name="errors"/> is set.</summary>
    public static void Run(string devset, IEnumerable<string> splits, bool errors)
    {
        var path = Path.Combine(devset, FileName);
        if (!File.Exists(path))
        {
            Console.WriteLine($"\nApology coach: {path} not found; skipped.");
            return;
        }

        var coach = ApologyCoach.Default;
        var examples = Load(path);
        Console.WriteLine($"\n# Apology coach ({coach.PatternCount} patterns; {examples.Count} labelled apologies)");
        foreach (var split in splits)
        {
            var rows = examples.Where(e => e.Split == split).ToList();
            var assessed = rows.Select(e => (Example: e, Result: coach.Assess(e.Text))).ToList();
            Print(split, assessed);
            if (split == "tune" && errors)
            {
                PrintErrors(assessed);
            }
        }
    }

    private static void Print(string split, List<(ApologyExample Example, ApologyAssessment Result)> assessed)
    {
        Console.WriteLine($"\n## apologies, {split} ({assessed.Count})");
        Console.WriteLine("| component or flag | precision | recall | F1 | support |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var componentTotal = new Counts();
        foreach (var component in ApologyComponents.All)
        {
            var c = Count(assessed, a => a.Example.Components.Contains(component), a => a.Result.Has(component));
            Add(componentTotal, c);
            Row(component.Id(), c);
        }

        var flagTotal = new Counts();
        foreach (var flag in ApologyFlags.All)
        {
            var c = Count(assessed, a => a.Example.Flags.Contains(flag), a => a.Result.Has(flag));
            Add(flagTotal, c);
            Row(flag.Id(), c);
        }

        var correct = assessed.Count(a => a.Result.Quality == a.Example.Quality);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\ncomponent micro-F1 {componentTotal.F1:0.000} · flag micro-F1 {flagTotal.F1:0.000} · quality accuracy {Counts.Ratio(correct, assessed.Count):0.000} ({correct}/{assessed.Count})"));

        Console.WriteLine("\n| gold \\ predicted | good | weak | bad | mean score | score range |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var gold in ApologyQualities.All)
        {
            var rows = assessed.Where(a => a.Example.Quality == gold).ToList();
            var cells = ApologyQualities.All.Select(p => rows.Count(a => a.Result.Quality == p).ToString(CultureInfo.InvariantCulture));
            var scores = rows.Select(a => a.Result.Score).DefaultIfEmpty(0).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {gold.Id()} | {string.Join(" | ", cells)} | {scores.Average():0.0} | {scores.Min()}–{scores.Max()} |"));
        }
    }

    private static Counts Count(List<(ApologyExample Example, ApologyAssessment Result)> assessed, Func<(ApologyExample Example, ApologyAssessment Result), bool> gold, Func<(ApologyExample Example, ApologyAssessment Result), bool> predicted)
    {
        var c = new Counts();
        foreach (var a in assessed)
        {
            var (g, p) = (gold(a), predicted(a));
            c.TruePositives += g && p ? 1 : 0;
            c.FalsePositives += !g && p ? 1 : 0;
            c.FalseNegatives += g && !p ? 1 : 0;
        }

        return c;
    }

    private static void Add(Counts total, Counts c)
    {
        total.TruePositives += c.TruePositives;
        total.FalsePositives += c.FalsePositives;
        total.FalseNegatives += c.FalseNegatives;
    }

    private static void Row(string id, Counts c) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {id} | {c.Precision:0.000} | {c.Recall:0.000} | {c.F1:0.000} | {c.Support} |"));

    private static string Evidence(ApologyAssessment result, string id) =>
        string.Join("; ", result.Findings.Where(f => f.Label == id).Select(f => f.Evidence));

    private static void PrintErrors(List<(ApologyExample Example, ApologyAssessment Result)> assessed)
    {
        Console.WriteLine("\n### apology tune errors (missed -, extra +; gold quality → predicted)");
        foreach (var (example, result) in assessed)
        {
            var diffs = new List<string>();
            diffs.AddRange(example.Components.Where(c => !result.Has(c)).Select(c => "-" + c.Id()));
            diffs.AddRange(result.Components.Where(c => !example.Components.Contains(c)).Select(c => $"+{c.Id()}({Evidence(result, c.Id())})"));
            diffs.AddRange(example.Flags.Where(f => !result.Has(f)).Select(f => "-" + f.Id()));
            diffs.AddRange(result.Flags.Where(f => !example.Flags.Contains(f)).Select(f => $"+{f.Id()}({Evidence(result, f.Id())})"));
            if (diffs.Count > 0 || result.Quality != example.Quality)
            {
                Console.WriteLine($"line {example.Line,-4} {example.Quality.Id()}→{result.Quality.Id(),-5} [{string.Join(" ", diffs)}]  {example.Text}");
            }
        }
    }
}
