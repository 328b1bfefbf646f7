using Mend.Chat;

namespace Mend.Import.Readers.WhatsApp;

/// <summary>
/// What WhatsApp writes in place of a message: media placeholders (exported with or without media, in the
/// languages below), deleted-message notices, the "edited" suffix, and the system notices that carry a name.
/// Add a language by adding its words here; a wrong guess only means a placeholder is read as text.
/// </summary>
internal static class Placeholders
{
    /// <summary>Android, exported without media: the whole message is one of these.</summary>
    private static readonly string[] MediaOmitted =
    [
        "<Media omitted>", "<media omitted>", "<Medien ausgeschlossen>", "<Multimedia omitido>", "<Multimedia omitidos>",
        "<Médias omis>", "<Media omessi>", "<Mídia oculta>", "<Arquivo de mídia oculto>", "<Media weggelaten>",
        "<Medya dahil edilmedi>", "<Media tidak disertakan>", "<Без медиафайлов>",
    ];

    /// <summary>iOS, exported without media: "image omitted", "Bild weggelassen", "imagen omitida"…</summary>
    private static readonly string[] OmittedEndings =
    [
        " omitted", " weggelassen", " omitido", " omitida", " omis", " omise", " omesso", " omessa", " weggelaten",
    ];

    /// <summary>Android, exported with media: "IMG-20230104-WA0001.jpg (file attached)".</summary>
    private static readonly string[] AttachedEndings =
    [
        "(file attached)", "(Datei angehängt)", "(archivo adjunto)", "(fichier joint)", "(file allegato)",
        "(arquivo anexado)", "(bestand bijgevoegd)", "attached>",
    ];

    /// <summary>A deleted message (compared without a final full stop).</summary>
    private static readonly string[] Deleted =
    [
        "This message was deleted", "You deleted this message", "Se eliminó este mensaje", "Eliminaste este mensaje",
        "Diese Nachricht wurde gelöscht", "Du hast diese Nachricht gelöscht", "Ce message a été supprimé",
        "Vous avez supprimé ce message", "Questo messaggio è stato eliminato", "Hai eliminato questo messaggio",
        "Essa mensagem foi apagada", "Você apagou esta mensagem",
    ];

    /// <summary>Appended to an edited message; removed from its text.</summary>
    private static readonly string[] EditedEndings =
    [
        "<This message was edited>", "<Diese Nachricht wurde bearbeitet>", "<Se editó este mensaje.>",
    ];

    /// <summary>Notices WhatsApp sometimes writes under a name (the group's or a person's).</summary>
    private static readonly string[] SystemNotices =
    [
        "Messages and calls are end-to-end encrypted", "Messages to this group are now secured with end-to-end encryption",
        "Messages you send to this group are now secured", "Messages you send to this chat and calls are now secured",
        "Your security code with", "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt",
        "Los mensajes y las llamadas están cifrados de extremo a extremo",
    ];

    /// <summary>What follows a person's own name in a system line written under that name ("+1 555 joined using …").</summary>
    private static readonly string[] SelfNotices =
    [
        "joined using this group's invite link", "joined using this community's invite link", "joined", "left",
        "was removed", "was added", "added ", "removed ", "changed the subject", "changed this group's icon",
        "changed the group description", "deleted this group's icon", "created group", "changed their phone number",
        "changed to ",
    ];

    /// <summary>What kind of message the first line of a participant's text is: media placeholder or text.</summary>
    public static ChatMessageKind KindOf(ReadOnlySpan<char> firstLine, bool startedWithMark)
    {
        if (firstLine.IsEmpty)
        {
            return ChatMessageKind.Text;
        }

        var last = firstLine[^1];
        if (firstLine[0] == '<' && last == '>')
        {
            if (IsOneOf(firstLine, MediaOmitted)
                || firstLine.StartsWith("<attached:", StringComparison.Ordinal)
                || firstLine.StartsWith("< attached:", StringComparison.Ordinal))
            {
                return ChatMessageKind.Media;
            }
        }

        if (last is ')' or '>')
        {
            foreach (var ending in AttachedEndings)
            {
                if (firstLine.EndsWith(ending, StringComparison.Ordinal))
                {
                    return ChatMessageKind.Media;
                }
            }
        }

        if (last is 'd' or 'n' or 'o' or 'a' or 's' or 'e')
        {
            foreach (var ending in OmittedEndings)
            {
                if (firstLine.EndsWith(ending, StringComparison.Ordinal) && (startedWithMark || firstLine.Count(' ') <= 2))
                {
                    return ChatMessageKind.Media;
                }
            }
        }

        var withoutStop = last == '.' ? firstLine[..^1] : firstLine;
        return IsOneOf(withoutStop, Deleted) ? ChatMessageKind.Media : ChatMessageKind.Text;
    }

    /// <summary>The length of <paramref name="text"/> without an "edited" suffix (and the space before it).</summary>
    public static int WithoutEditedSuffix(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[^1] != '>')
        {
            return text.Length;
        }

        foreach (var ending in EditedEndings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                var kept = text[..^ending.Length];
                while (kept.Length > 0 && (char.IsWhiteSpace(kept[^1]) || HeaderLine.IsMark(kept[^1])))
                {
                    kept = kept[..^1];
                }

                return kept.Length;
            }
        }

        return text.Length;
    }

    /// <summary>Whether a line written as <c>sender: text</c> is in fact a notice from WhatsApp.</summary>
    public static bool IsSystemNotice(ReadOnlySpan<char> sender, ReadOnlySpan<char> text)
    {
        foreach (var notice in SystemNotices)
        {
            if (text.StartsWith(notice, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (text.Length > sender.Length + 1 && text.StartsWith(sender, StringComparison.Ordinal) && text[sender.Length] == ' ')
        {
            var rest = text[(sender.Length + 1)..];
            foreach (var notice in SelfNotices)
            {
                if (rest.StartsWith(notice, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> text, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (text.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
