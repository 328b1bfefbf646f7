using BenchmarkDotNet.Attributes;
using Mend.Analysis;
using Mend.Analysis.Patterns;
using Mend.Analysis.Text;

namespace Mend.Benchmarks;

/// <summary>The whole pipeline over a generated corpus: one operation is one message.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    public const int CorpusSize = 200_000;

    private readonly AnalysisPipeline _pipeline = AnalysisPipeline.Default;
    private readonly TokenBuffer _tokens = new();
    private readonly HitBuffer _hits = new();
    private string[] _corpus = [];

    [GlobalSetup]
    public void Setup() => _corpus = ChatCorpus.Generate(CorpusSize);

    /// <summary>Tokenise, match, guard, detect and build the result, for every message of the corpus.</summary>
    [Benchmark(OperationsPerInvoke = CorpusSize)]
    public int Analyze()
    {
        var labels = 0;
        foreach (var message in _corpus)
        {
            labels += _pipeline.Analyze(message).Labels.Count;
        }

        return labels;
    }

    /// <summary>Tokenizer and automaton, without guards, detectors or results.</summary>
    [Benchmark(OperationsPerInvoke = CorpusSize)]
    public int Match()
    {
        var hits = 0;
        foreach (var message in _corpus)
        {
            _pipeline.Tokenizer.Tokenize(message, _tokens);
            _pipeline.Automaton.Match(_tokens.Span, _hits);
            hits += _hits.Count;
        }

        return hits;
    }

    /// <summary>The tokenizer alone, to see where the time goes.</summary>
    [Benchmark(OperationsPerInvoke = CorpusSize)]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var message in _corpus)
        {
            _pipeline.Tokenizer.Tokenize(message, _tokens);
            tokens += _tokens.Count;
        }

        return tokens;
    }
}
