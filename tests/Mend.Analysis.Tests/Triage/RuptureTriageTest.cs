using Mend.Analysis.Triage;
using Mend.Repair;

namespace Mend.Analysis.Tests.Triage;

/// <summary>
/// Triage as a table of examples written for these tests (the seed's own examples among them, as cases only).
/// The development set measures accuracy; these rows pin behaviour that must not move.
/// </summary>
public class RuptureTriageTest
{
    public static TheoryData<string, RuptureCause, RuptureSeverity> Examples => new()
    {
        { "A friend texted me her exciting news and I forgot to reply.", RuptureCause.EmotionalNeglect, RuptureSeverity.Moderate },
        { "I was twenty minutes late to our dinner and didn't text. She was a bit annoyed.", RuptureCause.UnmetExpectations, RuptureSeverity.Minor },
        { "I promised to run an errand for him and forgot to do it. He says he can't rely on me.", RuptureCause.UnmetExpectations, RuptureSeverity.Moderate },
        { "I lied to my partner about our finances and she found out.", RuptureCause.Betrayal, RuptureSeverity.Moderate },
        { "I had an affair and my wife found out last week.", RuptureCause.Betrayal, RuptureSeverity.Major },
        { "He thought I was angry because my text said 'fine.' It turned out he'd misread my tone.", RuptureCause.Miscommunication, RuptureSeverity.Moderate },
        { "I keep interrupting her when she talks, for months now. She says she feels unheard.", RuptureCause.EmotionalNeglect, RuptureSeverity.Accumulating },
        { "He keeps lying about where he goes at night. Every time I ask, it's another story.", RuptureCause.Betrayal, RuptureSeverity.Accumulating },
        { "my gf forgot to ask how my exam went. again. she always forgets the stuff that matters to me", RuptureCause.EmotionalNeglect, RuptureSeverity.Accumulating },
        { "We haven't had a proper talk in weeks; he's always on his phone.", RuptureCause.EmotionalNeglect, RuptureSeverity.Accumulating },
        { "I was sure she was cheating because of a message I saw, and I accused her in front of her family. It turned out she was planning my birthday.", RuptureCause.Miscommunication, RuptureSeverity.Moderate },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_the_cause_and_severity(string description, RuptureCause cause, RuptureSeverity severity)
    {
        var result = RuptureTriage.Default.Assess(description);
        Assert.Equal(cause, result.Cause);
        Assert.Equal(severity, result.Severity);
        Assert.Null(result.Safety);
    }

    [Fact]
    public void Confidences_cover_all_four_causes_and_sum_to_one()
    {
        foreach (var description in Examples.Select(row => row.Data.Item1))
        {
            Check(RuptureTriage.Default.Assess(description));
        }
    }

    private static void Check(TriageResult result)
    {
        Assert.Equal(RepairIds.AllCauses, result.Causes.Select(c => c.Cause));
        Assert.Equal(1.0, result.Causes.Sum(c => c.Confidence), 3);
        Assert.All(result.Causes, c => Assert.InRange(c.Confidence, 0.0, 1.0));
        Assert.Equal(result.Causes.Max(c => c.Confidence), result.ConfidenceOf(result.Cause));
    }

    [Fact]
    public void The_rationale_quotes_the_words_that_decided_cause_and_severity()
    {
        var result = RuptureTriage.Default.Assess("He keeps lying about small things and it's been months.");
        Assert.Equal(RuptureCause.Betrayal, result.Cause);
        Assert.Equal(RuptureSeverity.Accumulating, result.Severity);
        Assert.StartsWith("Most likely betrayal: “lying", result.Rationale, StringComparison.Ordinal);
        Assert.Contains("Accumulating, a pattern over time: “keeps", result.Rationale, StringComparison.Ordinal);
        Assert.Contains("months”", result.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Cues_point_back_into_the_description()
    {
        const string text = "She lied to me. It has happened again and again.";
        var result = RuptureTriage.Default.Assess(text);
        Assert.NotEmpty(result.Cues);
        Assert.All(result.Cues, c => Assert.Equal(c.Words, text.Substring(c.Start, c.Length)));
        Assert.Contains(result.Cues, c => c is { Target: "betrayal", Words: "lied" });
        Assert.Contains(result.Cues, c => c is { Target: "accumulating", Words: "again and again" });
    }

    [Fact]
    public void With_nothing_to_go_on_the_causes_are_even_and_the_rationale_says_so()
    {
        var result = RuptureTriage.Default.Assess("Something happened between us yesterday.");
        Assert.All(result.Causes, c => Assert.Equal(0.25, c.Confidence));
        Assert.Equal(RuptureCause.UnmetExpectations, result.Cause);
        Assert.Equal(RuptureSeverity.Moderate, result.Severity);
        Assert.StartsWith("No words point clearly to one cause", result.Rationale, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("My husband hit me when I got home late.")]
    [InlineData("she threatened to take the kids if I tell anyone")]
    [InlineData("He tracks my phone and won't let me see my friends.")]
    [InlineData("After the fight I told him I want to kill myself.")]
    public void A_described_safety_concern_brings_the_notice(string description)
    {
        var result = RuptureTriage.Default.Assess(description);
        Assert.Same(SafetyNotice.Default, result.Safety);
        Assert.Contains("safety comes first", result.Rationale, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I was late again and didn't text.")]
    [InlineData("I forgot her birthday and she was hurt.")]
    public void Everyday_ruptures_are_not_safety_concerns(string description) =>
        Assert.Null(RuptureTriage.Default.Assess(description).Safety);

    [Fact]
    public void The_rules_compile_and_every_section_names_a_target()
    {
        var triage = new RuptureTriage(AnalysisPipeline.Default);
        Assert.NotNull(triage.Assess("ok"));
    }

    [Fact]
    public void Is_safe_to_share_across_threads()
    {
        const string text = "He keeps lying about small things and it's been months.";
        var expected = RuptureTriage.Default.Assess(text).Rationale;
        Parallel.For(0, 64, _ => Assert.Equal(expected, RuptureTriage.Default.Assess(text).Rationale));
    }
}
