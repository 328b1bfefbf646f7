using System.Text;
using Mend.Analysis.Apologies;
using Mend.Apologies;

namespace Mend.Analysis.Tests.Apologies;

/// <summary>
/// What the coach makes of real apologies, written out to Rewrites.md beside this file and compared
/// (MEND_UPDATE_SNAPSHOTS=1 rewrites it; review the diff). The rewrite must keep the writer's own act and ask, in
/// square brackets, for what it cannot know.
/// </summary>
public class ApologyRewriteTest
{
    private static readonly string[] Examples =
    [
        // The repair method's examples.
        "I'm sorry if you felt hurt.",
        "I'm so sorry I didn't reply earlier. Your news is important to me, and I'm excited for you!",
        "I'm really sorry for being late and not letting you know sooner. I understand it made you feel overlooked, and I'll do better next time.",
        "I realize what I said hurt you, and I'm sorry. That wasn't my intention, and I'll be more mindful.",
        "I'm sorry I wasn't there for you when you needed me. Your feelings are important, and I want to support you better.",
        "I deeply regret lying to you. I understand that this broke your trust, and I'll do everything I can to rebuild it.",
        // Our own.
        "I'm sorry if you were upset that I skipped your work party.",
        "sry if i was a bit much last night lol",
        "sorry you feel that way",
        "Mistakes were made.",
        "sorry the vase got broken, it was only a cheap one",
        "Sorry, but you knew I had work that night.",
        "I'm sorry I was late but the traffic was insane",
        "I'm sorry I'm not perfect",
        "soz i forgot ur bday, u know how busy work gets. ill make it up to u",
        "I'm sorry I shouted, you just wind me up so much",
        "Sorry if I've been a bit distant, I'll try to be better",
        "That was my fault. I know it hurt you, and I'll call your mum tonight to explain. It won't happen again.",
        "so sorry for your loss ❤️",
        "sorry to bother you, are you free at 3?",
        "sorry I yelled, but if you leave me I will hurt you",
    ];

    [Fact]
    public void Rewrites_are_as_recorded()
    {
        var sb = new StringBuilder("# Apology coach: examples and rewrites\n\nWritten by ApologyRewriteTest; MEND_UPDATE_SNAPSHOTS=1 rewrites it.\n");
        foreach (var text in Examples)
        {
            var a = ApologyCoach.Default.Assess(text);
            sb.Append('\n').Append("## ").Append(text).Append('\n');
            sb.Append("- quality: ").Append(a.Quality.Id()).Append(", score ").Append(a.Score).Append('\n');
            sb.Append("- components: ").Append(Ids(a.Components.Select(c => c.Id()))).Append("; missing: ").Append(Ids(a.Missing.Select(c => c.Id()))).Append('\n');
            sb.Append("- flags: ").Append(Ids(a.Flags.Select(f => f.Id()))).Append('\n');
            sb.Append("- rewrite: ").Append(a.Rewrite ?? "(none)").Append('\n');
            if (a.Note is not null)
            {
                sb.Append("- note: ").Append(a.Note).Append('\n');
            }
        }

        var path = Path.Combine(SourceDirectory(), "Rewrites.md");
        var actual = sb.ToString();
        if (Environment.GetEnvironmentVariable("MEND_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with MEND_UPDATE_SNAPSHOTS=1.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Theory]
    [InlineData("I'm sorry if you were upset that I skipped your work party.", "I'm sorry I skipped your work party.")]
    [InlineData("sorry the vase got broken", "I'm sorry I broke the vase.")]
    [InlineData("I'm sorry I shouted, you just wind me up so much", "I'm sorry I shouted.")]
    [InlineData("My fault the dog got out, I left the gate open", "I'm sorry. My fault the dog got out, I left the gate open.")]
    public void The_rewrite_owns_the_act_in_the_writers_words(string text, string opening)
    {
        var rewrite = ApologyCoach.Default.Assess(text).Rewrite;

        Assert.NotNull(rewrite);
        Assert.StartsWith(opening, rewrite, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I'm sorry if you felt hurt.")]
    [InlineData("Sorry, but you knew I had work that night.")]
    [InlineData("I'm sorry I shouted, you just wind me up so much")]
    [InlineData("sorry you feel that way")]
    public void The_rewrite_drops_what_takes_the_apology_back_and_prompts_for_the_rest(string text)
    {
        var rewrite = ApologyCoach.Default.Assess(text).Rewrite!;

        Assert.DoesNotContain(" if ", rewrite, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("but", rewrite, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wind me up", rewrite, StringComparison.Ordinal);
        Assert.Contains(ApologyRewrite.ImpactPrompt, rewrite, StringComparison.Ordinal);
        Assert.Contains(ApologyRewrite.AmendsPrompt, rewrite, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_apology_keeps_the_writers_sentences()
    {
        const string text = "That was my fault. I know it hurt you, and I'll call your mum tonight to explain. It won't happen again.";

        Assert.Equal(
            "I'm sorry I [name what you did]. That was my fault. I know it hurt you, and I'll call your mum tonight to explain. It won't happen again.",
            ApologyCoach.Default.Assess(text).Rewrite);
    }

    private static string Ids(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids) : "-";

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
