using Mend.Analysis.Conversations;
using static Mend.Analysis.Tests.Conversations.Chat;

namespace Mend.Analysis.Tests.Conversations;

/// <summary>When a rupture begins, how it ends, and who did what: one small chat per rule of docs/conversations.md.</summary>
public sealed class EpisodeTests
{
    [Fact]
    public void TwoHarmfulMessagesWithinAnHourOpenAnEpisodeThatRepairAndCalmClose()
    {
        var report = Analyze(
            ("2024-03-01 19:00", "Ben", Neutral),
            ("2024-03-01 20:00", "Ana", Criticism),
            ("2024-03-01 20:05", "Ben", Defensive),
            ("2024-03-01 20:30", "Ana", Apology),
            ("2024-03-01 20:32", "Ben", Validation),
            ("2024-03-01 20:40", "Ana", Neutral),
            ("2024-03-01 21:00", "Ben", Thanks));

        var episode = Assert.Single(report.Episodes);
        Assert.Equal((1, 0, 0), (report.RepairedEpisodes, report.FadedEpisodes, report.OpenEpisodes));
        Assert.Equal("2024-03-01T20:00:00", episode.Start.ToIso());
        Assert.Equal("2024-03-01T20:40:00", episode.End.ToIso());
        Assert.Equal("Ana", episode.StartedBy);
        Assert.Equal(EpisodeTrigger.HarmfulCluster, episode.Trigger);
        Assert.True(episode.Repaired);
        Assert.Equal("Ana", episode.RepairedBy);
        Assert.Equal(TimeSpan.FromMinutes(30), episode.TimeToRepair);
        Assert.Equal(5, episode.Messages);
        Assert.Equal("criticism,defensiveness,generalization,apology,responsibility,validation", episode.Labels.ToString());
        Assert.Equal([Criticism, Defensive, Apology], episode.KeyMessages.Select(k => k.Text));
        Assert.Equal([2L, 3, 4], episode.KeyMessages.Select(k => k.Line));

        var ana = report.Person("Ana");
        Assert.Equal(1, ana.EpisodesStarted);
        Assert.Equal(1, ana.EpisodesRepaired);
        Assert.Equal(TimeSpan.FromMinutes(30), ana.MedianTimeToRepair);
        Assert.Equal(1, ana.ConflictNegative);
        Assert.Equal(1, ana.ConflictPositive); // the apology; the calm message that closed it carries no label
        Assert.Equal(0, report.Person("Ben").EpisodesStarted);
    }

    [Theory]
    [InlineData("2024-03-01 20:59", 1)]
    [InlineData("2024-03-01 21:01", 0)]
    public void TheSecondHarmfulMessageMustComeWithinTheClusterWindow(string second, int episodes)
    {
        var report = Analyze(("2024-03-01 20:00", "Ana", Criticism), (second, "Ben", Contempt));

        Assert.Equal(episodes, report.EpisodeCount);
    }

    [Fact]
    public void OneSharpMessageAloneIsNotARupture()
    {
        var report = Analyze(("2024-03-01 20:00", "Ana", Criticism), ("2024-03-01 20:05", "Ben", Neutral2), ("2024-03-01 20:06", "Ana", Thanks));

        Assert.Empty(report.Episodes);
    }

    [Fact]
    public void ARepairWithoutCalmAfterItDoesNotCloseTheEpisode()
    {
        var report = Analyze(
            ("2024-03-01 20:00", "Ana", Criticism),
            ("2024-03-01 20:05", "Ben", Defensive),
            ("2024-03-01 20:30", "Ana", Apology),
            ("2024-03-01 20:31", "Ben", Contempt), // harm again: the repair did not hold
            ("2024-03-01 20:40", "Ana", Neutral));

        var episode = Assert.Single(report.Episodes);
        Assert.Equal(EpisodeOutcome.Open, episode.Outcome);
        Assert.False(episode.Repaired);
        Assert.Null(episode.RepairedBy);
        Assert.Equal("2024-03-01T20:40:00", episode.End.ToIso());
    }

    [Fact]
    public void CalmWithoutRepairFadesTheEpisodeAtItsLastHarmfulMessage()
    {
        var report = Analyze(
            ("2024-03-01 20:00", "Ana", Criticism),
            ("2024-03-01 20:05", "Ben", Defensive),
            ("2024-03-01 20:10", "Ana", Neutral),
            ("2024-03-04 09:00", "Ben", Neutral2),
            ("2024-03-04 09:30", "Ana", Criticism));

        var episode = Assert.Single(report.Episodes);
        Assert.Equal(EpisodeOutcome.Faded, episode.Outcome);
        Assert.Equal((0, 1, 0), (report.RepairedEpisodes, report.FadedEpisodes, report.OpenEpisodes));
        Assert.Equal("2024-03-01T20:05:00", episode.End.ToIso());
        Assert.Equal(3, episode.Messages);
    }

    [Fact]
    public void ABidLeftUnansweredForADayOpensAnEpisodeStartedByThePartner()
    {
        var report = Analyze(
            ("2024-03-01 09:00", "Ben", Neutral2),
            ("2024-03-01 10:00", "Ana", Bid),
            ("2024-03-02 12:00", "Ben", Neutral2),
            ("2024-03-02 12:05", "Ana", Apology),
            ("2024-03-02 12:06", "Ben", Validation),
            ("2024-03-02 12:07", "Ana", Thanks));

        var episode = Assert.Single(report.Episodes);
        Assert.Equal(EpisodeTrigger.UnansweredBid, episode.Trigger);
        Assert.Equal("Ben", episode.StartedBy);
        Assert.Equal("2024-03-01T10:00:00", episode.Start.ToIso());
        Assert.Equal("Ana", episode.RepairedBy);
        Assert.Equal(1, report.Person("Ana").UnansweredBids);
        Assert.Equal(1, report.Person("Ben").LongSilences);
    }

    [Fact]
    public void ALongSilenceAfterAComplaintIsCountedForTheOneWhoWentSilent()
    {
        var report = Analyze(
            ("2024-03-01 09:00", "Ana", Criticism),
            ("2024-03-01 14:59", "Ben", Neutral2),
            ("2024-03-01 15:00", "Ana", Criticism),
            ("2024-03-01 21:00", "Ben", Neutral2));

        Assert.Equal(1, report.Person("Ben").LongSilences);
        Assert.Equal(0, report.Person("Ana").LongSilences);
    }

    [Fact]
    public void OneWordRepliesCountOnlyInConflict()
    {
        var report = Analyze(
            ("2024-03-01 09:00", "Ana", Neutral),
            ("2024-03-01 09:01", "Ben", "ok"),
            ("2024-03-01 20:00", "Ana", Criticism),
            ("2024-03-01 20:05", "Ana", Contempt),
            ("2024-03-01 20:06", "Ben", "fine."),
            ("2024-03-01 20:07", "Ana", "Hello??"),
            ("2024-03-01 20:08", "Ben", "👍"));

        Assert.Equal(1, report.Person("Ben").OneWordReplies);
        Assert.Equal(1, report.Person("Ana").OneWordReplies);
    }

    [Theory]
    [InlineData("fine", true)]
    [InlineData(" k ", true)]
    [InlineData("whatever.", true)]
    [InlineData("👍", false)]
    [InlineData("ok then", false)]
    [InlineData("", false)]
    [InlineData("incomprehensibly", false)]
    public void OneWordMeansASingleShortWordWithALetter(string text, bool oneWord) =>
        Assert.Equal(oneWord, ConversationFold.IsOneWord(text));

    [Fact]
    public void DefensivenessThenWithdrawalThenAnOutburstIsACycle()
    {
        var report = Analyze(
            ("2024-03-01 20:00", "Ana", Criticism),
            ("2024-03-01 20:01", "Ben", Defensive),
            ("2024-03-01 20:02", "Ana", Stonewall),
            ("2024-03-01 20:30", "Ben", Neutral2),
            ("2024-03-01 21:00", "Ana", Outburst));

        Assert.Equal(1, report.CycleCount);
        var cycle = Assert.Single(report.Cycles);
        Assert.Equal(Defensive, cycle.Defensive.Text);
        Assert.Equal(Stonewall, cycle.Withdrawal.Text);
        Assert.Null(cycle.Silence);
        Assert.Equal(Outburst, cycle.Outburst.Text);
    }

    [Fact]
    public void ACycleMustCompleteWithinADay()
    {
        var report = Analyze(
            ("2024-03-01 20:01", "Ben", Defensive),
            ("2024-03-01 20:02", "Ana", Stonewall),
            ("2024-03-03 21:00", "Ana", Outburst));

        Assert.Equal(0, report.CycleCount);
    }

    [Fact]
    public void EpisodesBeyondTheKeptOnesAreCountedNotKept()
    {
        var messages = new List<Mend.Chat.ChatMessage>();
        var day = new DateTime(2024, 1, 1, 9, 0, 0);
        for (var i = 0; i <= ConversationRules.MaxEpisodes; i++)
        {
            var start = day.AddHours(i * 3);
            messages.Add(new(Mend.Chat.ChatTime.FromLocal(start), "Ana", Criticism));
            messages.Add(new(Mend.Chat.ChatTime.FromLocal(start.AddMinutes(1)), "Ben", Contempt));
            messages.Add(new(Mend.Chat.ChatTime.FromLocal(start.AddMinutes(2)), "Ana", Apology));
            messages.Add(new(Mend.Chat.ChatTime.FromLocal(start.AddMinutes(3)), "Ben", Validation));
            messages.Add(new(Mend.Chat.ChatTime.FromLocal(start.AddMinutes(4)), "Ana", Thanks));
        }

        var report = new ConversationAnalyzer().Analyze(messages, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ConversationRules.MaxEpisodes + 1, report.EpisodeCount);
        Assert.Equal(ConversationRules.MaxEpisodes + 1, report.RepairedEpisodes);
        Assert.Equal(ConversationRules.MaxEpisodes, report.Episodes.Count);
        Assert.Equal(ConversationRules.MaxEpisodes + 1, report.Person("Ana").EpisodesRepaired);
    }

    [Fact]
    public void QuotesAreCutToALengthThatFitsAReport()
    {
        var longText = Criticism + string.Concat(Enumerable.Repeat(". And the dishes are still in the sink", 10));
        var report = Analyze(("2024-03-01 20:00", "Ana", longText), ("2024-03-01 20:01", "Ben", Contempt));

        var quote = report.Episodes[0].KeyMessages[0].Text;
        Assert.Equal(ConversationRules.MaxQuoteLength, quote.Length);
        Assert.EndsWith("…", quote, StringComparison.Ordinal);
    }
}
