namespace Mend.Analysis.Tests;

public class AnalysisPipelineTest
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.Default;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("see you at 7")]
    [InlineData("🙂🙂")]
    public void Everyday_and_empty_messages_have_no_findings(string text)
    {
        var result = Pipeline.Analyze(text);
        Assert.Empty(result.Findings);
        Assert.Empty(result.Labels);
        Assert.Null(result.Safety);
    }

    [Theory]
    [InlineData("you NEVER listen, you're so selfish 🙄")]
    [InlineData("Sorry if you were upset that I skipped your work party, but you knew I was tired")]
    [InlineData("idk why ur making this a thing. whatever")]
    public void Findings_point_into_the_original_text(string text)
    {
        var result = Pipeline.Analyze(text);
        Assert.NotEmpty(result.Findings);
        foreach (var f in result.Findings)
        {
            Assert.Equal(text.Substring(f.Start, f.Length), f.Evidence);
            Assert.False(string.IsNullOrWhiteSpace(f.Explanation));
        }

        Assert.Equal(result.Findings.Select(f => f.Label).Distinct().OrderBy(l => l), result.Labels);
    }

    [Fact]
    public void Harmful_findings_carry_a_better_wording_and_helpful_ones_none()
    {
        var result = Pipeline.Analyze("You're so selfish. I'm sorry I shouted.");
        Assert.Contains(result.Findings, f => f.Label == MessageLabel.Criticism && !string.IsNullOrWhiteSpace(f.Suggestion));
        Assert.All(result.Findings.Where(f => !f.Label.IsHarmful()), f => Assert.Null(f.Suggestion));
    }

    [Theory]
    [InlineData("you never help with the dishes", "I feel [hurt] when you don't help with the dishes.")]
    [InlineData("You NEVER listen, you're so selfish", "I feel [hurt] when you don't listen.")]
    public void The_better_wording_keeps_the_behaviour_of_this_message_and_nothing_more(string text, string start)
    {
        var criticism = Pipeline.Analyze(text).Findings.First(f => f.Label == MessageLabel.Criticism);
        Assert.StartsWith(start, criticism.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("you never listen. if you leave me I'll kill myself")]
    [InlineData("give me your password, you're such a liar")]
    public void A_safety_concern_brings_the_notice_and_silences_every_suggestion(string text)
    {
        var result = Pipeline.Analyze(text);
        Assert.Contains(MessageLabel.SafetyConcern, result.Labels);
        Assert.NotNull(result.Safety);
        Assert.NotEmpty(result.Safety.Resources);
        Assert.DoesNotContain(result.Safety.Resources, r => r.Any(char.IsDigit));
        Assert.All(result.Findings, f => Assert.Null(f.Suggestion));
    }

    [Fact]
    public void Is_thread_safe_results_match_sequential_ones()
    {
        var messages = Enumerable.Range(0, 4_000).Select(i => Corpus[i % Corpus.Length] + (i % 3 == 0 ? " lol" : "")).ToArray();
        var sequential = messages.Select(m => Describe(Pipeline.Analyze(m))).ToArray();
        var parallel = new string[messages.Length];
        Parallel.For(0, messages.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(Pipeline.Analyze(messages[i])));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Suggestions_are_worded_on_first_read_and_kept()
    {
        var finding = Pipeline.Analyze("you never help with the dishes").Findings.First(f => f.Label == MessageLabel.Criticism);
        Pipeline.Analyze("a different message in between, you're so lazy");
        var first = finding.Suggestion;
        Assert.NotNull(first);
        Assert.Contains("dishes", first, StringComparison.Ordinal);
        Assert.Same(first, finding.Suggestion);
    }

    [Fact]
    public void A_builder_can_keep_only_some_detectors()
    {
        var only = new AnalysisPipelineBuilder().UseDefaultDetectors().Only(MessageLabel.Gratitude).Build();
        Assert.Equal([MessageLabel.Gratitude], only.Labels);
        Assert.Empty(only.Analyze("you're so selfish").Labels);
        Assert.Equal([MessageLabel.Gratitude], only.Analyze("thank you so much!").Labels);
    }

    [Fact]
    public void Long_messages_are_analysed_whole()
    {
        var text = string.Concat(Enumerable.Repeat("we should get groceries later. ", 300)) + "you're so selfish";
        Assert.Contains(MessageLabel.Criticism, Pipeline.Analyze(text).Labels);
    }

    private static readonly string[] Corpus =
    [
        "you never listen", "sorry if you felt hurt", "thanks for dinner ❤️", "k.", "I'm outside your work",
        "I feel lonely when we don't talk", "ur so lazy omg", "can we take 20 min and talk after?", "see you at 7",
    ];

    private static string Describe(AnalysisResult r) =>
        string.Join(";", r.Findings.Select(f => $"{f.Label}@{f.Start}+{f.Length}:{f.Suggestion}"));
}

public class AllocationTest
{
    [Fact]
    public void A_message_without_findings_allocates_only_its_result()
    {
        var pipeline = AnalysisPipeline.Default;
        const string Text = "can you grab milk on the way home, the kids have swimming at 5 and i'm running late";
        pipeline.Analyze(Text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            pipeline.Analyze(Text);
        }

        var perMessage = (GC.GetAllocatedBytesForCurrentThread() - before) / 1_000.0;
        Assert.True(perMessage <= 48, $"{perMessage} bytes per message; the result object alone is 48");
    }
}
