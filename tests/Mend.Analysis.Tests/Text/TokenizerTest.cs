using Mend.Analysis.Text;

namespace Mend.Analysis.Tests.Text;

public class TokenizerTest
{
    private static readonly Tokenizer Tokenizer = AnalysisPipeline.Default.Tokenizer;

    private static List<(string Word, string Written, TokenFlags Flags)> Tokens(string text)
    {
        var buffer = new TokenBuffer();
        Tokenizer.Tokenize(text, buffer);
        var list = new List<(string, string, TokenFlags)>();
        foreach (var t in buffer.Span)
        {
            list.Add((Tokenizer.Vocabulary[t.Word], text.Substring(t.Start, t.Length), t.Flags));
        }

        return list;
    }

    [Fact]
    public void Apostrophes_casing_and_curly_quotes_fold_to_one_form()
    {
        foreach (var text in new[] { "you're", "youre", "YOU'RE", "you’re" })
        {
            Assert.Equal("youre", Tokens(text).Single().Word);
        }
    }

    [Fact]
    public void Shorthand_expands_but_keeps_the_written_span()
    {
        var tokens = Tokens("idk rn");
        Assert.Equal(["i", "dont", "know", "right", "now"], tokens.Select(t => t.Word));
        Assert.All(tokens.Take(3), t => Assert.Equal("idk", t.Written));
        Assert.All(tokens, t => Assert.True(t.Flags.HasFlag(TokenFlags.Expanded)));
    }

    [Fact]
    public void Shorthand_inside_shorthand_expands_too()
    {
        Assert.Equal(["not", "going", "to", "lie"], Tokens("ngl").Select(t => t.Word));
    }

    [Theory]
    [InlineData("sooo", "so")]
    [InlineData("whateverrrr", "whatever")]
    [InlineData("pleeeease", "please")]
    public void Stretched_letters_fold_to_a_known_word(string written, string word)
    {
        var token = Tokens(written).Single();
        Assert.Equal(word, token.Word);
        Assert.True(token.Flags.HasFlag(TokenFlags.Stretched));
    }

    [Fact]
    public void Emoji_become_named_tokens_pointing_at_the_emoji()
    {
        var tokens = Tokens("ok 🙄");
        Assert.Equal(":eyeroll:", tokens[1].Word);
        Assert.Equal("🙄", tokens[1].Written);
        Assert.True(tokens[1].Flags.HasFlag(TokenFlags.Emoji));
    }

    [Fact]
    public void Scare_quotes_mark_the_quoted_words_only()
    {
        var tokens = Tokens("you were 'working late' again");
        Assert.Equal([false, false, true, true, false], tokens.Select(t => t.Flags.HasFlag(TokenFlags.Quoted)));
    }

    [Fact]
    public void Apostrophes_inside_words_do_not_open_quotes()
    {
        Assert.DoesNotContain(Tokens("don't you're can't"), t => t.Flags.HasFlag(TokenFlags.Quoted));
    }

    [Fact]
    public void Capitals_mark_shouting()
    {
        var tokens = Tokens("you NEVER listen I");
        Assert.Equal([false, true, false, false], tokens.Select(t => t.Flags.HasFlag(TokenFlags.Shouted)));
    }

    [Fact]
    public void Sentences_and_clauses_are_numbered()
    {
        var buffer = new TokenBuffer();
        Tokenizer.Tokenize("fine, whatever. bye", buffer);
        var t = buffer.Span;
        Assert.Equal(t[0].Sentence, t[1].Sentence);
        Assert.NotEqual(t[0].Clause, t[1].Clause);
        Assert.NotEqual(t[1].Sentence, t[2].Sentence);
    }

    [Fact]
    public void Hostile_input_never_throws()
    {
        var random = new Random(7);
        var buffer = new TokenBuffer();
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 0xFFFF);
            }

            Tokenizer.Tokenize(new string(chars), buffer);
        }

        Tokenizer.Tokenize(new string('a', 100_000), buffer);
        Assert.Equal(1, buffer.Count);
    }
}
