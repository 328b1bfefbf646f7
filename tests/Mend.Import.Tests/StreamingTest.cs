using System.Globalization;

namespace Mend.Import.Tests;

/// <summary>
/// Large generated exports are streamed: messages come out while most of the input is still unread, and the
/// memory held does not grow with the number of messages read.
/// </summary>
[Collection(MemoryMeasured.Name)]
public sealed class StreamingTest
{
    private const long Count = 300_000;

    public static TheoryData<string> Formats => ["telegram", "jsonl", "csv", "discord"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_large_export_is_read_with_flat_memory(string format)
    {
        using var stream = Generate(format);
        using var import = ChatImport.Open(stream, FileName(format));

        var read = 0L;
        long early = 0, late = 0;
        foreach (var message in import.Messages)
        {
            read++;
            if (read == 1000)
            {
                Assert.True(stream.Furthest < stream.Length / 20, $"after 1,000 messages {stream.Furthest:N0} of {stream.Length:N0} bytes were read");
            }
            else if (read == 20_000)
            {
                early = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (read == Count - 1000)
            {
                late = GC.GetTotalMemory(forceFullCollection: true);
            }

            Assert.NotEmpty(message.Text);
        }

        Assert.Equal(Count, read);
        Assert.Equal(0, import.Diagnostics.Count);
        Assert.True(late - early < 16 * 1024 * 1024, $"memory grew by {(late - early) / 1024:N0} KB while reading");
    }

    [Fact]
    public void A_messenger_conversation_of_many_files_holds_one_file_at_a_time()
    {
        const int files = 20, perFile = 5_000;
        var folder = Directory.CreateTempSubdirectory("mend-messenger-").FullName;
        try
        {
            var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
            for (var file = 1; file <= files; file++)
            {
                using var writer = new StreamWriter(Path.Combine(folder, $"message_{file}.json"));
                writer.Write("{\"participants\":[{\"name\":\"Alex\"},{\"name\":\"Bo\"}],\"messages\":[");
                for (var i = 0; i < perFile; i++)
                {
                    // message_1 holds the newest messages; each file lists newest first.
                    var index = ((files - file) * perFile) + (perFile - 1 - i);
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}{{\"sender_name\":\"{(index % 2 == 0 ? "Alex" : "Bo")}\",\"timestamp_ms\":{start + (index * 10_000L)},\"content\":\"message {index}\"}}\n"));
                }

                writer.Write("],\"title\":\"Alex\",\"thread_path\":\"inbox/alex_1\"}");
            }

            using var import = ChatImport.Open(folder);
            var expected = 0;
            long early = 0, late = 0;
            foreach (var message in import.Messages)
            {
                Assert.Equal($"message {expected}", message.Text);
                expected++;
                if (expected == 2 * perFile)
                {
                    early = GC.GetTotalMemory(forceFullCollection: true);
                }
                else if (expected == (files - 1) * perFile)
                {
                    late = GC.GetTotalMemory(forceFullCollection: true);
                }
            }

            Assert.Equal(ChatFormat.Messenger, import.Format);
            Assert.Equal(files * perFile, expected);
            Assert.True(late - early < 8 * 1024 * 1024, $"memory grew by {(late - early) / 1024:N0} KB while reading");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_meta_file_far_larger_than_meta_writes_is_refused_instead_of_held()
    {
        var count = Mend.Import.Readers.Messenger.MetaReader.MaxMessagesPerFile + 1;
        using var stream = new GeneratedExportStream(
            "{\"participants\":[{\"name\":\"A\"}],\"messages\":[\n",
            i => $"{(i == 0 ? " " : ",")}{{\"sender_name\":\"A\",\"timestamp_ms\":{1_600_000_000_000 - i:D13},\"content\":\"x\"}}\n",
            count,
            "]}\n");
        using var import = ChatImport.Open(stream, "message_1.json");

        var error = Assert.Throws<ChatImportException>(() => import.Messages.Count());
        Assert.Contains("not a Messenger or Instagram download file", error.Message, StringComparison.Ordinal);
        Assert.Equal(count + 1, error.Line);
    }

    private static string FileName(string format) => format switch
    {
        "telegram" => "result.json",
        "messenger" => "message_1.json",
        "discord" => "channel.json",
        _ => "chat." + format,
    };

    private static GeneratedExportStream Generate(string format)
    {
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string Time(long i) => start.AddSeconds(i * 10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        string Unix(long i) => start.AddSeconds(i * 10).ToUnixTimeSeconds().ToString("D10", CultureInfo.InvariantCulture);
        string Sender(long i) => i % 2 == 0 ? "Alex" : "Bo  ";
        string Text(long i) => $"message number {i:D9}, sorry I was late";
        return format switch
        {
            "telegram" => new GeneratedExportStream(
                "{\"name\":\"Alex\",\"type\":\"personal_chat\",\"id\":1,\"messages\":[\n",
                i => $"{(i == 0 ? " " : ",")}{{\"id\":{i + 1_000_000_000},\"type\":\"message\",\"date_unixtime\":\"{Unix(i)}\",\"from\":\"{Sender(i)}\",\"text\":\"{Text(i)}\"}}\n",
                Count,
                "]}\n"),
            "jsonl" => new GeneratedExportStream(
                "",
                i => $"{{\"timestamp\":\"{Time(i)}\",\"sender\":\"{Sender(i)}\",\"text\":\"{Text(i)}\"}}\n",
                Count,
                ""),
            "csv" => new GeneratedExportStream(
                "timestamp,sender,text\r\n",
                i => $"{Time(i)},{Sender(i)},\"{Text(i)}\"\r\n",
                Count,
                ""),
            "discord" => new GeneratedExportStream(
                "{\"guild\":{\"id\":\"0\",\"name\":\"Direct Messages\"},\"channel\":{\"id\":\"1\",\"type\":\"DirectTextChat\",\"name\":\"Alex\"},\"messages\":[\n",
                i => $"{(i == 0 ? " " : ",")}{{\"id\":\"{i:D9}\",\"type\":\"Default\",\"timestamp\":\"{Time(i)[..^1]}+00:00\",\"content\":\"{Text(i)}\",\"author\":{{\"id\":\"1\",\"name\":\"{Sender(i)}\",\"nickname\":\"{Sender(i)}\"}},\"attachments\":[]}}\n",
                Count,
                "],\"messageCount\":0}\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }
}
