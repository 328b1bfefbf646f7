using Mend.Analysis.Patterns;

namespace Mend.Analysis;

/// <summary>
/// One label's detector: its rules file (patterns, guards, explanations) plus any logic the patterns cannot
/// express, and the better wording it suggests. Each lives in its own folder under <c>Detectors/</c>.
/// </summary>
internal abstract class Detector(MessageLabel label)
{
    public MessageLabel Label { get; } = label;

    /// <summary>The embedded rules file: <c>Detectors.{Folder}.{label id}.rules</c>.</summary>
    public virtual string RulesName => $"{GetType().Name[..^"Detector".Length]}.{Label.Id()}.rules";

    /// <summary>Resolves section names the detector's code refers to; called once while building.</summary>
    public virtual void Bind(SectionMap sections)
    {
    }

    /// <summary>
    /// Whether <see cref="Detect"/> has anything to look at in this message: by default, a passing hit of one of
    /// this label's sections. Most messages have none for most labels, so this keeps the pipeline fast.
    /// </summary>
    public virtual bool ShouldRun(DetectionContext context) => context.HasHitsFor(Label);

    /// <summary>Reports candidates for one message. By default every passing hit of a find section is one.</summary>
    public virtual void Detect(DetectionContext context)
    {
        foreach (var i in context.HitsOf(this, SectionKind.Find))
        {
            var hit = context.Hits[i];
            context.Report(this, hit.First, hit.Last, context.SectionOf(hit));
        }
    }

    /// <summary>A better wording for this message, or null. Only called for harmful labels, never with a safety concern.</summary>
    public virtual string? Suggest(SuggestionContext context) => null;
}

/// <summary>The sections of all rules files, by "file-label/section" name, resolved once while building.</summary>
internal sealed class SectionMap(IReadOnlyDictionary<string, int> ids)
{
    /// <summary>The id of a section of a label's rules, e.g. <c>Get(MessageLabel.NonApology, "but")</c>.</summary>
    public int Get(MessageLabel label, string section) =>
        ids.TryGetValue($"{label.Id()}/{section}", out var id)
            ? id
            : throw new InvalidOperationException($"The {label.Id()} rules have no [{section}] section.");
}
