using Mend.Analysis.Triage;
using Mend.Repair;

namespace Mend.Analysis.Planning;

/// <summary>
/// Builds the seven-step <see cref="RepairPlan"/> for one rupture, tailored to its cause and severity, to the
/// person's attachment style when given, and to the challenges their own messages show (defensiveness,
/// stonewalling, unresolved emotion), each with a better wording built from their message.
/// </summary>
/// <remarks>
/// Safety first: when the description or any of the person's messages raises a safety concern, there is no plan
/// and no repair coaching; the result carries the <see cref="SafetyNotice"/> instead. Immutable and thread-safe.
/// </remarks>
public sealed class PlanBuilder(AnalysisPipeline pipeline)
{
    private static readonly Lazy<PlanBuilder> LazyDefault = new(() => new PlanBuilder(AnalysisPipeline.Default));

    /// <summary>The builder reading messages with <see cref="AnalysisPipeline.Default"/>.</summary>
    public static PlanBuilder Default => LazyDefault.Value;

    /// <summary>The plan for a triaged rupture.</summary>
    /// <param name="triage">What <see cref="RuptureTriage.Assess"/> made of the description.</param>
    /// <param name="attachment">The person's attachment style, or null.</param>
    /// <param name="texts">Messages the person wrote about the rupture, or null; read for challenges and safety.</param>
    public PlanResult Build(TriageResult triage, AttachmentStyle? attachment = null, IEnumerable<string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(triage);
        return triage.Safety is { } safety
            ? new PlanResult(null, safety)
            : Build(triage.Cause, triage.Severity, attachment, texts);
    }

    /// <summary>The plan for a rupture whose cause and severity are known.</summary>
    /// <param name="cause">What broke the connection.</param>
    /// <param name="severity">How severe it is.</param>
    /// <param name="attachment">The person's attachment style, or null.</param>
    /// <param name="texts">Messages the person wrote about the rupture, or null; read for challenges and safety.</param>
    public PlanResult Build(RuptureCause cause, RuptureSeverity severity, AttachmentStyle? attachment = null, IEnumerable<string>? texts = null)
    {
        var challenges = new List<ChallengeGuidance>();
        foreach (var text in texts ?? [])
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var result = pipeline.Analyze(text);
            if (result.Safety is { } safety)
            {
                return new PlanResult(null, safety);
            }

            challenges.AddRange(Challenges(result));
        }

        var steps = RepairIds.AllSteps.Select(kind =>
        {
            var (styleActions, stylePrompts) = PlanWording.ForStyle(kind, attachment);
            return new PlanStep(
                kind,
                PlanWording.Title(kind),
                PlanWording.Purpose(kind),
                [.. PlanWording.Actions(kind, cause, severity), .. styleActions],
                [.. PlanWording.Prompts(kind, cause, severity), .. stylePrompts]);
        }).ToList();

        var plan = new RepairPlan(
            cause,
            severity,
            attachment,
            steps,
            PlanWording.Milestones(cause, severity),
            PlanWording.Support(cause, severity),
            challenges);
        return new PlanResult(plan, null);
    }

    /// <summary>
    /// The challenges one message shows, at most one of each kind: defensiveness, stonewalling, and unresolved
    /// emotion (sweeping generalisations, old hurts, criticism of the person).
    /// </summary>
    private static IEnumerable<ChallengeGuidance> Challenges(AnalysisResult result)
    {
        var seen = new HashSet<RepairChallenge>();
        foreach (var finding in result.Findings)
        {
            RepairChallenge? kind = finding.Label switch
            {
                MessageLabel.Defensiveness => RepairChallenge.Defensiveness,
                MessageLabel.Stonewalling => RepairChallenge.Stonewalling,
                MessageLabel.Generalization or MessageLabel.Criticism => RepairChallenge.UnresolvedEmotion,
                _ => null,
            };
            if (kind is not { } k || !seen.Add(k))
            {
                continue;
            }

            var way = k switch
            {
                RepairChallenge.Defensiveness => PlanWording.DefensivenessWay,
                RepairChallenge.Stonewalling => PlanWording.StonewallingWay,
                _ => PlanWording.UnresolvedEmotionWay,
            };
            yield return new ChallengeGuidance(k, finding.Evidence, way, finding.Suggestion);
        }
    }
}

/// <summary>A repair plan, or, when safety is concerned, no plan and the safety notice.</summary>
/// <param name="Plan">The plan; null when <paramref name="Safety"/> is present.</param>
/// <param name="Safety">The safety notice to show instead of any repair coaching, or null.</param>
public sealed record PlanResult(RepairPlan? Plan, SafetyNotice? Safety);
