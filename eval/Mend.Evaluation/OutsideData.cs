using System.Globalization;
using Mend.Analysis;

namespace Mend.Evaluation;

/// <summary>One figure measured on outside data, read in place from ../shared/research-data.</summary>
public sealed record OutsideFigure(string Source, string What, string Metric, double Value, int N);

/// <summary>
/// Proxies from public datasets. None labels our 14 ids directly, so each figure says what it stands for.
/// The data is read where it lies and never copied into the repository.
/// </summary>
public static class OutsideData
{
    public static string? Locate(string devset)
    {
        var repo = Path.GetFullPath(Path.Combine(devset, "..", ".."));
        var candidate = Path.GetFullPath(Path.Combine(repo, "..", "shared", "research-data"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    public static IEnumerable<OutsideFigure> Measure(string root, AnalysisPipeline pipeline)
    {
        var goemotions = Path.Combine(root, "goemotions", "test.tsv");
        if (File.Exists(goemotions))
        {
            yield return GoEmotionsGratitude(goemotions, pipeline, out var precision);
            yield return precision;
        }

        var ucc = Path.Combine(root, "ucc-unhealthy-comments");
        if (Directory.Exists(ucc))
        {
            foreach (var figure in Ucc(ucc, pipeline))
            {
                yield return figure;
            }
        }

        var annomi = Path.Combine(root, "annomi", "AnnoMI-full.csv");
        if (File.Exists(annomi))
        {
            foreach (var figure in AnnoMi(annomi, pipeline))
            {
                yield return figure;
            }
        }

        var counsel = Path.Combine(root, "counsel-chat", "20200325_counsel_chat.csv");
        if (File.Exists(counsel))
        {
            yield return CounselChat(counsel, pipeline);
        }
    }

    private static OutsideFigure GoEmotionsGratitude(string path, AnalysisPipeline pipeline, out OutsideFigure precisionFigure)
    {
        const string Gratitude = "15";
        var counts = new Counts();
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            var gold = fields[1].Split(',').Contains(Gratitude);
            var got = pipeline.Analyze(fields[0]).Has(MessageLabel.Gratitude);
            if (gold && got)
            {
                counts.TruePositives++;
            }
            else if (got)
            {
                counts.FalsePositives++;
            }
            else if (gold)
            {
                counts.FalseNegatives++;
            }
        }

        precisionFigure = new OutsideFigure("GoEmotions test", "gratitude", "precision", counts.Precision, counts.TruePositives + counts.FalsePositives);
        return new OutsideFigure("GoEmotions test", "gratitude", "recall", counts.Recall, counts.Support);
    }

    private static IEnumerable<OutsideFigure> Ucc(string directory, AnalysisPipeline pipeline)
    {
        int positives = 0, found = 0, healthy = 0, alarms = 0;
        foreach (var file in new[] { "test.csv", "val.csv" })
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var row in Csv.Read(path))
            {
                var text = row.GetValueOrDefault("comment", "");
                var condescending = Flag(row, "condescending");
                var sarcastic = Flag(row, "sarcastic");
                var result = pipeline.Analyze(text);
                if (condescending || sarcastic)
                {
                    positives++;
                    found += result.Has(MessageLabel.Contempt) ? 1 : 0;
                }
                else if (Flag(row, "healthy") && !Flag(row, "antagonize") && !Flag(row, "hostile") && !Flag(row, "dismissive") && !Flag(row, "generalisation"))
                {
                    healthy++;
                    alarms += result.Has(MessageLabel.Contempt) ? 1 : 0;
                }
            }
        }

        yield return new OutsideFigure("UCC test+val", "contempt on condescending or sarcastic comments", "recall", Counts.Ratio(found, positives), positives);
        yield return new OutsideFigure("UCC test+val", "contempt on healthy comments", "false-alarm rate", Counts.Ratio(alarms, healthy), healthy);
    }

    private static bool Flag(Dictionary<string, string> row, string name) =>
        row.TryGetValue(name, out var v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0.5;

    private static IEnumerable<OutsideFigure> AnnoMi(string path, AnalysisPipeline pipeline)
    {
        int reflections = 0, found = 0, others = 0, alarms = 0;
        foreach (var row in Csv.Read(path))
        {
            if (row.GetValueOrDefault("interlocutor") != "therapist")
            {
                continue;
            }

            var validation = pipeline.Analyze(row.GetValueOrDefault("utterance_text", "")).Has(MessageLabel.Validation);
            if (row.GetValueOrDefault("reflection_exists") == "True")
            {
                reflections++;
                found += validation ? 1 : 0;
            }
            else if (row.GetValueOrDefault("question_exists") == "True")
            {
                others++;
                alarms += validation ? 1 : 0;
            }
        }

        yield return new OutsideFigure("AnnoMI", "validation on therapist reflections", "recall", Counts.Ratio(found, reflections), reflections);
        yield return new OutsideFigure("AnnoMI", "validation on therapist questions (no reflection)", "flag rate", Counts.Ratio(alarms, others), others);
    }

    private static OutsideFigure CounselChat(string path, AnalysisPipeline pipeline)
    {
        int answers = 0, alarms = 0;
        foreach (var row in Csv.Read(path))
        {
            var text = row.GetValueOrDefault("answerText", "");
            if (text.Length == 0)
            {
                continue;
            }

            answers++;
            var result = pipeline.Analyze(text);
            if (result.Labels.Any(l => l.IsHarmful()))
            {
                alarms++;
            }
        }

        return new OutsideFigure("counsel-chat", "therapist answers with any harmful label", "false-alarm rate", Counts.Ratio(alarms, answers), answers);
    }
}
