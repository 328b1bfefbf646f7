namespace Mend.Evaluation;

/// <summary>One labelled message of the development set.</summary>
public sealed record Example(string Id, string Split, IReadOnlySet<MessageLabel> Labels, string Note, string Text, string File)
{
    public bool IsNegative => Labels.Count == 0;
}

/// <summary>Reads the team's labelled development set (eval/devset/*.tsv).</summary>
public static class DevSet
{
    public static IReadOnlyList<Example> Load(string directory)
    {
        var examples = new List<Example>();
        foreach (var path in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) == ApologyEvaluation.FileName)
            {
                continue; // a different set with its own columns, read by the apology evaluation
            }

            if (Path.GetFileName(path) == RuptureSet.FileName)
            {
                continue; // rupture descriptions for triage, read by RuptureEvaluation
            }

            var file = Path.GetFileName(path);
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (lineNumber == 1 || line.Length == 0)
                {
                    continue;
                }

                var fields = line.Split('\t');
                if (fields.Length != 5)
                {
                    throw new FormatException($"{file}:{lineNumber}: expected 5 tab-separated fields, found {fields.Length}.");
                }

                var labels = new HashSet<MessageLabel>();
                if (fields[2] != "-")
                {
                    foreach (var id in fields[2].Split(',', StringSplitOptions.TrimEntries))
                    {
                        labels.Add(MessageLabels.TryParse(id, out var label)
                            ? label
                            : throw new FormatException($"{file}:{lineNumber}: unknown label '{id}'."));
                    }
                }

                examples.Add(new Example(fields[0], fields[1], labels, fields[3], fields[4], file));
            }
        }

        return examples;
    }

    /// <summary>Finds eval/devset by walking up from the working directory and the program's folder.</summary>
    public static string? Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "eval", "devset");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
