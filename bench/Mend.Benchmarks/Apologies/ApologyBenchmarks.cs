using BenchmarkDotNet.Attributes;
using Mend.Analysis.Apologies;

namespace Mend.Benchmarks.Apologies;

/// <summary>The apology coach over generated apologies: one operation is one apology (assessment and rewrite).</summary>
[MemoryDiagnoser]
public class ApologyBenchmarks
{
    public const int CorpusSize = 20_000;

    private static readonly string[] Openings =
    [
        "I'm sorry", "sorry", "soz", "I'm really sorry", "I apologise", "so sorry", "I'm sorry if you were upset that",
        "sorry you feel like", "my bad,", "I regret that",
    ];

    private static readonly string[] Acts =
    [
        "I missed the school play", "I forgot to ring your dad back", "I snapped at you on the drive home",
        "i left the washing in the machine again", "I told Sam about the job before you could",
        "I didn't save you a seat", "I was an hour late to the dinner", "I laughed at your haircut",
    ];

    private static readonly string[] Endings =
    [
        "", ".", ", but the roads were awful.", ", you wound me up though.", ". That was on me and I know it hurt.",
        ". I'll make it up to you on Saturday.", ". It won't happen again.", ", it was only a joke lol",
        ". I understand you felt pushed aside, and from now on I'll check with you first.",
    ];

    private readonly ApologyCoach _coach = ApologyCoach.Default;
    private string[] _corpus = [];

    /// <summary>Apologies built from openings, acts and endings in a fixed pseudo-random order.</summary>
    public static string[] Generate(int count)
    {
        var random = new Random(7);
        var corpus = new string[count];
        for (var i = 0; i < count; i++)
        {
            corpus[i] = $"{Openings[random.Next(Openings.Length)]} {Acts[random.Next(Acts.Length)]}{Endings[random.Next(Endings.Length)]}";
        }

        return corpus;
    }

    [GlobalSetup]
    public void Setup() => _corpus = Generate(CorpusSize);

    /// <summary>Components, flags, quality, score, findings and the rewrite, for every apology of the corpus.</summary>
    [Benchmark(OperationsPerInvoke = CorpusSize)]
    public int Assess()
    {
        var score = 0;
        foreach (var apology in _corpus)
        {
            score += _coach.Assess(apology).Score;
        }

        return score;
    }
}
