using Mend.Analysis.Apologies;
using Mend.Apologies;

namespace Mend.Analysis.Tests.Apologies;

/// <summary>The apology coach on example tables: components, flags and quality of apologies people send.</summary>
public class ApologyCoachTest
{
    private static readonly ApologyCoach Coach = ApologyCoach.Default;

    /// <summary>The repair method's own apologies (seed) must read as good ones.</summary>
    [Theory]
    [InlineData("I'm really sorry for being late and not letting you know sooner. I understand it made you feel overlooked, and I'll do better next time.", "regret,impact,change")]
    [InlineData("I realize what I said hurt you, and I'm sorry. That wasn't my intention, and I'll be more mindful.", "regret,impact,change")]
    [InlineData("I deeply regret lying to you. I understand that this broke your trust, and I'll do everything I can to rebuild it.", "regret,impact,change")]
    [InlineData("You're right. Forgetting our anniversary hurt you, and I'm sorry. It wasn't intentional, but I understand how important it is to you.", "regret,impact")]
    [InlineData("I know I let you down by not doing what I promised. I'll make it a priority to follow through from now on.", "responsibility,change")]
    public void Seed_apologies_hold_their_components(string text, string components)
    {
        var result = Coach.Assess(text);

        foreach (var id in components.Split(','))
        {
            Assert.True(ApologyComponents.TryParse(id, out var component));
            Assert.True(result.Has(component), $"expected {id} in: {text}");
        }

        Assert.Empty(result.Flags);
    }

    [Theory]
    [InlineData("I'm sorry if you felt hurt.", "conditional")]
    [InlineData("I'm sorry if you were upset that I skipped your work party.", "conditional")]
    [InlineData("sorry you feel that way", "other_focused")]
    [InlineData("sorry u took it like that", "other_focused")]
    [InlineData("Sorry, but you never listen to me anyway.", "but_undo,blame_shift")]
    [InlineData("I'm sorry I was late but the trains were a mess", "but_undo")]
    [InlineData("Mistakes were made.", "passive_voice")]
    [InlineData("sorry the vase got broken", "passive_voice")]
    [InlineData("I'm sorry I'm not perfect", "minimizing")]
    [InlineData("sorry I teased you, I was only joking", "minimizing")]
    [InlineData("I'm sorry I yelled, you made me so angry", "blame_shift")]
    [InlineData("I'm sorry. I can't undo it, but I promise it won't happen again.", "")]
    [InlineData("Sorry about earlier, I was stressed but that's not your problem.", "")]
    [InlineData("Look, I'm sorry, ok? What more do you want?", "minimizing")]
    [InlineData("Sorry the email with the wrong figures was sent to the client.", "passive_voice")]
    [InlineData("I'm sorry I missed your call. I was at the hospital with Dad, but that's no excuse for not texting after.", "")]
    public void Flags_name_what_takes_the_apology_back(string text, string flags)
    {
        var result = Coach.Assess(text);

        Assert.Equal(flags, string.Join(',', result.Flags.Select(f => f.Id())));
    }

    [Theory]
    [InlineData("I'm sorry I forgot your birthday. That was thoughtless of me and I know it hurt. Can I take you out on Saturday?", "good")]
    [InlineData("soz i ditched u at the party, proper out of order of me. lemme buy u brunch tmrw?", "good")]
    [InlineData("sorry i forgot to call u back", "weak")]
    [InlineData("sorry I was a bit late, it's not a big deal though", "weak")]
    [InlineData("I'm sorry if you felt hurt.", "bad")]
    [InlineData("Sorry, but you knew I had work that night.", "bad")]
    [InlineData("so sorry for your loss ❤️", "bad")]
    [InlineData("sorry to bother you, are you free at 3?", "bad")]
    [InlineData("I'm sorry I'm not perfect like you", "bad")]
    public void Quality_follows_components_and_flags(string text, string quality)
    {
        Assert.Equal(quality, Coach.Assess(text).Quality.Id());
    }

    [Theory]
    [InlineData("so sorry for your loss ❤️ thinking of you")]
    [InlineData("sorry to hear about your job, that's rough")]
    [InlineData("sorry, can you send the link again?")]
    public void Sympathy_and_politeness_are_not_apologies(string text)
    {
        var result = Coach.Assess(text);

        Assert.False(result.IsApology);
        Assert.Empty(result.Components);
        Assert.Empty(result.Flags);
        Assert.Null(result.Rewrite);
        Assert.NotNull(result.Note);
    }

    [Theory]
    [InlineData("It wasn't my fault, you were late too")]
    [InlineData("I'm not sorry")]
    [InlineData("")]
    public void Text_with_no_apology_at_all_says_so_and_offers_no_rewrite(string text)
    {
        var result = Coach.Assess(text);

        Assert.False(result.IsApology);
        Assert.Null(result.Rewrite);
        Assert.StartsWith("Mend finds no apology here", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_safety_concern_brings_the_notice_and_no_rewrite()
    {
        var result = Coach.Assess("sorry I yelled, but if you leave me I will hurt you");

        Assert.NotNull(result.Safety);
        Assert.Null(result.Rewrite);
        Assert.Contains("safety", result.Note, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Findings_point_at_the_words_behind_them()
    {
        const string text = "I'm sorry if you were upset. It was just a joke.";
        var result = Coach.Assess(text);

        Assert.All(result.Findings, f => Assert.Equal(f.Evidence, text.Substring(f.Start, f.Length)));
        Assert.Contains(result.Findings, f => f.Label == "conditional" && f.IsFlag && f.Evidence.StartsWith("sorry if", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Label == "minimizing" && f.IsFlag);
        Assert.Contains(result.Findings, f => f.Label == "regret" && !f.IsFlag);
    }

    [Fact]
    public void Score_is_the_weighted_sum_less_the_penalties()
    {
        Assert.Equal(100, ApologyComponents.All.Sum(ApologyScore.Weight));
        Assert.Equal(35, ApologyScore.Weight(ApologyComponent.Responsibility));
        Assert.True(ApologyScore.Weight(ApologyComponent.Amends) > ApologyScore.Weight(ApologyComponent.Impact));
        Assert.Equal(0, ApologyScore.Of([ApologyComponent.Regret], [ApologyFlag.Conditional]));
        Assert.Equal(50, ApologyScore.Of([ApologyComponent.Regret, ApologyComponent.Responsibility], []));
        Assert.Equal(65, ApologyScore.Of([ApologyComponent.Regret, ApologyComponent.Responsibility, ApologyComponent.Amends, ApologyComponent.Change], [ApologyFlag.PassiveVoice]));
    }

    [Fact]
    public void Missing_lists_what_is_not_there_in_contract_order()
    {
        var result = Coach.Assess("sorry i forgot to call u back");

        Assert.Equal([ApologyComponent.Responsibility, ApologyComponent.Impact, ApologyComponent.Amends, ApologyComponent.Change], result.Missing);
    }

    [Fact]
    public void The_coach_is_shared_safely_between_threads()
    {
        string[] texts = ["I'm sorry if you felt hurt.", "That was my fault, and I'll fix it tonight.", "sorry for your loss"];
        var expected = texts.Select(t => Coach.Assess(t).Rewrite).ToArray();

        Parallel.For(0, 300, i => Assert.Equal(expected[i % 3], Coach.Assess(texts[i % 3]).Rewrite));
    }
}
