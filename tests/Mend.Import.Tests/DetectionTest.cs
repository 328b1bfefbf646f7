using Mend.Import.Readers;
using Mend.Import.Readers.Discord;
using Mend.Import.Readers.Generic;
using Mend.Import.Readers.Messenger;
using Mend.Import.Readers.Signal;
using Mend.Import.Readers.Telegram;

namespace Mend.Import.Tests;

/// <summary>Every fixture is detected as its own format, by its own reader only, and refuses every other format.</summary>
public sealed class DetectionTest
{
    private static readonly ChatReader[] Readers =
        [new TelegramReader(), new DiscordReader(), new InstagramReader(), new MessengerReader(), new SignalReader(), new JsonlReader(), new CsvReader()];

    public static TheoryData<string, ChatFormat> Fixtures => new()
    {
        { "csv/two-people.csv", ChatFormat.Csv },
        { "csv/kinds-and-offsets.csv", ChatFormat.Csv },
        { "jsonl/two-people.jsonl", ChatFormat.Jsonl },
        { "telegram/single-chat.json", ChatFormat.Telegram },
        { "telegram/account.json", ChatFormat.Telegram },
        { "telegram/truncated.json", ChatFormat.Telegram },
        { "messenger", ChatFormat.Messenger },
        { "messenger-download", ChatFormat.Messenger },
        { "messenger-e2ee/robin.json", ChatFormat.Messenger },
        { "instagram", ChatFormat.Instagram },
        { "discord/flatmates.json", ChatFormat.Discord },
        { "signal/noor.md", ChatFormat.Signal },
        { "signal/older-version.md", ChatFormat.Signal },
    };

    public static TheoryData<string, ChatFormat, ChatFormat> WrongFormats
    {
        get
        {
            var data = new TheoryData<string, ChatFormat, ChatFormat>();
            foreach (var row in Fixtures)
            {
                var (fixture, format) = row.Data;
                if (fixture.Contains("truncated", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var reader in Readers.Where(r => r.Format != format && !AreOneFamily(r.Format, format)))
                {
                    data.Add(fixture, format, reader.Format);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_is_detected_as_its_format(string fixture, ChatFormat format) =>
        Assert.Equal(format, ChatImport.Detect(Imports.Fixture(fixture)));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Only_its_own_reader_recognises_a_fixture(string fixture, ChatFormat format)
    {
        using var source = ImportSource.Open(Imports.Fixture(fixture));
        var recognisedBy = Readers.Where(reader => reader.Recognises(source)).Select(reader => reader.Format).ToList();

        // An Instagram download is a Messenger download with Instagram's paths: both readers can read it.
        var expected = format == ChatFormat.Instagram ? [ChatFormat.Instagram, ChatFormat.Messenger] : new List<ChatFormat> { format };
        Assert.Equal(expected, recognisedBy);
    }

    [Theory]
    [MemberData(nameof(WrongFormats))]
    public void A_wrong_format_gets_one_clear_error(string fixture, ChatFormat actual, ChatFormat forced)
    {
        var error = Assert.Throws<ChatImportException>(() => Imports.ReadFixture(fixture, forced));
        Assert.True(error.Line >= 1, $"{actual} read as {forced}: {error.Message}");
    }

    [Theory]
    [InlineData("12/03/2024, 21:05 - Sam: are you coming?\n12/03/2024, 21:06 - Kai: yes\n")]
    [InlineData("\u200E[12/03/2024, 21:05:11] Sam: are you coming?\n[12/03/2024, 21:06:00] Kai: yes\n")]
    [InlineData("[2024-03-12 21:05:11] Sam: are you coming?\n[2024-03-12 21:06:00] Kai: yes\n")]
    [InlineData("Dear diary,\nnothing happened today.\n")]
    [InlineData("{\"name\": \"a settings file\", \"values\": [1, 2, 3]}")]
    [InlineData("id,name,email\n1,Sam,sam@example.org\n")]
    public void Other_files_are_recognised_by_none_of_these_readers(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mend-detect-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        try
        {
            using var source = ImportSource.Open(path);
            Assert.DoesNotContain(Readers, reader => reader.Recognises(source));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool AreOneFamily(ChatFormat a, ChatFormat b) =>
        (a, b) is (ChatFormat.Messenger, ChatFormat.Instagram) or (ChatFormat.Instagram, ChatFormat.Messenger);
}
