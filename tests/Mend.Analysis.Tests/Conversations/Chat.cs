using System.Globalization;
using Mend.Analysis.Conversations;
using Mend.Chat;

namespace Mend.Analysis.Tests.Conversations;

/// <summary>Builds small chats in memory: <c>Chat.Of(("2024-03-01 20:00", "Ana", "text"), …)</c>.</summary>
internal static class Chat
{
    public static ChatMessage Message(string time, string sender, string text, ChatMessageKind kind = ChatMessageKind.Text, long line = 0) =>
        new(ChatTime.FromLocal(DateTime.ParseExact(time, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), sender, text, kind, line);

    public static List<ChatMessage> Of(params (string Time, string Sender, string Text)[] messages) =>
        [.. messages.Select((m, i) => Message(m.Time, m.Sender, m.Text, line: i + 1))];

    public static ConversationReport Analyze(params (string Time, string Sender, string Text)[] messages) =>
        new ConversationAnalyzer().Analyze(Of(messages));

    public static ParticipantStats Person(this ConversationReport report, string name) =>
        report.Participants.Single(p => p.Name == name);

    // Messages whose labels the engine gives reliably (checked in ConversationAnalyzerTests.TheExampleMessagesCarryTheirLabels).
    public const string Criticism = "You never listen to me, you are so selfish";
    public const string Defensive = "Why are you making such a big deal out of this? You're overreacting.";
    public const string Stonewall = "Whatever. I'm done talking.";
    public const string Apology = "I'm sorry I forgot our anniversary, that was my fault";
    public const string Validation = "that makes sense, you're right";
    public const string Bid = "I feel lonely when you don't call";
    public const string Contempt = "You're pathetic, honestly disgusting";
    public const string Outburst = "You never take me seriously, and I'm done trying!";
    public const string Threat = "If you ever leave I will hurt you";
    public const string Neutral = "Want pizza tonight?";
    public const string Neutral2 = "Sure, 7pm";
    public const string Thanks = "Thanks for dinner";
}
