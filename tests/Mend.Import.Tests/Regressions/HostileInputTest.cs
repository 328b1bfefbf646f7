using System.IO.Compression;
using System.Text;
using Mend.Chat;

namespace Mend.Import.Tests.Regressions;

/// <summary>
/// Hostile and broken input: each import ends in messages with diagnostics or in one ChatImportException, never in
/// another exception, and memory stays bounded. Crashers found by tools/fuzz.sh are added here as they are found.
/// </summary>
public sealed class HostileInputTest
{
    /// <summary>Found while writing this test: the cut line's text was overwritten while the rest of it was skipped.</summary>
    [Fact]
    public void An_endless_line_is_cut_with_diagnostics()
    {
        var text = "13/01/2023, 10:00 - A: " + new string('x', 3_000_000) + "\n13/01/2023, 10:01 - B: after\n";
        var (messages, diagnostics) = Import(Encoding.UTF8.GetBytes(text), ChatFormat.WhatsApp);

        Assert.Equal(2, messages.Count);
        Assert.Equal(262_144, messages[0].Text.Length);
        Assert.Equal("after", messages[1].Text);
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics.Issues, i => i.Line == 1 && i.Reason.Contains("longer than 1,048,576", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Issues, i => i.Line == 1 && i.Reason.Contains("longer than 262,144", StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_of_a_million_lines_is_cut_once()
    {
        var text = new StringBuilder("13/01/2023, 10:00 - A: start\n");
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append("continued\n");
        }

        var (messages, diagnostics) = Import(Encoding.UTF8.GetBytes(text.ToString()), ChatFormat.WhatsApp);

        Assert.Equal(262_144, Assert.Single(messages).Text.Length);
        Assert.Equal(1, diagnostics.Count);
    }

    [Fact]
    public void A_zip_damaged_inside_its_chat_fails_with_one_clear_error()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("_chat.txt").Open();
            var random = new Random(7);
            for (var i = 0; i < 5000; i++)
            {
                entry.Write(Encoding.UTF8.GetBytes($"13/01/2023, 10:00 - A: message {random.Next()} {random.Next()}\n"));
            }
        }

        var bytes = buffer.ToArray();
        for (var at = 2000; at < 6000; at += 7)
        {
            bytes[at] ^= 0x5A;
        }

        var error = Record.Exception(() => Import(bytes, null, "WhatsApp Chat.zip"));

        Assert.True(error is null or ChatImportException, error?.ToString());
    }

    [Fact]
    public void A_file_of_random_bytes_is_not_a_chat_whatever_the_format()
    {
        var random = new Random(11);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        foreach (var format in ChatFormats.All.Cast<ChatFormat?>().Prepend(null))
        {
            var error = Record.Exception(() => Import(bytes, format));

            Assert.True(error is null or ChatImportException, $"{format}: {error}");
        }
    }

    [Fact]
    public void An_empty_file_says_so()
    {
        var error = Assert.Throws<ChatImportException>(() => Import([], null));

        Assert.Contains("is empty", error.Message, StringComparison.Ordinal);
    }

    private static (List<ChatMessage> Messages, ImportDiagnostics Diagnostics) Import(byte[] bytes, ChatFormat? format, string name = "chat.txt")
    {
        using var import = ChatImport.Open(new MemoryStream(bytes), name, format);
        return (import.Messages.ToList(), import.Diagnostics);
    }
}
