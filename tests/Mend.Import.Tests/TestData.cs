using System.Text;
using Mend.Chat;
using Mend.Import.Readers;

namespace Mend.Import.Tests;

/// <summary>Where test inputs live: the fixtures copied beside the tests, and the shared research data (optional).</summary>
internal static class TestData
{
    /// <summary>A fixture file under Fixtures/.</summary>
    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    /// <summary>
    /// A folder of ../shared/research-data beside the repository (the folder holding Mend.slnx); the test is skipped
    /// when it is absent.
    /// </summary>
    public static string ResearchData(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Mend.slnx")))
        {
            directory = directory.Parent;
        }

        var path = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "research-data", relative));
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
        {
            Assert.Skip($"research data not present: {relative}");
        }

        return path!;
    }

    /// <summary>Reads <paramref name="text"/> with <paramref name="reader"/>, as an upload named <paramref name="name"/>.</summary>
    public static (List<ChatMessage> Messages, ImportDiagnostics Diagnostics) Read(ChatReader reader, string text, string name = "chat.txt")
    {
        using var source = ImportSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);
        var diagnostics = new ImportDiagnostics();
        return (reader.Read(source, diagnostics).ToList(), diagnostics);
    }

    /// <summary>Imports a file through the public entry point (format detected unless given).</summary>
    public static (ChatFormat Format, List<ChatMessage> Messages, ImportDiagnostics Diagnostics) Import(string path, ChatFormat? format = null)
    {
        using var import = ChatImport.Open(path, format);
        var messages = import.Messages.ToList();
        return (import.Format, messages, import.Diagnostics);
    }
}
