using System.Text;

namespace Mend.Cli.Tests;

/// <summary>
/// Compares what users see with files under <c>Snapshots/</c> in the source tree. A missing or different snapshot
/// fails; run with <c>MEND_UPDATE_SNAPSHOTS=1</c> to (re)write them, then review the diff. Line endings are
/// normalised to <c>\n</c> and trailing spaces trimmed (Spectre pads wrapped text to the console width); everything
/// else must match exactly.
/// </summary>
internal static class Snapshot
{
    private static readonly Lazy<string> Directory = new(FindDirectory);

    public static void Match(string actual, string name)
    {
        var path = Path.Combine(Directory.Value, name + ".txt");
        var normalized = Normalize(actual);
        if (Environment.GetEnvironmentVariable("MEND_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, normalized, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"Snapshot {name}.txt is missing; run the tests with MEND_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(path), normalized);
    }

    private static string Normalize(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mend.Cli.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Snapshots");
            }
        }

        throw new InvalidOperationException("Cannot find the Mend.Cli.Tests project directory above " + AppContext.BaseDirectory);
    }
}
