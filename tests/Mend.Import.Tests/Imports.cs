using System.Text;
using Mend.Chat;

namespace Mend.Import.Tests;

/// <summary>Opens fixtures and inline exports, and reads them whole for assertions.</summary>
internal static class Imports
{
    /// <summary>The full path of a fixture under Fixtures/.</summary>
    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    /// <summary>Reads a fixture: the import (disposed) and its messages.</summary>
    public static (ChatFormat Format, List<ChatMessage> Messages, ImportDiagnostics Diagnostics) ReadFixture(string relative, ChatFormat? format = null) =>
        ReadPath(Fixture(relative), format);

    /// <summary>Reads a file or folder anywhere.</summary>
    public static (ChatFormat Format, List<ChatMessage> Messages, ImportDiagnostics Diagnostics) ReadPath(string path, ChatFormat? format = null)
    {
        using var import = ChatImport.Open(path, format);
        var messages = import.Messages.ToList();
        return (import.Format, messages, import.Diagnostics);
    }

    /// <summary>Reads an export given as text, named <paramref name="fileName"/>.</summary>
    public static (ChatFormat Format, List<ChatMessage> Messages, ImportDiagnostics Diagnostics) ReadText(string text, string fileName, ChatFormat? format = null)
    {
        using var import = ChatImport.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName, format);
        var messages = import.Messages.ToList();
        return (import.Format, messages, import.Diagnostics);
    }

    /// <summary>A message as one line for table assertions: <c>time|sender|kind|text</c>.</summary>
    public static string Show(ChatMessage message) =>
        $"{message.Time.ToIso()}|{message.Sender}|{message.Kind}|{message.Text}";

    /// <summary>The folder holding Mend.slnx, walking up from the test binaries.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mend.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Mend.slnx not found above the test binaries.");
    }

    /// <summary>A folder of ../shared/research-data, or a skip when it is absent.</summary>
    public static string ResearchData(string folder)
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "research-data", folder));
        if (!Directory.Exists(path))
        {
            Assert.Skip($"research data not present: {path}");
        }

        return path;
    }
}
