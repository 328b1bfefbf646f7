using System.IO.Compression;
using Mend.Import.Readers.Messenger;

namespace Mend.Import.Tests.Readers.Messenger;

public sealed class MessengerReaderTest
{
    private static readonly string[] Conversation =
    [
        "2024-03-01T18:00:00Z|Sam Park|Text|Café later?",
        "2024-03-01T18:01:00Z|Robin Lée|Text|You were not there when I needed you.\nAgain.",
        "2024-03-01T18:02:00Z|Robin Lée|Media|<photo>",
        "2024-03-01T18:03:00Z|Sam Park|Text|Je suis désolé 😔",
        "2024-03-01T18:04:00Z|Sam Park|Text|I’ll be on time next week, I promise.",
        "2024-03-01T18:05:00Z|Robin Lée|Text|Thank you for saying that 💛",
        "2024-03-01T18:06:00Z|Sam Park|Text|https://example.org/article",
        "2024-03-01T18:07:00Z|Robin Lée|Media|<sticker>",
        "2024-03-01T18:08:00Z|Sam Park|System|Sam Park called you.",
    ];

    [Fact]
    public void A_conversation_folder_is_merged_oldest_first_with_mojibake_repaired()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("messenger");

        Assert.Equal(ChatFormat.Messenger, format);
        Assert.Equal(Conversation, messages.Select(Imports.Show));
        Assert.Equal("an unsent message", Assert.Single(diagnostics.Issues).Reason);
    }

    [Fact]
    public void The_same_conversation_zipped_reads_the_same()
    {
        var zip = Path.Combine(Path.GetTempPath(), $"mend-messenger-{Guid.NewGuid():N}.zip");
        ZipFile.CreateFromDirectory(Imports.Fixture("messenger"), zip);
        try
        {
            var (format, messages, _) = Imports.ReadPath(zip);

            Assert.Equal(ChatFormat.Messenger, format);
            Assert.Equal(Conversation, messages.Select(Imports.Show));
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [Fact]
    public void One_file_given_alone_is_read_on_its_own()
    {
        var (_, messages, _) = Imports.ReadFixture("messenger/your_activity_across_facebook/messages/inbox/robinlee_1234567890/message_2.json");

        Assert.Equal(Conversation[..4], messages.Select(Imports.Show));
    }

    [Fact]
    public void A_download_with_several_conversations_reads_one_and_names_the_rest()
    {
        var (_, messages, diagnostics) = Imports.ReadFixture("messenger-download");

        Assert.Equal(["hello Ana", "see you"], messages.Select(m => m.Text));
        Assert.Contains("\"messages/inbox/bo_2\" left out", Assert.Single(diagnostics.Issues).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Instagram_is_told_apart_by_its_download_paths()
    {
        var (format, messages, diagnostics) = Imports.ReadFixture("instagram");

        Assert.Equal(ChatFormat.Instagram, format);
        Assert.Equal(
            [
                "2024-03-01T18:01:00Z|kit.m|Text|why do you always do this",
                "2024-03-01T18:02:00Z|Zoë|Text|sorry I snapped at you earlier 🙈",
                "2024-03-01T18:03:00Z|Zoë|Media|<share>",
                "2024-03-01T18:04:00Z|kit.m|System|Liked a message",
            ],
            messages.Select(Imports.Show));
        Assert.Equal(0, diagnostics.Count);
    }

    [Theory]
    [InlineData("instagram-kit.m-2024-03-02-AbCd.zip", ChatFormat.Instagram)]
    [InlineData("facebook-robin-2024-03-02.zip", ChatFormat.Messenger)]
    public void A_zipped_download_without_instagram_paths_is_told_apart_by_its_name(string zipName, ChatFormat expected)
    {
        var folder = Directory.CreateTempSubdirectory("mend-meta-").FullName;
        try
        {
            var zip = Path.Combine(folder, zipName);
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            {
                var entry = archive.CreateEntry("messages/inbox/kit_1/message_1.json");
                using var writer = new StreamWriter(entry.Open());
                writer.Write("{\"participants\":[{\"name\":\"kit\"}],\"messages\":[{\"sender_name\":\"kit\",\"timestamp_ms\":1709316000000,\"content\":\"hi\"}]}");
            }

            Assert.Equal(expected, ChatImport.Detect(zip));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_end_to_end_encrypted_download_shape_is_read()
    {
        var (format, messages, _) = Imports.ReadFixture("messenger-e2ee/robin.json");

        Assert.Equal(ChatFormat.Messenger, format);
        Assert.Equal(
            [
                "2024-03-01T18:00:00Z|Sam|Text|It's ok, call me back?",
                "2024-03-01T18:01:00Z|Robin|Text|I'm sorry I missed your call",
                "2024-03-01T18:02:00Z|Sam|Media|<media>",
            ],
            messages.Select(Imports.Show));
    }

    [Theory]
    [InlineData("Caf\u00C3\u00A9", "Café")]
    [InlineData("\u00F0\u009F\u0098\u0094", "😔")]
    [InlineData("Café", "Café")]
    [InlineData("Ã plain", "Ã plain")]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("already “fine” 😔", "already “fine” 😔")]
    public void Mojibake_is_repaired_only_when_it_is_mojibake(string text, string expected) =>
        Assert.Equal(expected, Mojibake.Repair(text));

    [Fact]
    public void A_meta_file_without_messages_is_an_error()
    {
        var error = Assert.Throws<ChatImportException>(() => Imports.ReadText("{\"participants\": []}", "message_1.json", ChatFormat.Messenger));
        Assert.Contains("no \"messages\" list", error.Message, StringComparison.Ordinal);
    }
}
