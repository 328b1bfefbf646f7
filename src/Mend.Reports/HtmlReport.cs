using System.Globalization;
using Mend.Analysis.Conversations;

namespace Mend.Reports;

/// <summary>
/// Writes a <see cref="ConversationReport"/> as one self-contained HTML page that two people can read together:
/// inline CSS, charts as inline SVG, no script and no external resource of any kind, printable. Every text taken
/// from the chat is HTML-encoded. When a safety concern was found, that section comes first.
/// </summary>
public static partial class HtmlReport
{
    /// <summary>Writes the page for <paramref name="report"/>; <paramref name="title"/> names the chat (e.g. the file name).</summary>
    public static void Write(ConversationReport report, TextWriter writer, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var page = new Page(writer);
        var heading = title is null ? "What we noticed in your chat" : $"What we noticed in {title}";
        page.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Raw("<title>").Text(heading).Raw("</title>\n<style>").Raw(Style).Raw("</style>\n</head>\n<body>\n<main>\n");
        page.Raw("<h1>").Text(heading).Raw("</h1>\n");
        WriteIntroduction(page, report);
        if (report.Safety is { } safety)
        {
            WriteSafety(page, safety);
        }

        WriteBalance(page, report);
        WriteEpisodes(page, report);
        WriteCycles(page, report);
        WritePeople(page, report);
        page.Raw("<footer><p>").Text(Words.Footer).Raw("</p></footer>\n</main>\n</body>\n</html>\n");
    }

    private static void WriteIntroduction(Page page, ConversationReport report)
    {
        page.Raw("<p class=\"lead\">");
        if (report.Messages == 0)
        {
            page.Text("This chat has no messages from anyone, so there is nothing to show yet.").Raw("</p>\n");
            return;
        }

        var people = report.Participants.Take(5).Select(p => p.Name).ToList();
        var names = people.Count == 1 ? people[0] : string.Join(", ", people.Take(people.Count - 1)) + " and " + people[^1];
        page.Text(string.Create(CultureInfo.InvariantCulture, $"{report.Messages:N0} messages between {Date(report.First!.Value.Local)} and {Date(report.Last!.Value.Local)}"))
            .Text(report.Participants.Count <= 5 ? $", written by {names}." : $", written by {report.Participants.Count} people.")
            .Raw("</p>\n<p>").Text(Words.Introduction).Raw("</p>\n");
    }

    private static void WriteSafety(Page page, SafetyFindings safety)
    {
        page.Raw("<section class=\"safety\" aria-labelledby=\"safety\">\n<h2 id=\"safety\">Your safety comes first</h2>\n<p>")
            .Text(string.Create(CultureInfo.InvariantCulture, $"{safety.Messages:N0} {(safety.Messages == 1 ? "message in this chat mentions" : "messages in this chat mention")} harm, threats, control or monitoring. "))
            .Text(Words.SafetyIntroduction).Raw("</p>\n<ul>\n");
        foreach (var resource in safety.Notice.Resources)
        {
            page.Raw("<li>").Text(resource).Raw("</li>\n");
        }

        page.Raw("</ul>\n<h3>The messages we mean</h3>\n");
        foreach (var example in safety.Examples)
        {
            Quote(page, example);
        }

        page.Raw("</section>\n");
    }

    private static void WriteBalance(Page page, ConversationReport report)
    {
        page.Raw("<section aria-labelledby=\"balance\">\n<h2 id=\"balance\">Warmth and hurt over time</h2>\n<p>").Text(Words.Balance).Raw("</p>\n");
        if (report.Periods.Count > 0)
        {
            var unit = report.PeriodUnit == PeriodUnit.Week ? "week" : "month";
            page.Raw("<figure>").Raw(Charts.RatioOverTime(report, $"Kind messages per hurtful one, each {unit}, for each person, with the 5 to 1 line"))
                .Raw("<figcaption>").Text($"Each point is one {unit}: kind messages per hurtful one. A {unit} without any hurtful message has no point. The dashed line is 5 : 1.")
                .Raw("</figcaption></figure>\n");
        }

        page.Raw("<table>\n<caption>Over the whole chat</caption>\n<thead><tr><th scope=\"col\">Person</th><th scope=\"col\">Kind</th><th scope=\"col\">Hurtful</th><th scope=\"col\">Kind per hurtful</th><th scope=\"col\">In conflict</th></tr></thead>\n<tbody>\n");
        foreach (var p in report.Participants)
        {
            page.Raw("<tr><th scope=\"row\">").Text(p.Name).Raw("</th>")
                .Cell(p.Positive.ToString("N0", CultureInfo.InvariantCulture))
                .Cell(p.Negative.ToString("N0", CultureInfo.InvariantCulture))
                .Cell(Ratio(p.Ratio))
                .Cell(Ratio(p.ConflictRatio))
                .Raw("</tr>\n");
        }

        page.Raw("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteEpisodes(Page page, ConversationReport report)
    {
        page.Raw("<section aria-labelledby=\"episodes\">\n<h2 id=\"episodes\">Hard moments and how they ended</h2>\n<p>").Text(Words.Episodes).Raw("</p>\n");
        if (report.EpisodeCount == 0)
        {
            page.Raw("<p>").Text("We did not find a stretch of hurtful messages close together, or a reaching-out left without an answer.").Raw("</p>\n</section>\n");
            return;
        }

        var repaired = report.RepairedEpisodes;
        page.Raw("<figure>").Raw(Charts.EpisodeTimeline(report, "Timeline of the hard moments: repaired, faded without repair, or still open"))
            .Raw("<figcaption>").Text(string.Create(CultureInfo.InvariantCulture, $"{report.EpisodeCount:N0} hard {(report.EpisodeCount == 1 ? "moment" : "moments")}; {repaired:N0} {(repaired == 1 ? "was" : "were")} repaired in the chat, {report.FadedEpisodes:N0} faded, {report.OpenEpisodes:N0} still open."))
            .Text(report.EpisodeCount > report.Episodes.Count ? string.Create(CultureInfo.InvariantCulture, $" The chart shows the first {report.Episodes.Count:N0}.") : "")
            .Raw("</figcaption></figure>\n");
        foreach (var episode in report.Episodes.Take(Shown))
        {
            page.Raw("<article class=\"episode\">\n<h3>").Text(EpisodeHeading(episode)).Raw("</h3>\n<p>").Text(EpisodeSummary(episode)).Raw("</p>\n");
            foreach (var key in episode.KeyMessages)
            {
                Quote(page, key);
            }

            page.Raw("</article>\n");
        }

        if (report.EpisodeCount > Shown)
        {
            page.Raw("<p>").Text(string.Create(CultureInfo.InvariantCulture, $"The first {Shown} of {report.EpisodeCount:N0} are shown here; the JSON output (mend analyze --json) lists more.")).Raw("</p>\n");
        }

        page.Raw("</section>\n");
    }

    private static void WriteCycles(Page page, ConversationReport report)
    {
        page.Raw("<section aria-labelledby=\"cycles\">\n<h2 id=\"cycles\">A loop worth knowing</h2>\n<p>").Text(Words.Cycles).Raw("</p>\n");
        if (report.CycleCount == 0)
        {
            page.Raw("<p>").Text("We did not see this loop in your chat.").Raw("</p>\n</section>\n");
            return;
        }

        page.Raw("<p>").Text(string.Create(CultureInfo.InvariantCulture, $"We saw it {report.CycleCount:N0} {(report.CycleCount == 1 ? "time" : "times")}. For example:")).Raw("</p>\n");
        foreach (var cycle in report.Cycles)
        {
            page.Raw("<article class=\"cycle\">\n<h3>").Text(Date(cycle.Defensive.Time.Local)).Raw("</h3>\n<ol>\n<li><p>Defending:</p>");
            Quote(page, cycle.Defensive);
            page.Raw("</li>\n<li><p>").Text(cycle.Silence is { } silence ? $"Pulling away: a silence of {Duration(silence)}, then" : "Pulling away:").Raw("</p>");
            Quote(page, cycle.Withdrawal);
            page.Raw("</li>\n<li><p>Boiling over:</p>");
            Quote(page, cycle.Outburst);
            page.Raw("</li>\n</ol>\n</article>\n");
        }

        page.Raw("</section>\n");
    }

    private static void WritePeople(Page page, ConversationReport report)
    {
        page.Raw("<section aria-labelledby=\"people\">\n<h2 id=\"people\">Each of you</h2>\n");
        if (report.Participants.Any(p => p.Labels.Count > 0))
        {
            page.Raw("<figure>").Raw(Charts.LabelsPerPerson(report, "Messages per kind of finding, for each person"))
                .Raw("<figcaption>").Text("How many messages carried each kind of finding, for each person.").Raw("</figcaption></figure>\n");
        }

        page.Raw("<table>\n<caption>Repair and replies</caption>\n<thead><tr><th scope=\"col\">Person</th><th scope=\"col\">Messages</th><th scope=\"col\">Repair attempts (answered)</th><th scope=\"col\">Hard moments repaired</th><th scope=\"col\">Typical time to repair</th><th scope=\"col\">Typical reply time</th><th scope=\"col\">Long silences</th><th scope=\"col\">One-word replies in conflict</th></tr></thead>\n<tbody>\n");
        foreach (var p in report.Participants)
        {
            page.Raw("<tr><th scope=\"row\">").Text(p.Name).Raw("</th>")
                .Cell(p.Messages.ToString("N0", CultureInfo.InvariantCulture))
                .Cell(string.Create(CultureInfo.InvariantCulture, $"{p.RepairAttempts:N0} ({p.RepairAttemptsAnswered:N0})"))
                .Cell(p.EpisodesRepaired.ToString("N0", CultureInfo.InvariantCulture))
                .Cell(p.MedianTimeToRepair is { } repair ? Duration(repair) : "–")
                .Cell(p.MedianReplyLatency is { } latency ? Duration(latency) : "–")
                .Cell(p.LongSilences.ToString("N0", CultureInfo.InvariantCulture))
                .Cell(p.OneWordReplies.ToString("N0", CultureInfo.InvariantCulture))
                .Raw("</tr>\n");
        }

        page.Raw("</tbody>\n</table>\n</section>\n");
    }

    private static void Quote(Page page, KeyMessage message)
    {
        page.Raw("<blockquote><p>").Text(message.Text).Raw("</p><footer>").Text(message.Sender).Text(", ").Text(DateTime(message.Time.Local));
        if (!message.Labels.IsEmpty)
        {
            page.Raw(" · <span class=\"labels\">").Text(string.Join(", ", message.Labels.ToList().Select(l => l.Id().Replace('_', ' ')))).Raw("</span>");
        }

        page.Raw("</footer></blockquote>\n");
    }
}
