using System.Text;
using Mend.Chat;

namespace Mend.Import.Tests;

/// <summary>Reads fixtures and inline exports through <see cref="ChatImport"/> for table assertions (paths from <see cref="TestData"/>).</summary>
internal static class Imports
{
    /// <summary>The full path of a fixture under Fixtures/.</summary>
    public static string Fixture(string relative) => TestData.Fixture(relative);

    /// <summary>Reads a fixture: the format, its messages and diagnostics.</summary>
    public static (ChatFormat Format, List<ChatMessage> Messages, ImportDiagnostics Diagnostics) ReadFixture(string relative, ChatFormat? format = null) =>
        TestData.Import(Fixture(relative), format);

    /// <summary>Reads a file or folder anywhere.</summary>
    public static (ChatFormat Format, List<ChatMessage> Messages, ImportDiagnostics Diagnostics) ReadPath(string path, ChatFormat? format = null) =>
        TestData.Import(path, format);

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

    /// <summary>A folder of ../shared/research-data, or a skip when it is absent.</summary>
    public static string ResearchData(string folder) => TestData.ResearchData(folder);
}
