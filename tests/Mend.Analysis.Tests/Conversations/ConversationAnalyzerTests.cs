using Mend.Analysis.Conversations;
using Mend.Chat;
using static Mend.Analysis.Tests.Conversations.Chat;

namespace Mend.Analysis.Tests.Conversations;

public sealed class ConversationAnalyzerTests
{
    [Theory]
    [InlineData(Criticism, "criticism,generalization")]
    [InlineData(Defensive, "defensiveness")]
    [InlineData(Stonewall, "stonewalling")]
    [InlineData(Apology, "apology,responsibility")]
    [InlineData(Validation, "validation")]
    [InlineData(Bid, "i_statement")]
    [InlineData(Contempt, "criticism,contempt")]
    [InlineData(Threat, "safety_concern")]
    [InlineData(Neutral, "")]
    [InlineData(Thanks, "gratitude")]
    public void TheExampleMessagesCarryTheirLabels(string text, string labels) =>
        Assert.Equal(labels, new ConversationAnalyzer().Label(Message("2024-01-01 10:00", "Ana", text)).ToString());

    [Fact]
    public void CountsMessagesAndParticipantsButNotSystemLines()
    {
        var messages = Of(("2024-03-01 09:00", "Ana", Neutral), ("2024-03-01 09:05", "Ben", Neutral2), ("2024-03-01 09:06", "Ana", Thanks));
        messages.Insert(0, Message("2024-03-01 08:00", "", "Messages are end-to-end encrypted.", ChatMessageKind.System));
        messages.Add(Message("2024-03-01 09:10", "Ben", Criticism, ChatMessageKind.Media));

        var report = new ConversationAnalyzer().Analyze(messages, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, report.Messages);
        Assert.Equal(1, report.SystemMessages);
        Assert.Equal(1, report.MediaMessages);
        Assert.Equal("2024-03-01T09:00:00", report.First?.ToIso());
        Assert.Equal("2024-03-01T09:10:00", report.Last?.ToIso());
        Assert.Equal(["Ana", "Ben"], report.Participants.Select(p => p.Name));
        Assert.Equal(0, report.Person("Ben").Negative); // media is counted, never read as text
        Assert.Equal(1, report.Person("Ben").MediaMessages);
        Assert.Equal(1, report.Person("Ana").Count(MessageLabel.Gratitude));
    }

    [Fact]
    public void AnEmptyChatGivesAnEmptyReport()
    {
        var report = new ConversationAnalyzer().Analyze([], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, report.Messages);
        Assert.Null(report.First);
        Assert.Empty(report.Participants);
        Assert.Empty(report.Episodes);
        Assert.Null(report.Safety);
    }

    [Fact]
    public void RatioIsPositivePerNegativeMessage()
    {
        var report = Analyze(
            ("2024-03-01 09:00", "Ana", Thanks),
            ("2024-03-01 09:01", "Ben", Validation),
            ("2024-03-01 09:02", "Ana", Bid),
            ("2024-03-01 12:00", "Ana", Criticism),
            ("2024-03-02 09:00", "Ana", Thanks));

        var ana = report.Person("Ana");
        Assert.Equal(3, ana.Positive);
        Assert.Equal(1, ana.Negative);
        Assert.Equal(3.0, ana.Ratio);
        Assert.Null(report.Person("Ben").Ratio);
    }

    [Fact]
    public void ReplyLatencyIsTheMedianTimeToAnswerSomeoneElse()
    {
        var report = Analyze(
            ("2024-03-01 09:00", "Ana", Neutral),
            ("2024-03-01 09:02", "Ben", Neutral2),
            ("2024-03-01 09:03", "Ben", Neutral2), // not a reply: Ben again
            ("2024-03-01 09:13", "Ana", Neutral),
            ("2024-03-01 10:00", "Ben", Neutral2));

        Assert.Equal(TimeSpan.FromMinutes(10), report.Person("Ana").MedianReplyLatency);
        Assert.Equal(2, report.Person("Ben").Replies);
        Assert.Equal(TimeSpan.FromMinutes(24.5), report.Person("Ben").MedianReplyLatency);
    }

    [Fact]
    public void RepairAttemptsAreAnsweredByAReplyWithoutHarmWithinADay()
    {
        var report = Analyze(
            ("2024-03-01 09:00", "Ana", Apology),
            ("2024-03-01 09:30", "Ben", Neutral2), // answers it
            ("2024-03-01 10:00", "Ana", Apology),
            ("2024-03-01 10:05", "Ben", Contempt), // turns against it
            ("2024-03-02 10:00", "Ana", Apology),
            ("2024-03-04 10:00", "Ben", Neutral2)); // too late

        Assert.Equal(3, report.Person("Ana").RepairAttempts);
        Assert.Equal(1, report.Person("Ana").RepairAttemptsAnswered);
    }

    [Fact]
    public void SafetyConcernsAreCountedWithTheNotice()
    {
        var report = Analyze(("2024-03-01 09:00", "Ana", Neutral), ("2024-03-01 09:01", "Ben", Threat));

        Assert.NotNull(report.Safety);
        Assert.Same(SafetyNotice.Default, report.Safety.Notice);
        Assert.Equal(1, report.Safety.Messages);
        Assert.Equal(Threat, Assert.Single(report.Safety.Examples).Text);
        Assert.Equal(1, report.Person("Ben").SafetyConcerns);
    }

    [Fact]
    public void ShortChatsAreSummarisedPerWeekLongOnesPerMonth()
    {
        var shortChat = Analyze(("2024-03-01 09:00", "Ana", Neutral), ("2024-03-04 09:00", "Ben", Neutral2), ("2024-03-20 09:00", "Ana", Thanks));
        Assert.Equal(PeriodUnit.Week, shortChat.PeriodUnit);
        Assert.Equal([new DateOnly(2024, 2, 26), new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 18)], shortChat.Periods.Select(p => p.Start));
        Assert.Equal(1, shortChat.Periods[2].Participants.Single().Positive);

        var longChat = Analyze(("2024-01-15 09:00", "Ana", Neutral), ("2024-01-20 09:00", "Ben", Neutral2), ("2024-09-01 09:00", "Ana", Thanks));
        Assert.Equal(PeriodUnit.Month, longChat.PeriodUnit);
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 9, 1)], longChat.Periods.Select(p => p.Start));
        Assert.Equal(2, longChat.Periods[0].Participants.Count);
    }

    [Fact]
    public void AnImportErrorReachesTheCallerAsItWas()
    {
        static IEnumerable<ChatMessage> Broken()
        {
            for (var i = 0; i < 5000; i++)
            {
                yield return Message("2024-03-01 09:00", "Ana", Neutral);
            }

            throw new InvalidDataException("line 5001 is broken");
        }

        var error = Assert.Throws<InvalidDataException>(() => new ConversationAnalyzer().Analyze(Broken(), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("line 5001 is broken", error.Message);
    }

    [Fact]
    public void ParallelBatchesGiveTheSameReportAsOneMessageAtATime()
    {
        var texts = new[] { Criticism, Defensive, Stonewall, Apology, Validation, Bid, Contempt, Neutral, Neutral2, Thanks, Outburst };
        var start = new DateTime(2024, 1, 1, 8, 0, 0);
        var random = new Random(7);
        var messages = new List<ChatMessage>();
        var time = start;
        for (var i = 0; i < 3 * ConversationAnalyzer.BatchSize + 17; i++)
        {
            time = time.AddMinutes(random.Next(1, 400));
            messages.Add(new ChatMessage(ChatTime.FromLocal(time), random.Next(3) == 0 ? "Ben" : "Ana", texts[random.Next(texts.Length)], Line: i + 1));
        }

        var analyzer = new ConversationAnalyzer();
        var fold = new ConversationFold();
        foreach (var message in messages)
        {
            fold.Add(message, analyzer.Label(message));
        }

        var expected = fold.ToReport();
        var progress = new List<long>();
        var actual = analyzer.Analyze(messages, progress.Add, TestContext.Current.CancellationToken);

        Assert.Equal(messages.Count, progress[^1]);
        Assert.True(expected.EpisodeCount > 10);
        Assert.Equal(expected.EpisodeCount, actual.EpisodeCount);
        Assert.Equal(expected.Episodes, actual.Episodes, EpisodeEquals);
        Assert.Equal(expected.Participants, actual.Participants, ParticipantEquals);
        Assert.Equal(expected.CycleCount, actual.CycleCount);
    }

    private static bool EpisodeEquals(Episode a, Episode b) =>
        a.Start == b.Start && a.End == b.End && a.StartedBy == b.StartedBy && a.Outcome == b.Outcome && a.Messages == b.Messages && a.Labels == b.Labels;

    private static bool ParticipantEquals(ParticipantStats a, ParticipantStats b) =>
        a with { Labels = [] } == b with { Labels = [] } && a.Labels.SequenceEqual(b.Labels);
}
