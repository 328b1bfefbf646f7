using System.Globalization;
using Mend.Analysis.Triage;
using Mend.Repair;

namespace Mend.Evaluation;

/// <summary>One labelled rupture description of <c>eval/devset/ruptures.tsv</c>.</summary>
public sealed record RuptureExample(int Line, string Split, RuptureCause Cause, RuptureSeverity Severity, string Description);

/// <summary>Reads the rupture descriptions: <c>split, cause, severity, description</c>.</summary>
public static class RuptureSet
{
    public const string FileName = "ruptures.tsv";

    public static IReadOnlyList<RuptureExample> Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var examples = new List<RuptureExample>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new FormatException($"{FileName}:{lineNumber}: expected 4 tab-separated fields, found {fields.Length}.");
            }

            if (fields[0] is not ("tune" or "heldout"))
            {
                throw new FormatException($"{FileName}:{lineNumber}: split is tune or heldout, not '{fields[0]}'.");
            }

            var cause = RepairIds.TryParse(fields[1], out RuptureCause c) ? c : throw new FormatException($"{FileName}:{lineNumber}: unknown cause '{fields[1]}'.");
            var severity = RepairIds.TryParse(fields[2], out RuptureSeverity s) ? s : throw new FormatException($"{FileName}:{lineNumber}: unknown severity '{fields[2]}'.");
            examples.Add(new RuptureExample(lineNumber, fields[0], cause, severity, fields[3]));
        }

        return examples;
    }
}

/// <summary>
/// Cause and severity accuracy of <see cref="RuptureTriage"/> on the rupture descriptions, per split, each with a
/// confusion table (rows gold, columns predicted). Mistakes are listed for the tune split only.
/// </summary>
public static class RuptureEvaluation
{
    public static void Print(string devset, IEnumerable<string> splits, bool errors)
    {
        var examples = RuptureSet.Load(devset);
        if (examples.Count == 0)
        {
            Console.WriteLine($"\nRupture triage: {RuptureSet.FileName} not found; skipped.");
            return;
        }

        var triage = RuptureTriage.Default;
        Console.WriteLine($"\n# Rupture triage ({examples.Count} descriptions)");
        foreach (var split in splits)
        {
            var rows = examples.Where(e => e.Split == split).Select(e => (Example: e, Result: triage.Assess(e.Description))).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var cause = rows.Count(r => r.Result.Cause == r.Example.Cause) / (double)rows.Count;
            var severity = rows.Count(r => r.Result.Severity == r.Example.Severity) / (double)rows.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\n## {split}, ruptures: cause accuracy {cause:0.000} · severity accuracy {severity:0.000} · n {rows.Count}"));
            Confusion("cause", RepairIds.AllCauses, rows.Select(r => (r.Example.Cause, r.Result.Cause)));
            Confusion("severity", RepairIds.AllSeverities, rows.Select(r => (r.Example.Severity, r.Result.Severity)));

            if (split == "tune" && errors)
            {
                Console.WriteLine("\n### tune triage errors (line: gold → predicted)");
                foreach (var (example, result) in rows.Where(r => r.Result.Cause != r.Example.Cause || r.Result.Severity != r.Example.Severity))
                {
                    Console.WriteLine($"{example.Line,4}: {example.Cause.Id()}/{example.Severity.Id()} → {result.Cause.Id()}/{result.Severity.Id()}  {example.Description}");
                    Console.WriteLine($"      {string.Join(" · ", result.Cues.Select(c => $"{c.Target}:{c.Strength} \"{c.Words}\""))}");
                }
            }
        }
    }

    private static void Confusion<T>(string what, IReadOnlyList<T> values, IEnumerable<(T Gold, T Predicted)> pairs)
        where T : struct, Enum
    {
        var counts = new int[values.Count, values.Count];
        foreach (var (gold, predicted) in pairs)
        {
            counts[Convert.ToInt32(gold, CultureInfo.InvariantCulture), Convert.ToInt32(predicted, CultureInfo.InvariantCulture)]++;
        }

        static string Id(T value) => value switch
        {
            RuptureCause c => c.Id(),
            RuptureSeverity s => s.Id(),
            _ => value.ToString(),
        };

        Console.WriteLine($"\n| {what}: gold ↓ predicted → | {string.Join(" | ", values.Select(Id))} |");
        Console.WriteLine($"|---|{string.Concat(values.Select(_ => "---:|"))}");
        for (var g = 0; g < values.Count; g++)
        {
            Console.WriteLine($"| {Id(values[g])} | {string.Join(" | ", Enumerable.Range(0, values.Count).Select(p => counts[g, p]))} |");
        }
    }
}
