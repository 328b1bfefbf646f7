namespace Mend.Analysis.Tests.Detectors;

/// <summary>The coach's own examples of harmful and better responses, as the engine must read them.</summary>
public class SeedExamplesTest
{
    [Theory]
    [InlineData("Why are you making such a big deal out of this? It's just a date. You're overreacting.", "defensiveness")]
    [InlineData("I can't do this right now", "stonewalling")]
    [InlineData("You're just like everyone else—I can never count on you!", "generalization")]
    [InlineData("You're always criticizing how I handle money!", "generalization")]
    [InlineData("You never take me seriously, and I'm done trying!", "generalization")]
    [InlineData("I'm sorry if you felt hurt", "non_apology")]
    [InlineData("I'm so sorry I didn't reply earlier. Your news is important to me, and I'm excited for you!", "apology")]
    [InlineData("I know I let you down by not doing what I promised. I'll make it a priority to follow through from now on.", "responsibility,commitment")]
    [InlineData("You felt ignored when I didn't respond to your message, and that made you feel unimportant.", "validation")]
    [InlineData("I've realized I haven't been showing how much I appreciate all you do. Thank you—I really value it.", "gratitude")]
    [InlineData("I'm feeling overwhelmed and need a few minutes to calm down, but I promise we'll talk about this soon.", "repair_attempt")]
    [InlineData("I realize what I said hurt you, and I'm sorry. That wasn't my intention, and I'll be more mindful.", "apology")]
    [InlineData("I deeply regret lying to you. I understand that this broke your trust, and I'll do everything I can to rebuild it.", "apology")]
    public void Seed_example_carries(string message, string labels)
    {
        var found = AnalysisPipeline.Default.Analyze(message).Labels.Select(l => l.Id()).ToList();
        foreach (var label in labels.Split(','))
        {
            Assert.Contains(label, found);
        }
    }

    [Theory]
    [InlineData("I'm feeling overwhelmed and need a few minutes to calm down, but I promise we'll talk about this soon.")]
    [InlineData("I'm so sorry I didn't reply earlier. Your news is important to me, and I'm excited for you!")]
    public void Better_responses_carry_nothing_harmful(string message)
    {
        Assert.DoesNotContain(AnalysisPipeline.Default.Analyze(message).Labels, l => l.IsHarmful());
    }
}
