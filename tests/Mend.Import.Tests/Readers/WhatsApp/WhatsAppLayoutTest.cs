using System.IO.Compression;
using Mend.Chat;
using Mend.Import.Readers.WhatsApp;

namespace Mend.Import.Tests.Readers.WhatsApp;

/// <summary>
/// The same short conversation exported in every header layout WhatsApp writes (Fixtures/whatsapp/*.txt): each
/// must read to the same messages — times, senders, multi-line text with a blank line, a continuation line that
/// starts with a date, a media placeholder in the export's language, the "edited" suffix removed, and two system
/// lines (one written under the group's name, one whose text holds a colon).
/// </summary>
public sealed class WhatsAppLayoutTest
{
    public static TheoryData<string> Layouts() => new(
        Directory.GetFiles(TestData.Fixture("whatsapp"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layout_reads_to_the_same_conversation(string file)
    {
        var (format, messages, diagnostics) = TestData.Import(TestData.Fixture($"whatsapp/{file}"));

        Assert.Equal(ChatFormat.WhatsApp, format);
        Assert.Empty(diagnostics.Issues);
        Assert.Collection(
            messages,
            m => Expect(m, "2023-01-04T19:02:00", "", ChatMessageKind.System, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.", 1),
            m => Expect(m, "2023-01-04T19:03:00", "Alice", ChatMessageKind.Text, "Are we still on for dinner?\n\nI booked the table for 8.", 2),
            m => Expect(m, "2023-01-13T08:15:00", "Bob", ChatMessageKind.Media, null, 5),
            m => Expect(m, "2023-01-13T08:16:00", "Bob", ChatMessageKind.Text, "Sorry I missed it.\n12/01/2023, 09:00 was when I should have left.", 6),
            m => Expect(m, "2023-01-13T08:20:00", "Alice", ChatMessageKind.Text, "It's fine. Thank you for saying it.", 8),
            m => Expect(m, "2023-02-01T21:45:00", "", ChatMessageKind.System, "Alice changed the subject to “Dinner: Friday”", 9));
    }

    [Fact]
    public void A_zip_with_chat_txt_and_media_reads_like_the_text()
    {
        var zip = Path.Combine(Path.GetTempPath(), $"mend-wa-{Guid.NewGuid():N}.zip");
        try
        {
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            {
                archive.CreateEntryFromFile(TestData.Fixture("whatsapp/ios-en-gb.txt"), "_chat.txt");
                using var photo = archive.CreateEntry("00000003-PHOTO-2023-01-13-08-15-00.jpg").Open();
                photo.Write([0xFF, 0xD8, 0xFF, 0xE0]);
            }

            var (format, messages, diagnostics) = TestData.Import(zip);

            Assert.Equal(ChatFormat.WhatsApp, format);
            Assert.Empty(diagnostics.Issues);
            Assert.Equal(6, messages.Count);
            Assert.Equal("<attached: 00000003-PHOTO-2023-01-13-08-15-00.jpg>", messages[2].Text);
            Assert.Equal(ChatMessageKind.Media, messages[2].Kind);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [Theory]
    // Numbers above 12 settle the order, wherever in the file they are.
    [InlineData("03/01/2023, 10:00 - A: x\n04/01/2023, 10:00 - B: y\n25/01/2023, 10:00 - A: z\n", "2023-01-03")]
    [InlineData("01/03/2023, 10:00 - A: x\n01/04/2023, 10:00 - B: y\n01/25/2023, 10:00 - A: z\n", "2023-01-03")]
    // All ≤ 12: the reading under which the chat does not go back in time (day first: 5 Feb, 6 Mar, 9 Apr).
    [InlineData("05/02/2023, 10:00 - A: x\n06/03/2023, 10:00 - B: y\n09/04/2023, 10:00 - A: z\n", "2023-02-05")]
    // ... and month first (5 Feb, 6 Mar, 9 Jan would go back; 2 May, 3 Jun, 1 Sep does not).
    [InlineData("05/02/2023, 10:00 - A: x\n06/03/2023, 10:00 - B: y\n09/01/2023, 10:00 - A: z\n", "2023-05-02")]
    // All ≤ 12 and both readings in order: days change more often than months.
    [InlineData("09/10/22, 11:37 - A: x\n10/10/22, 11:37 - B: y\n11/10/22, 11:37 - A: z\n", "2022-10-09")]
    // Nothing tells: day first, except m/d/yy with a plain AM/PM (en-US) and year-first dates.
    [InlineData("3/6/18, 1:55 p.m. - A: x\n", "2018-06-03")]
    [InlineData("3/6/18, 1:55 PM - A: x\n", "2018-03-06")]
    [InlineData("[2018/03/06 13:55:00] A: x\n", "2018-03-06")]
    [InlineData("03-06-2018, 01.55 PM - A: x\n", "2018-06-03")]
    public void Day_and_month_order_is_inferred_over_the_whole_file(string export, string firstDate)
    {
        var (messages, _) = TestData.Read(new WhatsAppReader(), export);

        Assert.Equal(firstDate, messages[0].Time.ToIso()[..10]);
    }

    [Fact]
    public void The_order_found_in_the_last_line_applies_to_the_first()
    {
        var lines = Enumerable.Range(1, 5000).Select(i => $"0{1 + (i % 9)}/0{1 + (i % 9)}/2023, 10:00 - A: message {i}").ToList();
        lines.Add("13/01/2023, 10:00 - A: the thirteenth");
        var (messages, diagnostics) = TestData.Read(new WhatsAppReader(), string.Join('\n', lines));

        Assert.Equal(5001, messages.Count);
        Assert.Contains(messages, m => m.Text == "the thirteenth" && m.Time.ToIso() == "2023-01-13T10:00:00");
        Assert.DoesNotContain(diagnostics.Issues, i => !i.Reason.Contains("dated before", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continuation_line_in_another_layout_stays_in_its_message()
    {
        const string export = """
            23/06/2018, 01:55 p.m. - Alice: one
            two
            2016-04-29 10:30:00
            [23/06/2018, 01:56:00] not a header here either
            23/06/2018, 01:56 - not this one (24-hour)
            23/06/2018, 01:57 p.m. - Bob: next
            """;
        var (messages, diagnostics) = TestData.Read(new WhatsAppReader(), export);

        Assert.Empty(diagnostics.Issues);
        Assert.Equal(2, messages.Count);
        Assert.Equal("one\ntwo\n2016-04-29 10:30:00\n[23/06/2018, 01:56:00] not a header here either\n23/06/2018, 01:56 - not this one (24-hour)", messages[0].Text);
        Assert.Equal("Bob", messages[1].Sender);
    }

    [Fact]
    public void Lines_a_little_out_of_order_are_put_in_time_order()
    {
        const string export = "1/1/21, 12:00 - A: Hi\n1/1/21, 12:01 - B: up?\n1/1/21, 12:03 - B: <Media omitted>\n1/1/21, 12:02 - A: late\n";
        var (messages, diagnostics) = TestData.Read(new WhatsAppReader(), export);

        Assert.Empty(diagnostics.Issues);
        Assert.Equal(["Hi", "up?", "late", "<Media omitted>"], messages.Select(m => m.Text));
        Assert.Equal([1L, 2, 4, 3], messages.Select(m => m.Line));
    }

    [Fact]
    public void An_impossible_date_is_reported_and_its_line_kept_in_the_message_before()
    {
        const string export = "31/01/2023, 10:00 - A: first\n31/02/2023, 10:00 - B: never\n01/03/2023, 10:00 - A: after\n";
        var (messages, diagnostics) = TestData.Read(new WhatsAppReader(), export);

        Assert.Equal(2, messages.Count);
        Assert.Equal("first\n31/02/2023, 10:00 - B: never", messages[0].Text);
        var issue = Assert.Single(diagnostics.Issues);
        Assert.Equal(2, issue.Line);
        Assert.Contains("does not exist", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_before_the_first_header_are_skipped_with_their_line_number()
    {
        const string export = "\uFEFFsomething pasted above\n\n12/01/2023, 10:00 - A: hello\n";
        var (messages, diagnostics) = TestData.Read(new WhatsAppReader(), export);

        Assert.Equal("hello", Assert.Single(messages).Text);
        var issue = Assert.Single(diagnostics.Issues);
        Assert.Equal(1, issue.Line);
    }

    [Fact]
    public void Forcing_whatsapp_on_a_file_that_is_not_one_names_the_first_line()
    {
        var error = Assert.Throws<ChatImportException>(() => TestData.Read(new WhatsAppReader(), "\n\nDear diary,\nnothing happened.\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("line 3: \"Dear diary,\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7:02\u202FPM")]
    [InlineData("7:02\u00A0PM")]
    [InlineData("7:02 PM")]
    [InlineData("7:02 pm")]
    [InlineData("7:02 p.m.")]
    [InlineData("7:02 p. m.")]
    [InlineData("7:02 p.\u00A0m.")]
    [InlineData("7:02\u202Fp.\u202Fm.")]
    public void Every_way_of_writing_pm_is_read(string time)
    {
        var (messages, _) = TestData.Read(new WhatsAppReader(), $"13/1/23, {time} - Alice: ok\n");

        Assert.Equal("2023-01-13T19:02:00", Assert.Single(messages).Time.ToIso());
    }

    [Theory]
    [InlineData("12:05 AM", "00:05")]
    [InlineData("12:05 PM", "12:05")]
    [InlineData("00:08 a. m.", "00:08")]
    [InlineData("13:37 p.m.", "13:37")]
    public void Twelve_hour_edge_cases(string time, string expected)
    {
        var (messages, _) = TestData.Read(new WhatsAppReader(), $"13/1/23, {time} - Alice: ok\n");

        Assert.Equal($"2023-01-13T{expected}:00", Assert.Single(messages).Time.ToIso());
    }

    [Theory]
    [InlineData("<Media omitted>", ChatMessageKind.Media)]
    [InlineData("<Medien ausgeschlossen>", ChatMessageKind.Media)]
    [InlineData("<Multimedia omitido>", ChatMessageKind.Media)]
    [InlineData("\u200Eimage omitted", ChatMessageKind.Media)]
    [InlineData("sticker omitted", ChatMessageKind.Media)]
    [InlineData("\u200EDinner.pdf • \u200E3 pages \u200Edocument omitted", ChatMessageKind.Media)]
    [InlineData("\u200E<attached: 00000001-AUDIO-2022-12-31-11-40-26.opus>", ChatMessageKind.Media)]
    [InlineData("IMG-20210428-WA0001.jpg (file attached)", ChatMessageKind.Media)]
    [InlineData("IMG-20210428-WA0001.jpg (Datei angehängt)", ChatMessageKind.Media)]
    [InlineData("This message was deleted", ChatMessageKind.Media)]
    [InlineData("Se eliminó este mensaje.", ChatMessageKind.Media)]
    [InlineData("honestly the part about the money was omitted", ChatMessageKind.Text)]
    [InlineData("<3 you>", ChatMessageKind.Text)]
    public void Placeholders_are_media(string text, ChatMessageKind kind)
    {
        var (messages, _) = TestData.Read(new WhatsAppReader(), $"13/1/23, 19:02 - Alice: {text}\n");

        Assert.Equal(kind, Assert.Single(messages).Kind);
    }

    [Theory]
    [InlineData("12/9/20, 23:55 - Messages and calls are end-to-end encrypted. Tap to learn more.")]
    [InlineData("12/9/20, 23:16 - Alice created group \"Some group\"")]
    [InlineData("12/9/20, 23:55 - Alice added you")]
    [InlineData("[7/20/21, 11:21:27] +1 (777) 777\u20117777: +1 (777) 777\u20117777 joined using this group's invite link")]
    [InlineData("15.04.2016, 15:04 - Pokemon Chat: Messages and calls are end-to-end encrypted.")]
    [InlineData("[31/12/2022 19:29:20] +12 345 67 89 00 changed the subject to “Group Name”")]
    public void System_lines_have_no_sender(string line)
    {
        var (messages, _) = TestData.Read(new WhatsAppReader(), line + "\n");

        var message = Assert.Single(messages);
        Assert.Equal(ChatMessageKind.System, message.Kind);
        Assert.Equal("", message.Sender);
        Assert.False(message.IsFromParticipant);
    }

    [Fact]
    public void Senders_and_text_are_kept_as_written_without_direction_marks()
    {
        var (messages, _) = TestData.Read(new WhatsAppReader(), "\u200E[10/12/21, 10:10:00] \u200EJohn Doe 🤓\u200E: Lorem : ipsum\n[20/01/19, 11:23:00] Alice:.\n");

        Assert.Equal("John Doe 🤓", messages[1].Sender);
        Assert.Equal("Lorem : ipsum", messages[1].Text);
        Assert.Equal(".", messages[0].Text);
    }

    [Fact]
    public void The_signal_export_layout_is_not_taken_for_whatsapp()
    {
        using var source = ImportSource.FromStream(new MemoryStream("[2019-12-24, 12:23] Jane Doe: Hello John!\n"u8.ToArray()), "chat.md");

        Assert.False(new WhatsAppReader().Recognises(source));
    }

    private static void Expect(ChatMessage message, string time, string sender, ChatMessageKind kind, string? text, long line)
    {
        Assert.Equal(time, message.Time.ToIso());
        Assert.Equal(sender, message.Sender);
        Assert.Equal(kind, message.Kind);
        if (text is not null)
        {
            Assert.Equal(text, message.Text);
        }

        Assert.Equal(line, message.Line);
    }
}
