namespace Mend.Analysis.Tests.Detectors;

/// <summary>
/// Runs the example tables of every detector's spec file (src/Mend.Analysis/Detectors/*/*.spec.md): each row names
/// labels that must be present and, with '!', labels that must be absent.
/// </summary>
public class SpecFileTest
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        var root = Path.Combine(AppContext.BaseDirectory, "Specs");
        foreach (var path in Directory.GetFiles(root, "*.spec.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var (message, expect) in Rows(path))
            {
                data.Add(Path.GetFileName(path), message, expect);
            }
        }

        return data;
    }

    [Fact]
    public void Every_detector_has_a_spec_file_with_examples()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Specs");
        var files = Directory.GetFiles(root, "*.spec.md", SearchOption.AllDirectories);
        Assert.Equal(MessageLabels.All.Count, files.Length);
        Assert.All(files, f => Assert.True(Rows(f).Count() >= 10, $"{f} has fewer than 10 examples"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_holds(string spec, string message, string expect)
    {
        var labels = AnalysisPipeline.Default.Analyze(message).Labels.Select(l => l.Id()).ToList();
        foreach (var item in expect.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.StartsWith('!'))
            {
                Assert.False(labels.Contains(item[1..]), $"{spec}: \"{message}\" must not carry {item[1..]}; got [{string.Join(", ", labels)}]");
            }
            else if (item != "-")
            {
                Assert.True(MessageLabels.TryParse(item, out _), $"{spec}: unknown label '{item}'");
                Assert.True(labels.Contains(item), $"{spec}: \"{message}\" must carry {item}; got [{string.Join(", ", labels)}]");
            }
            else
            {
                Assert.Empty(labels);
            }
        }
    }

    /// <summary>The rows of the first table whose header is "| message | expect |".</summary>
    internal static IEnumerable<(string Message, string Expect)> Rows(string path)
    {
        var inTable = false;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (!line.StartsWith('|'))
            {
                if (inTable)
                {
                    yield break;
                }

                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (!inTable)
            {
                inTable = cells.Length == 2 && cells[0] == "message" && cells[1] == "expect";
                continue;
            }

            if (cells.Length == 2 && !cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                yield return (cells[0].Replace("\\|", "|", StringComparison.Ordinal), cells[1]);
            }
        }
    }
}
