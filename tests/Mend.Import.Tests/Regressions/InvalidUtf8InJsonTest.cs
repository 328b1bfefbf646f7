using System.Text;

namespace Mend.Import.Tests.Regressions;

/// <summary>
/// Found by tools/fuzz.sh in every JSON reader (Telegram, Messenger, Instagram, Discord): one byte that is not valid
/// UTF-8 inside a message's text made System.Text.Json throw, and the reader's safety net then ended the whole import
/// at that message. Now the byte reads as U+FFFD, like in the text formats, and every message is kept.
/// </summary>
public sealed class InvalidUtf8InJsonTest
{
    public static TheoryData<string> JsonFixtures() => new(
        Directory.GetFiles(TestData.Fixture(""), "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(TestData.Fixture(""), path))
            .Where(path => !path.Contains("truncated", StringComparison.Ordinal))
            .Where(path => !path.StartsWith("signal-export", StringComparison.Ordinal)) // signal-export is read through chat.md
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(JsonFixtures))]
    public void A_bad_byte_in_a_message_loses_nothing(string fixture)
    {
        var path = TestData.Fixture(fixture);
        var original = File.ReadAllBytes(path);
        var format = ChatImport.Detect(path);
        Assert.NotNull(format);
        var expected = Read(original, format.Value, out _);

        var damaged = (byte[])original.Clone();
        var at = FirstTextValue(damaged);
        Assert.True(at > 0, "the fixture has a text or content value");
        damaged[at] = 0xFF;
        var messages = Read(damaged, format.Value, out var diagnostics);

        Assert.Equal(expected, messages);
        Assert.DoesNotContain(diagnostics.Issues, i => i.Reason.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void Sequences_cut_by_the_read_buffer_and_bad_bytes_at_the_end_are_repaired()
    {
        // 64 KB of ASCII, then a 3-byte character straddling the chunk boundary, then an invalid byte at the very end.
        var text = new string('a', 65_535) + "€" + "b";
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xE2, 0x82 }).ToArray();
        using var repaired = new Mend.Import.Readers.Json.Utf8RepairStream(new MemoryStream(bytes));
        using var reader = new StreamReader(repaired, new UTF8Encoding(false, throwOnInvalidBytes: true));

        Assert.Equal(text + "\uFFFD", reader.ReadToEnd());
    }

    private static int Read(byte[] bytes, ChatFormat format, out ImportDiagnostics diagnostics)
    {
        using var import = ChatImport.Open(new MemoryStream(bytes), "message_1.json", format);
        var count = import.Messages.Count();
        diagnostics = import.Diagnostics;
        return count;
    }

    private static int FirstTextValue(byte[] bytes)
    {
        var json = Encoding.Latin1.GetString(bytes);
        foreach (var key in new[] { "\"text\": \"", "\"text\":\"", "\"content\": \"", "\"content\":\"" })
        {
            for (var found = json.IndexOf(key, StringComparison.Ordinal); found >= 0; found = json.IndexOf(key, found + 1, StringComparison.Ordinal))
            {
                if (json[found + key.Length] is >= 'A' and <= 'z')
                {
                    return found + key.Length;
                }
            }
        }

        return -1;
    }
}
