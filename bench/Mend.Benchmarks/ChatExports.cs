using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mend.Benchmarks;

/// <summary>
/// Deterministic generated exports in the JSON, Markdown and generic formats (<c>export FORMAT PATH N</c>), written
/// as they are made so that a million messages are never held: two people, the benchmark corpus' everyday texts,
/// a photo every so often. Messenger is a folder of <c>message_1.json …</c> with 10,000 messages per file, newest
/// first and escaped the way Meta escapes text.
/// </summary>
public static class ChatExports
{
    /// <summary>The formats <see cref="Write"/> makes.</summary>
    public static readonly string[] Formats = ["telegram", "discord", "messenger", "signal", "csv", "jsonl"];

    private const int MetaFileSize = 10_000;
    private static readonly string[] People = ["Robin", "Sam Lée"];
    private static readonly DateTimeOffset Start = new(2019, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Writes a <paramref name="format"/> export of <paramref name="messages"/> messages to <paramref name="path"/>.</summary>
    public static void Write(string format, string path, int messages)
    {
        var texts = ChatCorpus.Generate(Math.Min(messages, 50_000));
        switch (format)
        {
            case "telegram":
                WriteJson(path, messages, texts, writer =>
                {
                    writer.WriteString("name", People[1]);
                    writer.WriteString("type", "personal_chat");
                    writer.WriteNumber("id", 4412345678);
                }, (writer, i, text) =>
                {
                    writer.WriteNumber("id", i + 1);
                    writer.WriteString("type", "message");
                    writer.WriteString("date", Time(i).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
                    writer.WriteString("date_unixtime", Time(i).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
                    writer.WriteString("from", People[i % 2]);
                    writer.WriteString("from_id", $"user{i % 2}");
                    if (i % 50 == 49)
                    {
                        writer.WriteString("photo", "photos/photo.jpg");
                        text = "";
                    }

                    writer.WriteString("text", text);
                    writer.WriteStartArray("text_entities");
                    if (text.Length > 0)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("type", "plain");
                        writer.WriteString("text", text);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                });
                break;
            case "discord":
                WriteJson(path, messages, texts, writer =>
                {
                    writer.WriteStartObject("guild");
                    writer.WriteString("id", "0");
                    writer.WriteString("name", "Direct Messages");
                    writer.WriteEndObject();
                    writer.WriteStartObject("channel");
                    writer.WriteString("id", "1");
                    writer.WriteString("type", "DirectTextChat");
                    writer.WriteString("name", People[1]);
                    writer.WriteEndObject();
                }, (writer, i, text) =>
                {
                    writer.WriteString("id", (100_000_000_000 + i).ToString(CultureInfo.InvariantCulture));
                    writer.WriteString("type", i % 20 == 19 ? "Reply" : "Default");
                    writer.WriteString("timestamp", Time(i).ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
                    writer.WriteString("content", text);
                    writer.WriteStartObject("author");
                    writer.WriteString("id", (i % 2).ToString(CultureInfo.InvariantCulture));
                    writer.WriteString("name", People[i % 2].ToLowerInvariant().Replace(' ', '_'));
                    writer.WriteString("nickname", People[i % 2]);
                    writer.WriteEndObject();
                    writer.WriteStartArray("attachments");
                    writer.WriteEndArray();
                    writer.WriteStartArray("reactions");
                    writer.WriteEndArray();
                });
                break;
            case "messenger":
                WriteMessenger(path, messages, texts);
                break;
            case "signal":
                WriteLines(path, null, messages, i =>
                    $"[{Time(i).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}] {(i % 2 == 0 ? "Me" : People[1])}: {texts[i % texts.Length]}  ");
                break;
            case "csv":
                WriteLines(path, "timestamp,sender,text", messages, i =>
                    $"{Time(i).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)},{People[i % 2]},\"{texts[i % texts.Length].Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
                break;
            case "jsonl":
                WriteLines(path, null, messages, i => JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["timestamp"] = Time(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                    ["sender"] = People[i % 2],
                    ["text"] = texts[i % texts.Length],
                }));
                break;
            default:
                throw new ArgumentException($"No generator for {format}; formats: {string.Join(", ", Formats)}.", nameof(format));
        }
    }

    private static DateTimeOffset Time(int i) => Start.AddSeconds(i * 47L);

    private static void WriteLines(string path, string? header, int messages, Func<int, string> line)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        if (header is not null)
        {
            writer.WriteLine(header);
        }

        for (var i = 0; i < messages; i++)
        {
            writer.WriteLine(line(i));
        }
    }

    private static void WriteJson(string path, int messages, string[] texts, Action<Utf8JsonWriter> head, Action<Utf8JsonWriter, int, string> message)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        head(writer);
        writer.WriteStartArray("messages");
        for (var i = 0; i < messages; i++)
        {
            writer.WriteStartObject();
            message(writer, i, texts[i % texts.Length]);
            writer.WriteEndObject();
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMessenger(string folder, int messages, string[] texts)
    {
        Directory.CreateDirectory(folder);
        var files = (messages + MetaFileSize - 1) / MetaFileSize;
        for (var file = 1; file <= files; file++)
        {
            // message_1 holds the newest messages; every file lists its messages newest first.
            var newest = messages - 1 - ((file - 1) * MetaFileSize);
            var oldest = Math.Max(0, newest - MetaFileSize + 1);
            using var stream = File.Create(Path.Combine(folder, $"message_{file}.json"));
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            writer.WriteStartObject();
            writer.WriteStartArray("participants");
            foreach (var person in People)
            {
                writer.WriteStartObject();
                writer.WriteString("name", Meta(person));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("messages");
            for (var i = newest; i >= oldest; i--)
            {
                writer.WriteStartObject();
                writer.WriteString("sender_name", Meta(People[i % 2]));
                writer.WriteNumber("timestamp_ms", Time(i).ToUnixTimeMilliseconds());
                writer.WriteString("content", Meta(texts[i % texts.Length]));
                writer.WriteBoolean("is_geoblocked_for_viewer", false);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("title", Meta(People[1]));
            writer.WriteString("thread_path", "inbox/samlee_1234567890");
            writer.WriteEndObject();
        }
    }

    /// <summary>Meta's escaping: each UTF-8 byte of the text as its own character (written as <c>\u00XX</c>).</summary>
    private static string Meta(string text) => string.Concat(Encoding.UTF8.GetBytes(text).Select(b => (char)b));
}
