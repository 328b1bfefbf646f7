using System.Globalization;
using Mend.Analysis;
using Mend.Repair;

namespace Mend.Cli.Commands;

/// <summary>Checks shared by <c>mend triage</c> and <c>mend plan</c>: the description and the attachment style.</summary>
internal static class RepairInput
{
    /// <summary>The ids a person may give to <c>--attachment</c>, for help and errors.</summary>
    public static string StyleIds => string.Join(", ", RepairIds.AllAttachmentStyles.Select(s => s.Id()));

    /// <summary>An error for people, or null when the description and style are usable.</summary>
    public static string? Validate(string? description, string? attachment, out AttachmentStyle? style)
    {
        style = null;
        if (string.IsNullOrWhiteSpace(description))
        {
            return "Describe what happened in a sentence or a few, e.g. mend triage \"I promised to help her move and cancelled the night before\".";
        }

        if (description.Length > AnalysisPipeline.MaxMessageLength)
        {
            return $"The description is longer than {AnalysisPipeline.MaxMessageLength.ToString("N0", CultureInfo.InvariantCulture)} characters; describe the rupture in fewer words.";
        }

        if (attachment is not null)
        {
            if (!RepairIds.TryParse(attachment, out AttachmentStyle parsed))
            {
                return $"'{attachment}' is not an attachment style. Use one of: {StyleIds} (fearful-avoidant works too).";
            }

            style = parsed;
        }

        return null;
    }
}
