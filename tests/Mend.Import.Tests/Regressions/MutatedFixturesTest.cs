using System.Text;

namespace Mend.Import.Tests.Regressions;

/// <summary>
/// Hostile input never crashes a reader: each fixture is mutated many times with a fixed seed (cut, bytes flipped,
/// structural tokens inserted, ranges deleted or repeated) and read with detection and with its format forced. The
/// only exception allowed is <see cref="ChatImportException"/>. Every crasher found this way is fixed and its
/// shape kept below as a case of its own.
/// </summary>
public sealed class MutatedFixturesTest
{
    /// <summary>300 per fixture in every test run; <c>MEND_MUTATIONS=N</c> runs a longer sweep (with a seed per fixture).</summary>
    private static readonly int MutationsPerFixture =
        int.TryParse(Environment.GetEnvironmentVariable("MEND_MUTATIONS"), out var count) && count > 0 ? count : 300;

    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "{", "}", "[", "]", "\"", "\\", "\\u00", "\\ud800", ",", ":", "\n", "\r", "\r\n", "\0", "null", "true", "-",
            "99999999999999999999", "1e400", "\"messages\":[", "\"chats\":{\"list\":[", "\"text\":[", "\"text_entities\":7",
            "\"date_unixtime\":\"-99999999999\"", "\"timestamp_ms\":-1", "\"timestamp\":\"9999-99-99\"", "[2024-01-01 10:00] A: ",
            "[2024-02-30, 25:61] : ", "> ", "(- ", "(( ", "![x](./", "\"\"", "\uFEFF", "\u200E", "Ã", "message_2.json",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3], [0xF0, 0x9F], [0x80],
    ];

    public static TheoryData<string, ChatFormat> Fixtures => new()
    {
        { "csv/two-people.csv", ChatFormat.Csv },
        { "csv/kinds-and-offsets.csv", ChatFormat.Csv },
        { "jsonl/two-people.jsonl", ChatFormat.Jsonl },
        { "telegram/single-chat.json", ChatFormat.Telegram },
        { "telegram/account.json", ChatFormat.Telegram },
        { "messenger/your_activity_across_facebook/messages/inbox/robinlee_1234567890/message_1.json", ChatFormat.Messenger },
        { "messenger-e2ee/robin.json", ChatFormat.Messenger },
        { "instagram/your_instagram_activity/messages/inbox/kit_17841400000000000/message_1.json", ChatFormat.Instagram },
        { "discord/flatmates.json", ChatFormat.Discord },
        { "signal/noor.md", ChatFormat.Signal },
        { "signal/older-version.md", ChatFormat.Signal },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Mutated_exports_fail_only_with_a_chat_import_error(string fixture, ChatFormat format)
    {
        var original = File.ReadAllBytes(Imports.Fixture(fixture));
        var name = Path.GetFileName(fixture);
        var random = new Random(fixture.Length * 7919);
        for (var i = 0; i < MutationsPerFixture; i++)
        {
            var mutated = Mutate(original, random);
            ReadSafely(mutated, name, null, fixture, i);
            ReadSafely(mutated, name, format, fixture, i);
        }
    }

    [Theory]
    [InlineData("{\"messages\":[{\"type\":\"message\",\"date_unixtime\":\"99999999999999\",\"from\":\"A\",\"text\":\"x\"}]}", ChatFormat.Telegram)]
    [InlineData("{\"messages\":[{\"sender_name\":\"A\",\"timestamp_ms\":9223372036854775807,\"content\":\"x\"}]}", ChatFormat.Messenger)]
    [InlineData("{\"guild\":{},\"channel\":{},\"messages\":[{\"timestamp\":\"0001-01-01T00:00:00+14:00\",\"author\":{\"name\":\"A\"},\"content\":\"x\"}]}", ChatFormat.Discord)]
    [InlineData("timestamp,sender,text\n0001-01-01T00:00:00+14:00,A,x\n", ChatFormat.Csv)]
    [InlineData("{\"timestamp\":\"9999-12-31T23:59:59-14:00\",\"sender\":\"A\",\"text\":\"x\"}\n", ChatFormat.Jsonl)]
    [InlineData("[9999-12-31 23:59] A: x\n", ChatFormat.Signal)]
    [InlineData("{\"messages\":[{\"type\":\"message\",\"date_unixtime\":\"1\",\"from\":\"\\ud800\",\"text\":\"x\"}]}", ChatFormat.Telegram)]
    [InlineData("{\"\\ud800\":1,\"messages\":[{\"sender_name\":\"A\",\"timestamp_ms\":1,\"content\":\"\\udc00\"}]}", ChatFormat.Messenger)]
    [InlineData("{\"timestamp\":\"2024-01-01T10:00:00\",\"sender\":\"\\ud800\",\"text\":\"x\"}\n", ChatFormat.Jsonl)]
    public void Edge_cases_found_by_mutation_are_refused_or_read(string text, ChatFormat format) =>
        ReadSafely(Encoding.UTF8.GetBytes(text), "edge", format, "inline", 0);

    [Fact]
    public void A_signal_message_of_endless_lines_is_cut_not_held()
    {
        var line = new string('w', 100_000);
        var text = "[2024-01-01 10:00] A: start\n" + string.Concat(Enumerable.Repeat(line + "\n", 30)) + "[2024-01-01 10:01] B: next\n";
        var (_, messages, diagnostics) = Imports.ReadText(text, "chat.md", ChatFormat.Signal);

        Assert.Equal(2, messages.Count);
        Assert.True(messages[0].Text.Length <= Mend.Import.Readers.Signal.SignalReader.MaxMessageChars + 100);
        Assert.Contains("longer than", Assert.Single(diagnostics.Issues).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_row_of_endless_columns_keeps_only_what_it_needs()
    {
        var text = "timestamp,sender,text\n2024-01-01T10:00:00,A,hi" + new string(',', 1_000_000) + "\n";
        var (_, messages, _) = Imports.ReadText(text, "x.csv");

        Assert.Equal("hi", Assert.Single(messages).Text);
    }

    private static void ReadSafely(byte[] bytes, string name, ChatFormat? format, string fixture, int mutation)
    {
        try
        {
            using var import = ChatImport.Open(new MemoryStream(bytes), name, format);
            foreach (var message in import.Messages)
            {
                Assert.NotNull(message.Sender);
                Assert.NotNull(message.Text);
                _ = message.Time.ToIso();
            }
        }
        catch (ChatImportException)
        {
        }
        catch (Exception e)
        {
            Assert.Fail($"{fixture}, mutation {mutation}, format {format?.Id() ?? "detected"}: {e.GetType().Name}: {e.Message}\n{Convert.ToBase64String(bytes)}");
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var steps = random.Next(1, 4);
        for (var step = 0; step < steps && bytes.Count > 0; step++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 3:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                default:
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }
}
