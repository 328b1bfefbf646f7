using Mend.Benchmarks;

namespace Mend.Import.Tests.Readers.WhatsApp;

/// <summary>
/// A large export read from a stream that makes it as it is read (never a string or array of the whole): the import
/// spools it to a temporary file, makes its two passes and streams every message out.
/// </summary>
public sealed class WhatsAppStreamingTest
{
    [Fact]
    public void A_generated_export_streams_through_the_import_with_every_message()
    {
        const int Count = 250_000;
        using var import = ChatImport.Open(WhatsAppExport.Stream(Count), "WhatsApp Chat with Sam.txt");

        long messages = 0, lines = 0;
        var senders = new HashSet<string>(StringComparer.Ordinal);
        Mend.Chat.ChatTime? previous = null;
        foreach (var message in import.Messages)
        {
            messages++;
            lines = message.Line;
            senders.Add(message.Sender);
            Assert.True(previous is null || previous.Value <= message.Time);
            previous = message.Time;
        }

        Assert.Equal(ChatFormat.WhatsApp, import.Format);
        Assert.Equal(Count, messages);
        Assert.True(lines > Count, "multi-line messages make the file longer than the message count");
        Assert.Equal(0, import.Diagnostics.Count);
        Assert.Equal(["", "+44 7700 900123", "Alex Morgan", "Sam"], senders.Order(StringComparer.Ordinal));
    }
}
