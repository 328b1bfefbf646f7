using Mend.Import.Readers;
using Mend.Import.Readers.Discord;
using Mend.Import.Readers.Generic;
using Mend.Import.Readers.Messenger;
using Mend.Import.Readers.Signal;
using Mend.Import.Readers.Telegram;
using Mend.Import.Readers.WhatsApp;

namespace Mend.Import.Tests;

/// <summary>Every fixture is detected as its own format, by its own reader only, and refuses every other format.</summary>
public sealed class DetectionTest
{
    private static readonly ChatReader[] Readers =
        [new TelegramReader(), new DiscordReader(), new InstagramReader(), new MessengerReader(), new SignalReader(), new WhatsAppReader(), new JsonlReader(), new CsvReader()];

    public static TheoryData<string, ChatFormat> Fixtures
    {
        get
        {
            var data = new TheoryData<string, ChatFormat>(Formats);
            foreach (var file in Directory.EnumerateFiles(Imports.Fixture("whatsapp")).Order(StringComparer.Ordinal))
            {
                data.Add("whatsapp/" + Path.GetFileName(file), ChatFormat.WhatsApp);
            }

            return data;
        }
    }

    private static TheoryData<string, ChatFormat> Formats => new()
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
        { "discord-parts", ChatFormat.Discord },
        { "signal/noor.md", ChatFormat.Signal },
        { "signal/older-version.md", ChatFormat.Signal },
        { "signal-export", ChatFormat.Signal },
        { "signal-export/Noor", ChatFormat.Signal },
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

        // An Instagram download is a Messenger download with Instagram's paths, and signal-export's lines have a shape
        // WhatsApp also writes: the later reader could read these too, which is why the first is asked first.
        var alsoReadBy = format switch
        {
            ChatFormat.Instagram => [ChatFormat.Messenger],
            ChatFormat.Signal => [ChatFormat.WhatsApp],
            _ => Array.Empty<ChatFormat>(),
        };
        Assert.Equal(format, recognisedBy[0]);
        Assert.All(recognisedBy.Skip(1), other => Assert.Contains(other, alsoReadBy));
    }

    [Theory]
    [MemberData(nameof(WrongFormats))]
    public void A_wrong_format_gets_one_clear_error(string fixture, ChatFormat actual, ChatFormat forced)
    {
        var error = Assert.Throws<ChatImportException>(() => Imports.ReadFixture(fixture, forced));
        Assert.True(error.Line >= 1, $"{actual} read as {forced}: {error.Message}");
    }

    [Theory]
    [InlineData("Dear diary,\nnothing happened today.\n")]
    [InlineData("{\"name\": \"a settings file\", \"values\": [1, 2, 3]}")]
    [InlineData("id,name,email\n1,Sam,sam@example.org\n")]
    public void Other_files_are_recognised_by_no_reader(string text)
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

    private static bool AreOneFamily(ChatFormat forced, ChatFormat actual) =>
        (forced, actual) is (ChatFormat.Messenger, ChatFormat.Instagram) or (ChatFormat.Instagram, ChatFormat.Messenger) or (ChatFormat.WhatsApp, ChatFormat.Signal);
}
