using BenchmarkDotNet.Attributes;
using Mend.Analysis.Conversations;
using Mend.Chat;

namespace Mend.Benchmarks.Conversations;

/// <summary>
/// The conversation analysis over a generated chat of the corpus' messages, one operation per message: the fold
/// alone (labels computed once in set-up) and the whole analyzer (engine in parallel batches, then the fold).
/// </summary>
[MemoryDiagnoser]
public class ConversationBenchmarks
{
    private const int Size = 100_000;

    private readonly ConversationAnalyzer _analyzer = new();
    private ChatMessage[] _messages = [];
    private LabelSet[] _labels = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var time = new DateTime(2023, 1, 1, 8, 0, 0);
        var texts = ChatCorpus.Generate(Size);
        _messages = new ChatMessage[Size];
        for (var i = 0; i < Size; i++)
        {
            time = time.AddMinutes(random.Next(1, 240));
            _messages[i] = new ChatMessage(ChatTime.FromLocal(time), random.Next(2) == 0 ? "Sam" : "Alex", texts[i], Line: i + 1);
        }

        _labels = [.. _messages.Select(_analyzer.Label)];
    }

    /// <summary>Folding labelled messages into the report's tallies, episodes and cycles.</summary>
    [Benchmark(OperationsPerInvoke = Size)]
    public int Fold()
    {
        var fold = new ConversationFold();
        for (var i = 0; i < _messages.Length; i++)
        {
            fold.Add(_messages[i], _labels[i]);
        }

        return fold.ToReport().EpisodeCount;
    }

    /// <summary>The whole analyzer: a reader thread, the engine over batches on every core, the fold in order.</summary>
    [Benchmark(OperationsPerInvoke = Size)]
    public int Analyze() => _analyzer.Analyze(_messages).EpisodeCount;
}
