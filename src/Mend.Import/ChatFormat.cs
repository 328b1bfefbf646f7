namespace Mend.Import;

/// <summary>The chat exports Mend reads. Ids (<see cref="ChatFormats.Id"/>) are used by <c>--format</c> and JSON.</summary>
public enum ChatFormat
{
    /// <summary>WhatsApp's "Export chat" text (Android and iOS), or the <c>.zip</c> holding <c>_chat.txt</c>.</summary>
    WhatsApp,
    /// <summary>Telegram Desktop's JSON export: one chat, or a whole account.</summary>
    Telegram,
    /// <summary>Facebook Messenger's JSON download (<c>message_1.json … message_N.json</c>).</summary>
    Messenger,
    /// <summary>Instagram's JSON download of direct messages (the Messenger family).</summary>
    Instagram,
    /// <summary>signal-export's Markdown.</summary>
    Signal,
    /// <summary>DiscordChatExporter's JSON.</summary>
    Discord,
    /// <summary>Mend's generic CSV: a header row with <c>timestamp,sender,text</c>.</summary>
    Csv,
    /// <summary>Mend's generic JSON Lines: one <c>{"timestamp","sender","text"}</c> object per line.</summary>
    Jsonl,
}

/// <summary>Ids of <see cref="ChatFormat"/> values.</summary>
public static class ChatFormats
{
    /// <summary>Every format, in declaration order.</summary>
    public static IReadOnlyList<ChatFormat> All { get; } = Enum.GetValues<ChatFormat>();

    /// <summary>The format's id: <c>whatsapp</c>, <c>telegram</c>, <c>messenger</c>, <c>instagram</c>, <c>signal</c>, <c>discord</c>, <c>csv</c>, <c>jsonl</c>.</summary>
    public static string Id(this ChatFormat format) => format switch
    {
        ChatFormat.WhatsApp => "whatsapp",
        ChatFormat.Telegram => "telegram",
        ChatFormat.Messenger => "messenger",
        ChatFormat.Instagram => "instagram",
        ChatFormat.Signal => "signal",
        ChatFormat.Discord => "discord",
        ChatFormat.Csv => "csv",
        ChatFormat.Jsonl => "jsonl",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Parses an id (case-insensitive).</summary>
    public static bool TryParse(string? id, out ChatFormat format)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id(), id, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }
}
