using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mend.Repair;

/// <summary>
/// A plan to repair one rupture: the method's seven steps in order, tailored to the rupture's cause and severity
/// and to the person's attachment style, with milestones for rebuilding trust, a suggestion of outside support when
/// the hurt is serious, and guidance for the challenges seen in the person's own messages.
/// </summary>
/// <remarks>
/// The plan owns its transitions; each throws <see cref="InvalidOperationException"/> with a clear message when it
/// is not allowed:
/// <list type="bullet">
/// <item><see cref="StartStep"/>: from not started. Steps 1–6 may be started in any order (people skip around; the
/// order is a recommendation, see <see cref="NextStep"/>). Step 7, forgive, may start only once steps 1–4 are each
/// completed or skipped: forgiving before the hurt has been heard and owned is premature.</item>
/// <item><see cref="CompleteStep"/>: from in progress, with evidence of what was done (not empty).</item>
/// <item><see cref="SkipStep"/>: from not started or in progress, with a reason (not empty).</item>
/// <item><see cref="ReopenStep"/>: from completed or skipped, back to in progress; evidence and reason are cleared.</item>
/// </list>
/// Times come from the <see cref="TimeProvider"/> passed in. The plan round-trips through JSON
/// (<see cref="ToJson"/>, <see cref="FromJson"/>): camelCase fields, ids as strings.
/// </remarks>
public sealed class RepairPlan
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = RepairJsonContext.Default,
    };

    private static readonly JsonSerializerOptions IndentedOptions = new(Options) { WriteIndented = true };

    private readonly PlanStep[] _steps;

    /// <summary>Creates a plan; restores a saved one (the JSON constructor) after checking it.</summary>
    /// <param name="cause">What broke the connection.</param>
    /// <param name="severity">How much it damaged, or whether it is a pattern.</param>
    /// <param name="attachment">The person's attachment style, when they gave it.</param>
    /// <param name="steps">Exactly the seven steps, in the method's order.</param>
    /// <param name="milestones">Milestones for rebuilding trust gradually; may be empty.</param>
    /// <param name="support">A suggestion of outside support, or null.</param>
    /// <param name="challenges">Guidance for challenges seen in the person's messages; may be empty.</param>
    /// <exception cref="FormatException">The steps are not the seven steps in order, or a value is unknown.</exception>
    [JsonConstructor]
    public RepairPlan(
        RuptureCause cause,
        RuptureSeverity severity,
        AttachmentStyle? attachment,
        IReadOnlyList<PlanStep> steps,
        IReadOnlyList<TrustMilestone>? milestones,
        string? support,
        IReadOnlyList<ChallengeGuidance>? challenges)
    {
        if (!Enum.IsDefined(cause) || !Enum.IsDefined(severity) || (attachment is { } a && !Enum.IsDefined(a)))
        {
            throw new FormatException("A repair plan has an unknown cause, severity or attachment style.");
        }

        if (steps is null || steps.Count != RepairIds.AllSteps.Count)
        {
            throw new FormatException($"A repair plan has exactly {RepairIds.AllSteps.Count} steps; this one has {steps?.Count ?? 0}.");
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is null || steps[i].Kind != RepairIds.AllSteps[i])
            {
                throw new FormatException($"Step {i + 1} of a repair plan must be '{RepairIds.AllSteps[i].Id()}'.");
            }
        }

        Cause = cause;
        Severity = severity;
        Attachment = attachment;
        _steps = [.. steps];
        Milestones = milestones ?? [];
        Support = support;
        Challenges = challenges ?? [];
    }

    /// <summary>What broke the connection.</summary>
    public RuptureCause Cause { get; }

    /// <summary>How much it damaged, or whether it is a pattern.</summary>
    public RuptureSeverity Severity { get; }

    /// <summary>The person's attachment style, when they gave it.</summary>
    public AttachmentStyle? Attachment { get; }

    /// <summary>The seven steps, in the method's order.</summary>
    public IReadOnlyList<PlanStep> Steps => _steps;

    /// <summary>Milestones for rebuilding trust gradually (empty for small ruptures).</summary>
    public IReadOnlyList<TrustMilestone> Milestones { get; }

    /// <summary>A suggestion of outside support (a counsellor, a coach), or null.</summary>
    public string? Support { get; }

    /// <summary>Guidance for defensiveness, stonewalling or unresolved emotion seen in the person's messages.</summary>
    public IReadOnlyList<ChallengeGuidance> Challenges { get; }

    /// <summary>The first step, in order, that is neither completed nor skipped; null when every step is settled.</summary>
    [JsonIgnore]
    public PlanStep? NextStep => _steps.FirstOrDefault(s => !s.IsSettled);

    /// <summary>True when every step is completed or skipped.</summary>
    [JsonIgnore]
    public bool IsFinished => NextStep is null;

    /// <summary>The step of a kind.</summary>
    public PlanStep this[RepairStepKind kind] => _steps[(int)kind];

    /// <summary>Starts a step that has not been started (step 7 only once steps 1–4 are completed or skipped).</summary>
    /// <exception cref="InvalidOperationException">The step is not in a state that can start.</exception>
    public PlanStep StartStep(RepairStepKind kind, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var step = Step(kind);
        if (kind == RepairStepKind.Forgive && step.Status == PlanStepStatus.NotStarted)
        {
            var open = _steps.Take(4).Where(s => !s.IsSettled).Select(s => s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (open.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Cannot start step 7 (forgive): forgiveness comes after the hurt has been acknowledged, owned, apologised for and understood; complete or skip step{(open.Count == 1 ? "" : "s")} {string.Join(", ", open)} first.");
            }
        }

        step.Start(time.GetUtcNow());
        return step;
    }

    /// <summary>Completes a step in progress, with evidence of what was done.</summary>
    /// <exception cref="ArgumentException">The evidence is empty.</exception>
    /// <exception cref="InvalidOperationException">The step is not in progress.</exception>
    public PlanStep CompleteStep(RepairStepKind kind, string evidence, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var step = Step(kind);
        if (string.IsNullOrWhiteSpace(evidence))
        {
            throw new ArgumentException($"Completing step {step.Number} ({kind.Id()}) needs evidence: say what was done.", nameof(evidence));
        }

        step.Complete(evidence, time.GetUtcNow());
        return step;
    }

    /// <summary>Sets a step aside, with a reason.</summary>
    /// <exception cref="ArgumentException">The reason is empty.</exception>
    /// <exception cref="InvalidOperationException">The step is already completed or skipped.</exception>
    public PlanStep SkipStep(RepairStepKind kind, string reason, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var step = Step(kind);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException($"Skipping step {step.Number} ({kind.Id()}) needs a reason.", nameof(reason));
        }

        step.Skip(reason, time.GetUtcNow());
        return step;
    }

    /// <summary>Takes a completed or skipped step back to in progress.</summary>
    /// <exception cref="InvalidOperationException">The step is not completed or skipped.</exception>
    public PlanStep ReopenStep(RepairStepKind kind, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var step = Step(kind);
        step.Reopen(time.GetUtcNow());
        return step;
    }

    /// <summary>The plan as JSON: camelCase fields, ids as strings, indented when asked.</summary>
    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(this, indented ? IndentedOptions : Options);

    /// <summary>Reads a plan written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The JSON is not a valid plan (the message says why).</exception>
    public static RepairPlan FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<RepairPlan>(json, Options) ?? throw new FormatException("The JSON is null, not a repair plan.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not a valid repair plan: {e.Message}", e);
        }
    }

    private PlanStep Step(RepairStepKind kind) =>
        Enum.IsDefined(kind) ? _steps[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not one of the seven steps.");
}

/// <summary>A point on the way to rebuilding trust: by when, and what shows it.</summary>
/// <param name="Week">Weeks from the start of the plan.</param>
/// <param name="Description">What should be true by then.</param>
public sealed record TrustMilestone(int Week, string Description);

/// <summary>
/// The method's way through a challenge seen in one of the person's own messages, with a better wording built from it.
/// </summary>
/// <param name="Kind">Which challenge.</param>
/// <param name="Quote">The words of the person's message that show it.</param>
/// <param name="WayThrough">What to do instead, in a sentence or two.</param>
/// <param name="BetterWording">A better wording of their message, or null when none could be built.</param>
public sealed record ChallengeGuidance(RepairChallenge Kind, string Quote, string WayThrough, string? BetterWording);

/// <summary>Source-generated JSON metadata for the repair plan (no reflection at run time).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RepairPlan))]
internal sealed partial class RepairJsonContext : JsonSerializerContext;
