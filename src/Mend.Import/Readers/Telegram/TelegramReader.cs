using System.Text.Json;
using Mend.Chat;
using Mend.Import.Readers.Json;

namespace Mend.Import.Readers.Telegram;

/// <summary>
/// Telegram Desktop's JSON export (<c>result.json</c>): a single chat (<c>{"name","type","id","messages":[…]}</c>)
/// or a whole account (<c>{"chats":{"list":[…]}}</c>). A whole-account export is read one chat at a time: the chat
/// with the most messages (the first of equals), with a diagnostic for each chat left out. Messages are streamed
/// element by element; an account export is walked twice (count, then read) without holding any chat.
/// </summary>
internal sealed class TelegramReader : ChatReader
{
    /// <summary>The most chats an account export may list (each is remembered while counting).</summary>
    public const int MaxChats = 100_000;

    /// <inheritdoc/>
    public override ChatFormat Format => ChatFormat.Telegram;

    /// <inheritdoc/>
    public override bool Recognises(ImportSource source)
    {
        var head = JsonHead.Of(source.Head);
        if (!head.IsObject || head.Has("sender_name") || head.Has("senderName") || head.Has("guild") || head.Has("timestamp_ms"))
        {
            return false;
        }

        return head.Has("personal_information")
            || (head.Has("chats") && head.Has("list"))
            || (head.Has("about") && (head.Has("contacts") || head.Has("frequent_contacts") || head.Has("left_chats")))
            || (head.Has("messages") && (head.Has("date_unixtime") || head.Has("text_entities") || head.Has("from_id")
                || (head.Has("date") && head.Has("from") && head.Has("text"))));
    }

    /// <inheritdoc/>
    public override IEnumerable<ChatMessage> Read(ImportSource source, ImportDiagnostics diagnostics) =>
        ReaderGuard.Guard(ReadCore(source, diagnostics), diagnostics, source.Name, Format);

    private static IEnumerable<ChatMessage> ReadCore(ImportSource source, ImportDiagnostics diagnostics)
    {
        var entry = source.Primary!;
        var chats = new List<ChatInfo>();
        var layout = Layout.Unknown;
        foreach (var message in Messages(entry, source.Name, Walk.SingleChat, 0, chats, diagnostics, found => layout = found))
        {
            yield return message;
        }

        if (layout != Layout.Account)
        {
            if (layout == Layout.Unknown)
            {
                throw new ChatImportException($"{source.Name} is JSON but holds no Telegram \"messages\" list or \"chats\" list.", 1);
            }

            yield break;
        }

        chats.Clear();
        foreach (var _ in Messages(entry, source.Name, Walk.Count, -1, chats, diagnostics, _ => { }))
        {
        }

        if (chats.Count == 0)
        {
            throw new ChatImportException($"{source.Name} is a Telegram account export with no chats in it.", 1);
        }

        var chosen = 0;
        for (var i = 1; i < chats.Count; i++)
        {
            if (chats[i].Messages > chats[chosen].Messages)
            {
                chosen = i;
            }
        }

        if (chats.Count > 1)
        {
            var read = chats[chosen];
            foreach (var other in chats.Where((_, i) => i != chosen))
            {
                diagnostics.Skip(other.Line, $"chat \"{other.Name}\" ({other.Messages} messages) left out: an account export is read one chat at a time, and \"{read.Name}\" ({read.Messages} messages) is the largest. Export that chat on its own to read it.");
            }
        }

        chats.Clear();
        foreach (var message in Messages(entry, source.Name, Walk.OneOfList, chosen, chats, diagnostics, _ => { }))
        {
            yield return message;
        }
    }

    private static IEnumerable<ChatMessage> Messages(
        ImportEntry entry, string name, Walk walk, int wanted, List<ChatInfo> chats, ImportDiagnostics diagnostics, Action<Layout> found)
    {
        using var json = new JsonStream(entry.Open(), name);
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
        {
            throw new ChatImportException($"{name} is not a Telegram export: line {json.Line} does not open a JSON object.", json.Line);
        }

        while (NextProperty(json) is { } property)
        {
            json.Expect();
            if (property == "messages" && json.TokenType == JsonTokenType.StartArray && walk == Walk.SingleChat)
            {
                found(Layout.SingleChat);
                foreach (var message in Elements(json, diagnostics))
                {
                    yield return message;
                }
            }
            else if (property == "chats" && json.TokenType == JsonTokenType.StartObject)
            {
                if (walk == Walk.SingleChat)
                {
                    found(Layout.Account);
                    yield break;
                }

                while (NextProperty(json) is { } inner)
                {
                    json.Expect();
                    if (inner == "list" && json.TokenType == JsonTokenType.StartArray)
                    {
                        foreach (var message in List(json, walk, wanted, chats, diagnostics))
                        {
                            yield return message;
                        }

                        if (walk == Walk.OneOfList && chats.Count > wanted)
                        {
                            yield break;
                        }
                    }
                    else
                    {
                        json.Skip();
                    }
                }
            }
            else
            {
                json.Skip();
            }
        }
    }

    private static IEnumerable<ChatMessage> List(JsonStream json, Walk walk, int wanted, List<ChatInfo> chats, ImportDiagnostics diagnostics)
    {
        while (true)
        {
            json.Expect();
            if (json.TokenType == JsonTokenType.EndArray)
            {
                yield break;
            }

            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                continue;
            }

            if (chats.Count == MaxChats)
            {
                throw new ChatImportException($"The export lists more than {MaxChats:N0} chats (line {json.Line}): this is not a Telegram account export.", json.Line);
            }

            var chat = new ChatInfo { Line = json.Line, Name = $"chat {chats.Count + 1}" };
            chats.Add(chat);
            var index = chats.Count - 1;
            while (NextProperty(json) is { } property)
            {
                json.Expect();
                if (property == "name" && json.TokenType == JsonTokenType.String)
                {
                    chat.Name = json.Text ?? chat.Name;
                }
                else if (property == "messages" && json.TokenType == JsonTokenType.StartArray)
                {
                    if (walk == Walk.Count)
                    {
                        while (true)
                        {
                            json.Expect();
                            if (json.TokenType == JsonTokenType.EndArray)
                            {
                                break;
                            }

                            chat.Messages++;
                            json.Skip();
                        }
                    }
                    else if (index == wanted)
                    {
                        foreach (var message in Elements(json, diagnostics))
                        {
                            yield return message;
                        }
                    }
                    else
                    {
                        json.Skip();
                    }
                }
                else
                {
                    json.Skip();
                }
            }

            if (walk == Walk.OneOfList && index == wanted)
            {
                yield break;
            }
        }
    }

    private static IEnumerable<ChatMessage> Elements(JsonStream json, ImportDiagnostics diagnostics)
    {
        while (json.TryReadElement(out var element, out var line))
        {
            if (element is null)
            {
                diagnostics.Skip(line, $"a message larger than {JsonStream.MaxElementBytes / (1024 * 1024)} MB was skipped");
                continue;
            }

            ChatMessage? message;
            string? problem;
            using (element)
            {
                message = JsonText.Message(TelegramMessage.Read, element.RootElement, line, out problem);
            }

            if (message is null)
            {
                diagnostics.Skip(line, problem!);
                continue;
            }

            yield return message;
        }
    }

    /// <summary>The name of the next property of the object being walked, or null at its end.</summary>
    private static string? NextProperty(JsonStream json)
    {
        json.Expect();
        return json.TokenType == JsonTokenType.PropertyName ? json.Text ?? "" : null;
    }

    private enum Walk
    {
        SingleChat,
        Count,
        OneOfList,
    }

    private enum Layout
    {
        Unknown,
        SingleChat,
        Account,
    }

    private sealed class ChatInfo
    {
        public required string Name { get; set; }

        public long Line { get; init; }

        public long Messages { get; set; }
    }
}
