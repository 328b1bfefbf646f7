using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mend.Chat;
using Mend.Import.Readers.WhatsApp;

namespace Mend.Import.Tests.Readers.WhatsApp;

/// <summary>
/// The public fixtures in ../shared/research-data, read in place (never copied) and checked against the expected
/// values they carry. Each test is skipped when its folder is absent.
/// </summary>
public sealed partial class WhatsAppResearchDataTest
{
    /// <summary>format-matrix/chat-format-matrix.tsv: one documented line per layout, with datetime, author, message, kind.</summary>
    [Fact]
    public void Format_matrix_rows_read_as_documented()
    {
        var rows = File.ReadAllLines(TestData.ResearchData("format-matrix/chat-format-matrix.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(row => row[1].StartsWith("WhatsApp", StringComparison.Ordinal) && row[7] != "container")
            .ToList();
        Assert.True(rows.Count >= 30, $"only {rows.Count} WhatsApp rows");

        var failures = new List<string>();
        foreach (var row in rows)
        {
            var (id, line, expectedTime, author, text, kind) = (row[0], row[3].Replace("\\n", "\n", StringComparison.Ordinal), row[4], row[5], row[6], row[7]);
            var messages = ImportText(line, out var format);
            if (format != ChatFormat.WhatsApp || messages.Count != 1)
            {
                failures.Add($"{id}: {format} with {messages.Count} messages");
                continue;
            }

            var message = messages[0];
            var expectedKind = kind switch
            {
                "system" => ChatMessageKind.System,
                "media" or "attachment" or "deleted" => ChatMessageKind.Media,
                _ => ChatMessageKind.Text,
            };
            if (message.Kind != expectedKind)
            {
                failures.Add($"{id}: kind {message.Kind}, expected {expectedKind}");
            }

            if (DateTime.TryParseExact(expectedTime, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                && message.Time.Local != time)
            {
                failures.Add($"{id}: time {message.Time}, expected {expectedTime}");
            }

            if (expectedKind != ChatMessageKind.System && message.Sender != author)
            {
                failures.Add($"{id}: sender \"{message.Sender}\", expected \"{author}\"");
            }

            if (kind is "message" or "edited" && id != "wa-out-of-order" && message.Text != text.Replace("\\n", "\n", StringComparison.Ordinal))
            {
                failures.Add($"{id}: text \"{message.Text}\", expected \"{text}\"");
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>pustur-whatsapp-samples/header-line-catalog.tsv: header lines with asserted datetimes (days first where ambiguous).</summary>
    [Fact]
    public void Pustur_header_catalogue_reads_to_the_asserted_datetimes()
    {
        var rows = File.ReadAllLines(TestData.ResearchData("pustur-whatsapp-samples/header-line-catalog.tsv"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();
        Assert.Equal(16, rows.Count);

        foreach (var row in rows)
        {
            var (messages, diagnostics) = TestData.Read(new WhatsAppReader(DateOrder.DayFirst), row[1].Replace("\\n", "\n", StringComparison.Ordinal));

            var message = Assert.Single(messages);
            Assert.Empty(diagnostics.Issues);
            Assert.Equal(row[2], message.Time.ToIso());
            Assert.Equal(row[3], message.Sender);
            if (row[0].StartsWith("att", StringComparison.Ordinal))
            {
                Assert.Equal(ChatMessageKind.Media, message.Kind);
            }
            else
            {
                Assert.Equal(row[4], message.Text);
            }
        }
    }

    /// <summary>pustur-whatsapp-samples/short-chat.txt: two system lines, three messages, one of them multi-line with a blank line.</summary>
    [Fact]
    public void Pustur_short_chat()
    {
        var (format, messages, diagnostics) = TestData.Import(TestData.ResearchData("pustur-whatsapp-samples/short-chat.txt"));

        Assert.Equal(ChatFormat.WhatsApp, format);
        Assert.Empty(diagnostics.Issues);
        Assert.Equal([ChatMessageKind.System, ChatMessageKind.System, ChatMessageKind.Text, ChatMessageKind.Text, ChatMessageKind.Text], messages.Select(m => m.Kind));
        Assert.Equal(["", "", "Sample User", "TestBot", "+410123456789"], messages.Select(m => m.Sender));
        Assert.Equal("How are you?\n\nIs everything alright?", messages[4].Text);
    }

    /// <summary>chatminer-fixtures/whatsapp: five layouts of one chat, expected in target.json (newest first, lines joined by spaces).</summary>
    [Theory]
    [InlineData("test_ddmmyy_24hrs.txt")]
    [InlineData("test_mmddyy_24hrs.txt")]
    [InlineData("test_[mmddyy]_24hrs.txt")]
    [InlineData("test_yyyymmdd_24hrs.txt")]
    [InlineData("test_mmddyyyy_12hrs.txt")]
    public void Chatminer_layouts_match_their_target(string file)
    {
        var folder = TestData.ResearchData("chatminer-fixtures/whatsapp");
        using var target = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "target.json")));
        var (format, messages, diagnostics) = TestData.Import(Path.Combine(folder, file));

        Assert.Equal(ChatFormat.WhatsApp, format);
        Assert.Empty(diagnostics.Issues);
        var read = messages.Where(m => m.IsFromParticipant).Select(Key).ToHashSet();
        foreach (var expected in target.RootElement.EnumerateArray())
        {
            var key = (expected.GetProperty("timestamp").GetString()!, expected.GetProperty("author").GetString()!, expected.GetProperty("message").GetString()!);
            Assert.Contains(key, read);
        }

        Assert.Equal(2, messages.Count(m => m.Kind == ChatMessageKind.System));
    }

    /// <summary>chatminer-fixtures/history/whatsapp: older layouts with *_target.csv (system lines under "System").</summary>
    [Theory]
    [InlineData("test_dateformat1")]
    [InlineData("test_dateformat2")]
    [InlineData("test_dateformat3")]
    [InlineData("test_dateformat4")]
    [InlineData("test_dateformat5")]
    [InlineData("test_dateformat6")]
    [InlineData("test_unicode")]
    public void Chatminer_history_layouts_match_their_target(string name)
    {
        var folder = TestData.ResearchData("chatminer-fixtures/history/whatsapp");
        var (format, messages, diagnostics) = TestData.Import(Path.Combine(folder, name + ".txt"));

        Assert.Equal(ChatFormat.WhatsApp, format);
        Assert.Empty(diagnostics.Issues);
        var read = messages.Select(m => (m.Time.ToIso(), m.IsFromParticipant ? m.Sender : "System", Normalise(m.Text))).ToHashSet();
        foreach (var row in Csv(File.ReadAllText(Path.Combine(folder, name + "_target.csv"))).Skip(1))
        {
            if (row[2] == "<Disappearing Message>")
            {
                continue; // chat-miner's own rendering of "John Doe:." (an empty message); we keep "."
            }

            Assert.Contains((row[0].Replace(' ', 'T'), row[1], Normalise(row[2])), read);
        }
    }

    /// <summary>chat-analytics-samples/whatsapp: message counts are in the file names (2A_5M = 5 messages); system lines excluded.</summary>
    [Theory]
    [InlineData("whatsapp/2A_5M.txt", 5)]
    [InlineData("whatsapp/4A_11M.txt", 11)]
    [InlineData("whatsapp/4A_11M.zip", 11)]
    [InlineData("history/whatsapp/1A_3M.txt", 3)]
    public void Chat_analytics_counts(string file, int count)
    {
        var (format, messages, diagnostics) = TestData.Import(TestData.ResearchData($"chat-analytics-samples/{file}"));

        Assert.Equal(ChatFormat.WhatsApp, format);
        Assert.Empty(diagnostics.Issues);
        Assert.Equal(count, messages.Count(m => m.IsFromParticipant));
        Assert.True(messages.Zip(messages.Skip(1)).All(pair => pair.First.Time <= pair.Second.Time), "messages are in time order");
    }

    /// <summary>whatstk-chats: every header line is one message (counted independently with a regex), none skipped.</summary>
    [Theory]
    [InlineData("pokemon.txt")]
    [InlineData("lorem.txt")]
    [InlineData("lorem-2000.txt")]
    [InlineData("lorem-merge-part1.txt")]
    [InlineData("lorem-merge-part2.txt")]
    [InlineData("history/example.txt")]
    [InlineData("history/example_2.txt")]
    [InlineData("history/example-12h.txt")]
    [InlineData("history/example-12h-2.txt")]
    public void Whatstk_chats(string file)
    {
        var path = TestData.ResearchData($"whatstk-chats/{file}");
        var headers = File.ReadLines(path).Count(line => WhatstkHeader().IsMatch(line));
        var (format, messages, diagnostics) = TestData.Import(path);

        Assert.Equal(ChatFormat.WhatsApp, format);
        Assert.Empty(diagnostics.Issues);
        Assert.True(headers > 0);
        Assert.Equal(headers, messages.Count);
    }

    /// <summary>whatstk-chats/header_format_support.json: 96 header patterns; each, written out, reads to its date and name.</summary>
    [Fact]
    public void Whatstk_header_patterns()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestData.ResearchData("whatstk-chats/header_format_support.json")));
        var patterns = json.RootElement.EnumerateArray().Select(e => e.GetProperty("format").GetString()!).ToList();
        Assert.Equal(96, patterns.Count);

        var first = new DateTime(2021, 3, 15, 13, 45, 30);
        var failures = new List<string>();
        foreach (var pattern in patterns)
        {
            var lines = string.Join('\n', new[] { first, first.AddDays(1).AddHours(-3) }.Select(time => Render(pattern, time) + " hello"));
            var (messages, diagnostics) = TestData.Read(new WhatsAppReader(), lines);
            var seconds = pattern.Contains("%S", StringComparison.Ordinal);
            var expected = seconds ? first : first.AddSeconds(-30);
            if (messages.Count != 2 || diagnostics.Count > 0 || messages[0].Time.Local != expected || messages[0].Sender != "Ana María")
            {
                failures.Add($"{pattern}: {string.Join(" | ", messages.Select(m => $"{m.Time} {m.Sender}"))}");
            }
        }

        Assert.Empty(failures);
    }

    private static string Render(string pattern, DateTime time) => pattern
        .Replace("%y", time.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("%m", time.Month.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("%d", time.Day.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("%H", time.Hour.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("%I", (time.Hour % 12 == 0 ? 12 : time.Hour % 12).ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("%M", time.Minute.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("%S", time.Second.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("%p", time.Hour < 12 ? "AM" : "PM", StringComparison.Ordinal)
        .Replace("%name", "Ana María", StringComparison.Ordinal);

    private static List<ChatMessage> ImportText(string text, out ChatFormat? format)
    {
        try
        {
            using var import = ChatImport.Open(new MemoryStream(Encoding.UTF8.GetBytes(text + "\n")), "chat.txt");
            format = import.Format;
            return import.Messages.ToList();
        }
        catch (ChatImportException)
        {
            format = null;
            return [];
        }
    }

    private static (string, string, string) Key(ChatMessage message) => (message.Time.ToIso(), message.Sender, Normalise(message.Text));

    private static string Normalise(string text) => text.Replace('\n', ' ').Replace('\u00A0', ' ');

    private static IEnumerable<List<string>> Csv(string text)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                yield return row;
                row = [];
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }

    [GeneratedRegex(@"^(\[\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},? \d{1,2}:\d{2}(:\d{2})?\]|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}, \d{1,2}:\d{2}( [AaPp]\.?[Mm]\.?)? -) ")]
    private static partial Regex WhatstkHeader();
}
