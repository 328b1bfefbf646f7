using System.Text;

namespace Mend.Web.Tests.Infrastructure;

/// <summary>
/// Compares what users see with files under <c>Snapshots/</c> in the source tree; <c>MEND_UPDATE_SNAPSHOTS=1</c>
/// (re)writes them — then review the diff. Line endings are normalised and trailing spaces trimmed.
/// </summary>
internal static class Snapshot
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static void Match(string actual, string name)
    {
        var path = Path.Combine(Folder.Value, name + ".txt");
        var normalized = string.Join('\n', actual.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n') + "\n";
        if (Environment.GetEnvironmentVariable("MEND_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Folder.Value);
            File.WriteAllText(path, normalized, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"Snapshot {name}.txt is missing; run the tests with MEND_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(path), normalized);
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mend.Web.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Snapshots");
            }
        }

        throw new InvalidOperationException("Cannot find the Mend.Web.Tests project directory above " + AppContext.BaseDirectory);
    }
}
