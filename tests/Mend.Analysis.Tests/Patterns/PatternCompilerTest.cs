using System.Collections.Frozen;
using Mend.Analysis.Patterns;
using Mend.Analysis.Text;

namespace Mend.Analysis.Tests.Patterns;

public class PatternCompilerTest
{
    /// <summary>Compiles patterns into a tiny engine and returns the matched text of each hit, per pattern index.</summary>
    private static List<(int Pattern, string Text)> Match(string text, params string[] patterns)
    {
        var words = new Vocabulary.Builder();
        words.AddShorthand("u", ["you"]);
        words.Add("#num");
        var automaton = new PatternAutomaton.Builder();
        var compiler = new PatternCompiler(words, automaton);
        compiler.DefineClass("trait", ["lazy", "selfish", "a liar", "full of it"], "test");
        foreach (var p in patterns)
        {
            compiler.Compile(p, "test");
        }

        var tokenizer = new Tokenizer(words.Build(), new Dictionary<int, int>().ToFrozenDictionary());
        var tokens = new TokenBuffer();
        tokenizer.Tokenize(text, tokens);
        var hits = new HitBuffer();
        automaton.Build().Match(tokens.Span, hits);
        return [.. hits.Span.ToArray().Select(h => (h.Pattern, text[tokens.Span[h.First].Start..tokens.Span[h.Last].End]))];
    }

    [Fact]
    public void The_same_pattern_twice_reports_both()
    {
        var hits = Match("i know where your sister works", "i know where your sister works", "i know where your * works");
        Assert.Equal([0, 1], hits.Select(h => h.Pattern).Order());
        Assert.Equal([0, 1], Match("i know where u live", "i know where you live", "i know where you live").Select(h => h.Pattern).Order());
    }

    [Fact]
    public void Literal_words_match_across_spelling_variants()
    {
        Assert.Equal([(0, "U R so")], Match("U R so", "you r so"));
        Assert.Single(Match("you’re so lazy", "you're so lazy"));
    }

    [Fact]
    public void Alternatives_and_optional_parts()
    {
        string[] patterns = ["{you are|youre} [so|really] @trait"];
        Assert.Single(Match("you are lazy", patterns));
        Assert.Single(Match("youre so selfish", patterns));
        Assert.Single(Match("you are really a liar", patterns));
        Assert.Empty(Match("you are not lazy", patterns));
    }

    [Fact]
    public void Multi_word_class_members_match_whole()
    {
        Assert.Equal("you are full of it", Match("honestly you are full of it", "you are @trait").Single().Text);
        Assert.Empty(Match("you are full", "you are @trait"));
    }

    [Fact]
    public void Gaps_skip_up_to_three_words_and_no_pattern_spans_two_sentences()
    {
        Assert.Single(Match("sorry i was late but traffic", "sorry * but"));
        Assert.Single(Match("sorry but", "sorry * but"));
        Assert.Empty(Match("sorry i was very very late but", "sorry * but"));
        Assert.Single(Match("sorry i was very very late but", "sorry ** but"));
        Assert.Empty(Match("sorry. but", "sorry * but"));
        Assert.Empty(Match("sorry. but", "sorry but"));
    }

    [Fact]
    public void Anchors_pin_a_pattern_to_the_whole_message()
    {
        Assert.Single(Match("whatever", "^ whatever $"));
        Assert.Empty(Match("whatever you like", "^ whatever $"));
        Assert.Empty(Match("ok whatever", "^ whatever"));
        Assert.Single(Match("ok whatever", "whatever $"));
    }

    [Fact]
    public void A_trailing_optional_part_after_alternatives_may_be_absent()
    {
        Assert.Equal("calm down", Match("calm down", "{calm|settle} {down|out} [now]").Single().Text);
        Assert.Contains((0, "calm down now"), Match("calm down now", "{calm|settle} {down|out} [now]"));
    }

    [Fact]
    public void Numbers_match_the_number_slot()
    {
        Assert.Single(Match("give me 20 minutes", "give me #num minutes"));
        Assert.Single(Match("give me 20 minutes", "give me 10 minutes"));
    }

    [Fact]
    public void Many_alternatives_cost_their_sum_not_their_product()
    {
        var big = "{" + string.Join("|", Enumerable.Range(0, 200).Select(i => $"w{i} x{i}")) + "}";
        Assert.Single(Match("w5 x5 w7 x7 w9 x9", $"{big} {big} {big}"));
    }

    [Theory]
    [InlineData("* sorry")]
    [InlineData("sorry *")]
    [InlineData("[sorry]")]
    [InlineData("{sorry|}")]
    [InlineData("{sorry")]
    [InlineData("you are @unknown")]
    public void Malformed_patterns_are_refused_with_their_location(string pattern)
    {
        var e = Assert.Throws<FormatException>(() => Match("x", pattern));
        Assert.StartsWith("test", e.Message, StringComparison.Ordinal);
    }
}
