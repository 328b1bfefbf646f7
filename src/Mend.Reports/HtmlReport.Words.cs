using System.Globalization;
using Mend.Analysis.Conversations;

namespace Mend.Reports;

/// <summary>The report's wording and formatting: kind, plain, and never a diagnosis.</summary>
public static partial class HtmlReport
{
    /// <summary>Hard moments described in full; the rest are counted.</summary>
    private const int Shown = 30;

    private const string Style = """
        :root{color-scheme:light;}
        body{margin:0;background:#fff;color:#1a1a1a;font:16px/1.55 "DejaVu Sans",system-ui,sans-serif;}
        main{max-width:52rem;margin:0 auto;padding:2rem 1.25rem;}
        h1{font-size:1.8rem;margin:0 0 .5rem;} h2{font-size:1.35rem;margin:2.2rem 0 .6rem;border-bottom:2px solid #d8d8d8;padding-bottom:.2rem;}
        h3{font-size:1.05rem;margin:1.4rem 0 .4rem;}
        .lead{font-size:1.1rem;}
        figure{margin:1rem 0;} figure svg{width:100%;height:auto;} figcaption{color:#444;font-size:.9rem;}
        table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.95rem;} caption{text-align:left;font-weight:bold;padding:.3rem 0;}
        th,td{border-bottom:1px solid #d8d8d8;padding:.35rem .5rem;text-align:left;vertical-align:top;} td{font-variant-numeric:tabular-nums;}
        blockquote{margin:.6rem 0;padding:.5rem .9rem;border-left:4px solid #1f5f8b;background:#f4f7fa;}
        blockquote p{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;} blockquote footer{color:#444;font-size:.85rem;margin-top:.25rem;}
        .labels{font-style:italic;}
        .safety{border:3px solid #8b1a1a;border-radius:6px;padding:0 1rem 1rem;background:#fff6f6;}
        .safety h2{color:#8b1a1a;border:none;}
        .episode,.cycle{break-inside:avoid;}
        footer p{color:#444;font-size:.9rem;margin-top:2.5rem;}
        @media print{body{font-size:11pt;} main{max-width:none;padding:0;} h2{break-after:avoid;} figure,blockquote,tr{break-inside:avoid;} blockquote{background:none;}}
        """;

    /// <summary>Our own words for the report's explanations (the method's ideas, not its sentences).</summary>
    private static class Words
    {
        public const string Introduction =
            "Mend read every message on this computer and looked for what tends to wear a relationship down and what tends "
            + "to mend it. What follows is what we noticed, to talk about together. It is not a verdict on either of you: "
            + "a chat shows only part of a relationship, and a tool that reads words can miss tone, jokes and everything "
            + "said face to face.";

        public const string SafetyIntroduction =
            "When someone feels threatened, controlled or watched, better wording is not the answer, and this report does "
            + "not suggest any. If any of this is happening to you, please reach out:";

        public const string Balance =
            "Researchers who followed couples for years found that the couples who stayed happy still argued, but even in "
            + "the middle of an argument they kept about five warm moments (interest, thanks, a joke, agreeing, owning a "
            + "mistake) for every hurtful one. Here a kind message is one where we found thanks, an apology, understanding, "
            + "a promise, a way back or a feeling put into words; a hurtful one is one where we found criticism, contempt, "
            + "defending, shutting down, \"always/never\", an apology that takes itself back, or a threat. The 5 : 1 line "
            + "is a compass, not a score to pass.";

        public const string Episodes =
            "A hard moment starts where hurtful messages come close together (two within an hour), or where someone reached "
            + "out and heard nothing back for a day. It counts as repaired when someone apologised, took responsibility, "
            + "showed understanding, offered a way back or promised a change, and the next messages stayed calm. Some hard "
            + "moments simply fade: the harsh messages stop, but no repair shows in the chat. Perhaps it happened in person.";

        public const string Cycles =
            "Three things often feed each other: one person defends themselves instead of hearing the hurt, the other pulls "
            + "away (goes quiet, answers in one word, or says they are done), and the hurt that builds up comes out later "
            + "in a sharp message. Seeing the loop is the first step to stepping out of it: a pause with a promise to come "
            + "back, and a sentence that starts with how you feel, can break it.";

        public const string Footer =
            "Made by Mend on this computer; nothing was sent anywhere. Findings come from rules that read words, and they "
            + "can be wrong. They describe messages, not people.";
    }

    private static string EpisodeHeading(Episode e) => Date(e.Start.Local) + " · " + e.Outcome switch
    {
        EpisodeOutcome.Repaired => "repaired",
        EpisodeOutcome.Faded => "faded without repair",
        _ => "still open at the end of the chat",
    };

    private static string EpisodeSummary(Episode e)
    {
        var start = e.Trigger == EpisodeTrigger.UnansweredBid
            ? $"It began when a message reaching out to {e.StartedBy} went unanswered for a day."
            : $"It began with a message from {e.StartedBy}.";
        var end = e.Outcome switch
        {
            EpisodeOutcome.Repaired => $" {e.RepairedBy} reached out to repair it after {Duration(e.TimeToRepair!.Value)}, and the messages after stayed calm.",
            EpisodeOutcome.Faded => " The harsh messages stopped, without a repair we could see in the chat.",
            _ => " The chat ends before it settles.",
        };
        return start + end + string.Create(CultureInfo.InvariantCulture, $" {e.Messages:N0} messages.");
    }

    private static string Date(DateTime time) => time.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string DateTime(DateTime time) => time.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    private static string Ratio(double? ratio) => ratio is { } r ? r.ToString("0.0", CultureInfo.InvariantCulture) + " : 1" : "no hurtful messages";

    /// <summary>A duration as people say it: "40 seconds", "12 minutes", "3 hours", "2 days".</summary>
    /// <summary>A duration as people say it: "40 seconds", "12 minutes", "3 hours", "2 days".</summary>
    public static string FormatDuration(TimeSpan duration) => Duration(duration);

    internal static string Duration(TimeSpan duration) => duration.TotalMinutes < 1
        ? Plural((int)Math.Round(duration.TotalSeconds), "second")
        : duration.TotalHours < 1
            ? Plural((int)Math.Round(duration.TotalMinutes), "minute")
            : duration.TotalDays < 2
                ? Plural((int)Math.Round(duration.TotalHours), "hour")
                : Plural((int)Math.Round(duration.TotalDays), "day");

    private static string Plural(int n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {unit}{(n == 1 ? "" : "s")}");

    /// <summary>Writes raw markup or encoded text.</summary>
    private sealed class Page(TextWriter writer)
    {
        public Page Raw(string html)
        {
            writer.Write(html);
            return this;
        }

        public Page Text(string text)
        {
            writer.Write(Html.Encode(text));
            return this;
        }

        public Page Cell(string text) => Raw("<td>").Text(text).Raw("</td>");
    }
}
