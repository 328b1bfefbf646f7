using BenchmarkDotNet.Attributes;
using Mend.Analysis.Planning;
using Mend.Analysis.Triage;
using Mend.Repair;

namespace Mend.Benchmarks;

/// <summary>Rupture triage and plan building: one operation is one description (or one plan).</summary>
[MemoryDiagnoser]
public class RepairBenchmarks
{
    private static readonly string[] Descriptions =
    [
        "I was twenty minutes late to dinner and didn't text. She was a bit annoyed.",
        "I had an affair and my wife found out last week. She says she can't trust me.",
        "He never asks about my day anymore. For months it's been me talking and him on his phone.",
        "My brother thought I'd told our parents about his new job before he could. I hadn't; it was a misunderstanding.",
    ];

    private RepairPlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ = RuptureTriage.Default;
        _plan = PlanBuilder.Default.Build(RuptureCause.Betrayal, RuptureSeverity.Major).Plan!;
    }

    /// <summary>Cues, cause confidences, severity, rationale and the engine's safety check.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int Triage()
    {
        var n = 0;
        foreach (var description in Descriptions)
        {
            n += RuptureTriage.Default.Assess(description).Cues.Count;
        }

        return n;
    }

    /// <summary>The seven steps for a major betrayal, paced for an avoidant style, reading one message for challenges.</summary>
    [Benchmark]
    public RepairPlan? BuildPlan() =>
        PlanBuilder.Default.Build(RuptureCause.Betrayal, RuptureSeverity.Major, AttachmentStyle.Avoidant, ["you're overreacting, it was one time"]).Plan;

    /// <summary>A stored plan read back (what the web app does per request).</summary>
    [Benchmark]
    public RepairPlan PlanJsonRoundTrip() => RepairPlan.FromJson(_plan.ToJson());
}
