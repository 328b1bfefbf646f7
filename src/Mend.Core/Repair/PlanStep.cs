using System.Text.Json.Serialization;

namespace Mend.Repair;

/// <summary>
/// One of the seven steps of a <see cref="RepairPlan"/>: what it is for, what to do, what to say, and where it
/// stands. Its status changes only through the plan's transitions (<see cref="RepairPlan.StartStep"/> and the rest),
/// which keep the rules in one place.
/// </summary>
public sealed class PlanStep
{
    /// <summary>Creates a step that has not been started.</summary>
    /// <param name="kind">Which of the seven steps this is.</param>
    /// <param name="title">A short heading for people.</param>
    /// <param name="purpose">Why this step matters, in one or two sentences.</param>
    /// <param name="actions">Concrete things to do.</param>
    /// <param name="prompts">Words to start from; the person makes them their own.</param>
    public PlanStep(RepairStepKind kind, string title, string purpose, IReadOnlyList<string> actions, IReadOnlyList<string> prompts)
        : this(kind, kind.Number(), title, purpose, actions, prompts, PlanStepStatus.NotStarted, null, null, null, null, null)
    {
    }

    /// <summary>Restores a step as it was saved; checks that its fields agree with its status.</summary>
    /// <exception cref="FormatException">The saved fields contradict each other.</exception>
    [JsonConstructor]
    public PlanStep(
        RepairStepKind kind,
        int number,
        string title,
        string purpose,
        IReadOnlyList<string> actions,
        IReadOnlyList<string> prompts,
        PlanStepStatus status,
        string? evidence,
        string? skipReason,
        DateTimeOffset? startedAt,
        DateTimeOffset? completedAt,
        DateTimeOffset? skippedAt)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new FormatException($"Unknown repair step {(int)kind}.");
        }

        if (number != kind.Number())
        {
            throw new FormatException($"Step '{kind.Id()}' is number {kind.Number()}, not {number}.");
        }

        if (!Enum.IsDefined(status))
        {
            throw new FormatException($"Step '{kind.Id()}' has an unknown status.");
        }

        var consistent = status switch
        {
            PlanStepStatus.NotStarted => evidence is null && skipReason is null && completedAt is null && skippedAt is null,
            PlanStepStatus.InProgress => evidence is null && skipReason is null && completedAt is null && skippedAt is null,
            PlanStepStatus.Completed => !string.IsNullOrWhiteSpace(evidence) && skipReason is null && completedAt is not null && skippedAt is null,
            _ => !string.IsNullOrWhiteSpace(skipReason) && evidence is null && skippedAt is not null && completedAt is null,
        };
        if (!consistent)
        {
            throw new FormatException($"Step '{kind.Id()}' is {status.Id()} but its evidence, reason or times say otherwise.");
        }

        Kind = kind;
        Number = number;
        Title = title ?? throw new FormatException($"Step '{kind.Id()}' has no title.");
        Purpose = purpose ?? throw new FormatException($"Step '{kind.Id()}' has no purpose.");
        Actions = actions ?? [];
        Prompts = prompts ?? [];
        Status = status;
        Evidence = evidence;
        SkipReason = skipReason;
        StartedAt = startedAt;
        CompletedAt = completedAt;
        SkippedAt = skippedAt;
    }

    /// <summary>Which of the seven steps this is.</summary>
    public RepairStepKind Kind { get; }

    /// <summary>The step's place in the method, 1 to 7.</summary>
    public int Number { get; }

    /// <summary>A short heading for people.</summary>
    public string Title { get; }

    /// <summary>Why this step matters.</summary>
    public string Purpose { get; }

    /// <summary>Concrete things to do, tailored to the rupture and the person.</summary>
    public IReadOnlyList<string> Actions { get; }

    /// <summary>Words to start from.</summary>
    public IReadOnlyList<string> Prompts { get; }

    /// <summary>Where the step stands.</summary>
    public PlanStepStatus Status { get; private set; }

    /// <summary>What was done, when <see cref="Status"/> is <see cref="PlanStepStatus.Completed"/>; otherwise null.</summary>
    public string? Evidence { get; private set; }

    /// <summary>Why the step was set aside, when <see cref="Status"/> is <see cref="PlanStepStatus.Skipped"/>; otherwise null.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>When the step was first started, or null.</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>When the step was completed, or null.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When the step was skipped, or null.</summary>
    public DateTimeOffset? SkippedAt { get; private set; }

    /// <summary>True when the step is completed or skipped: nothing more is expected of it.</summary>
    [JsonIgnore]
    public bool IsSettled => Status is PlanStepStatus.Completed or PlanStepStatus.Skipped;

    internal void Start(DateTimeOffset now)
    {
        Require(Status == PlanStepStatus.NotStarted, "start", Status switch
        {
            PlanStepStatus.InProgress => "it is already in progress",
            _ => $"it is {Describe(Status)}; reopen it first",
        });
        Status = PlanStepStatus.InProgress;
        StartedAt = now;
    }

    internal void Complete(string evidence, DateTimeOffset now)
    {
        Require(Status == PlanStepStatus.InProgress, "complete", Status switch
        {
            PlanStepStatus.NotStarted => "it has not been started; start it first",
            _ => $"it is already {Describe(Status)}",
        });
        Status = PlanStepStatus.Completed;
        Evidence = evidence.Trim();
        CompletedAt = now;
    }

    internal void Skip(string reason, DateTimeOffset now)
    {
        Require(Status is PlanStepStatus.NotStarted or PlanStepStatus.InProgress, "skip", $"it is already {Describe(Status)}");
        Status = PlanStepStatus.Skipped;
        SkipReason = reason.Trim();
        SkippedAt = now;
    }

    internal void Reopen(DateTimeOffset now)
    {
        Require(IsSettled, "reopen", Status == PlanStepStatus.NotStarted
            ? "it has not been started; start it instead"
            : "it is still in progress");
        Status = PlanStepStatus.InProgress;
        Evidence = null;
        SkipReason = null;
        CompletedAt = null;
        SkippedAt = null;
        StartedAt ??= now;
    }

    private void Require(bool legal, string verb, string why)
    {
        if (!legal)
        {
            throw new InvalidOperationException($"Cannot {verb} step {Number} ({Kind.Id()}): {why}.");
        }
    }

    private static string Describe(PlanStepStatus status) => status.Id().Replace('_', ' ');
}
