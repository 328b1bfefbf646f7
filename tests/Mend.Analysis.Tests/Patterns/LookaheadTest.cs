using System.Collections.Frozen;
using Mend.Analysis.Patterns;
using Mend.Analysis.Text;

namespace Mend.Analysis.Tests.Patterns;

/// <summary>The matcher's one-token lookahead drops only states that could never add a hit: hits, in order, are those of the plain pass.</summary>
public class LookaheadTest
{
    public static TheoryData<string> Messages =>
    [
        "",
        "you always do this",
        "I'm not saying you're lazy, but you never help with the kids. Ever.",
        "sorry i was late but the traffic was awful and my boss kept me back again",
        "idk why u always make me feel like this 🙄 sooo done",
        "you're \"working late\" again? sure. whatever you say",
        "i can't keep doing this, i can't, i can't, i just can't, you never listen, you never ever listen",
        "Thank you so much for the flowers!! I love you, I'm sorry about yesterday, it was my fault and I'll do better",
        "i know where you live and i know where your sister works",
        string.Join(' ', Enumerable.Repeat("i can you did you sorry okay", 60)),
        string.Join(". ", Enumerable.Repeat("you never do anything", 40)),
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public void The_rules_hit_the_same_with_and_without_it(string message)
    {
        var pipeline = AnalysisPipeline.Default;
        var tokens = new TokenBuffer();
        pipeline.Tokenizer.Tokenize(message, tokens);
        Assert.Equal(Hits(pipeline.Automaton, tokens, lookahead: false), Hits(pipeline.Automaton, tokens, lookahead: null));
    }

    [Fact]
    public void A_message_that_fills_the_state_table_is_matched_as_without_it()
    {
        // A 300-word chain and 300 of its words: one live state per start, more than the table holds.
        var words = new Vocabulary.Builder();
        var builder = new PatternAutomaton.Builder();
        var compiler = new PatternCompiler(words, builder);
        compiler.Compile(string.Join(' ', Enumerable.Repeat("again", 300)), "test");
        compiler.Compile("again * again", "test");
        var automaton = builder.Build();
        var tokens = new TokenBuffer();
        new Tokenizer(words.Build(), new Dictionary<int, int>().ToFrozenDictionary())
            .Tokenize(string.Join(' ', Enumerable.Repeat("again", 300)), tokens);

        Assert.False(automaton.Match(tokens.Span, new HitBuffer(), lookahead: true));
        Assert.Equal(Hits(automaton, tokens, lookahead: false), Hits(automaton, tokens, lookahead: null));
    }

    /// <summary>The hits of one pass: plain, or (null) as the engine runs it, with the lookahead.</summary>
    private static List<Hit> Hits(PatternAutomaton automaton, TokenBuffer tokens, bool? lookahead)
    {
        var hits = new HitBuffer();
        if (lookahead is { } plain)
        {
            Assert.True(automaton.Match(tokens.Span, hits, plain));
        }
        else
        {
            automaton.Match(tokens.Span, hits);
        }

        return [.. hits.Span.ToArray()];
    }
}
