using System.Text.Json;

namespace Mend.Cli.Tests.Commands;

/// <summary>
/// <c>mend analyze --json</c> over the public chat fixtures in <c>../shared/research-data</c> (read in place, never
/// copied): every export either gives a consistent report or one clear error line. Skipped when the folder is absent.
/// </summary>
public sealed class AnalyzeResearchDataTests
{
    [Theory]
    [InlineData("pustur-whatsapp-samples")]
    [InlineData("whatstk-chats")]
    [InlineData("chatminer-fixtures/whatsapp")]
    [InlineData("chat-analytics-samples/whatsapp")]
    public async Task Every_export_gives_a_consistent_report_or_one_clear_error(string folder)
    {
        var directory = ResearchData(folder);
        var files = Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var reports = 0;
        foreach (var file in files)
        {
            var run = await MendRun.Start("analyze", "--json", file);
            if (run.ExitCode != 0)
            {
                Assert.Equal(1, run.ExitCode);
                Assert.StartsWith("mend analyze:", run.Error, StringComparison.Ordinal);
                continue;
            }

            reports++;
            using var json = JsonDocument.Parse(run.Output);
            var root = json.RootElement;
            var messages = root.GetProperty("messages").GetInt64();
            Assert.Equal(messages, root.GetProperty("participants").EnumerateArray().Sum(p => p.GetProperty("messages").GetInt64()));
            foreach (var episode in root.GetProperty("episodes").EnumerateArray())
            {
                Assert.True(string.CompareOrdinal(episode.GetProperty("start").GetString(), episode.GetProperty("end").GetString()) <= 0, file);
            }
        }

        Assert.True(reports > 0, $"no export in {folder} could be analysed");
    }

    private static string ResearchData(string folder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mend.slnx")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "research-data", folder));
                if (!Directory.Exists(path))
                {
                    Assert.Skip($"../shared/research-data/{folder} is not present");
                }

                return path;
            }
        }

        Assert.Skip("the repository root (Mend.slnx) was not found");
        return "";
    }
}
