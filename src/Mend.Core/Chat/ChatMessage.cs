namespace Mend.Chat;

/// <summary>What kind of entry of a chat export a message is.</summary>
public enum ChatMessageKind
{
    /// <summary>Something a participant wrote.</summary>
    Text,
    /// <summary>A photo, video, voice note, sticker or file: the text is the export's placeholder.</summary>
    Media,
    /// <summary>A line the app wrote (joined, changed the subject, encryption notice): excluded from counts.</summary>
    System,
}

/// <summary>
/// One message of an imported chat: when it was sent (as the export wrote it), who sent it, and its text with
/// multi-line messages joined by <c>\n</c>. <paramref name="Line"/> is the 1-based line (or record) of the export
/// where the message began, for diagnostics and quoting.
/// </summary>
public sealed record ChatMessage(ChatTime Time, string Sender, string Text, ChatMessageKind Kind = ChatMessageKind.Text, long Line = 0)
{
    /// <summary>Whether the message counts as something a participant said (not a system line).</summary>
    public bool IsFromParticipant => Kind != ChatMessageKind.System;
}
