using System.Globalization;
using System.Text;
using Mend.Analysis.Conversations;
using ScottPlot;

namespace Mend.Reports;

/// <summary>
/// The report's charts, drawn by ScottPlot and rendered to SVG for inlining: no script, no external resource. Each
/// SVG gets a <c>&lt;title&gt;</c> and <c>role="img"</c> so screen readers announce what it shows.
/// </summary>
internal static class Charts
{
    private const int Width = 760;
    private const int Height = 320;
    private const int TimelineHeight = 220;

    // Colours with enough contrast on white, told apart by more than hue (markers and line patterns differ too).
    private static readonly Color[] PersonColors = [Color.FromHex("#1f5f8b"), Color.FromHex("#b5491f"), Color.FromHex("#2e7d32"), Color.FromHex("#6a3d9a"), Color.FromHex("#8a6d00")];
    private static readonly MarkerShape[] PersonMarkers = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.OpenCircle];
    private static readonly Color Repaired = Color.FromHex("#2e7d32");
    private static readonly Color Faded = Color.FromHex("#8a6d00");
    private static readonly Color Open = Color.FromHex("#b5491f");

    /// <summary>Positive per negative message, per person per period, with the 5 : 1 line.</summary>
    public static string RatioOverTime(ConversationReport report, string title)
    {
        var plot = NewPlot();
        var people = report.Participants.Take(PersonColors.Length).Select(p => p.Name).ToList();
        for (var i = 0; i < people.Count; i++)
        {
            var points = report.Periods
                .Select(period => (period.Start, Stats: period.Participants.FirstOrDefault(p => p.Name == people[i])))
                .Where(x => x.Stats is { Ratio: not null })
                .Select(x => (X: x.Start.ToDateTime(TimeOnly.MinValue).ToOADate(), Y: Math.Min(x.Stats!.Ratio!.Value, 20)))
                .ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), PersonColors[i]);
            scatter.LegendText = people[i];
            scatter.MarkerShape = PersonMarkers[i];
            scatter.MarkerSize = points.Length <= 60 ? 7 : 0;
            scatter.LineWidth = points.Length <= 60 ? 2 : 1;
        }

        var benchmark = plot.Add.HorizontalLine(ConversationRules.RatioBenchmark, 1.5f, Color.FromHex("#555555"), LinePattern.Dashed);
        benchmark.LegendText = "5 : 1";
        DateAxis(plot);
        plot.Axes.SetLimitsY(0, Math.Max(6, plot.Axes.GetLimits().Top));
        plot.YLabel("positive per negative");
        plot.ShowLegend(Alignment.UpperLeft);
        return Svg(plot, title);
    }

    /// <summary>Each episode as a bar from its start to its end, one lane per outcome.</summary>
    public static string EpisodeTimeline(ConversationReport report, string title)
    {
        var plot = NewPlot();
        (EpisodeOutcome Outcome, string Name, Color Color, double Y)[] lanes =
            [(EpisodeOutcome.Repaired, "repaired", Repaired, 3), (EpisodeOutcome.Faded, "faded without repair", Faded, 2), (EpisodeOutcome.Open, "still open", Open, 1)];
        foreach (var lane in lanes)
        {
            var legendShown = false;
            foreach (var episode in report.Episodes.Where(e => e.Outcome == lane.Outcome))
            {
                var start = episode.Start.Local.ToOADate();
                var end = Math.Max(episode.End.Local.ToOADate(), start + 0.02);
                var line = plot.Add.Line(start, lane.Y, end, lane.Y);
                line.LineWidth = 10;
                line.LineColor = lane.Color;
                line.MarkerShape = MarkerShape.None;
                if (!legendShown)
                {
                    line.LegendText = lane.Name;
                    legendShown = true;
                }
            }
        }

        DateAxis(plot);
        plot.Axes.Left.SetTicks([3, 2, 1], ["repaired", "faded", "open"]);
        plot.Axes.SetLimitsY(0.3, 3.7);
        if (report.First is { } first && report.Last is { } last)
        {
            var pad = Math.Max(1, (last.Local - first.Local).TotalDays * 0.02);
            plot.Axes.SetLimitsX(first.Local.ToOADate() - pad, last.Local.ToOADate() + pad);
        }

        return Svg(plot, title, TimelineHeight);
    }

    /// <summary>Messages per label, grouped by label, one bar per person.</summary>
    public static string LabelsPerPerson(ConversationReport report, string title)
    {
        var plot = NewPlot();
        var people = report.Participants.Take(PersonColors.Length).ToList();
        var labels = MessageLabels.All.Where(l => people.Any(p => p.Count(l) > 0)).ToList();
        var bars = new List<Bar>();
        for (var li = 0; li < labels.Count; li++)
        {
            for (var pi = 0; pi < people.Count; pi++)
            {
                bars.Add(new Bar
                {
                    Position = (li * (people.Count + 1)) + pi,
                    Value = people[pi].Count(labels[li]),
                    FillColor = PersonColors[pi],
                    LineWidth = 0,
                });
            }
        }

        plot.Add.Bars(bars);
        var ticks = labels.Select((l, i) => new Tick((i * (people.Count + 1)) + ((people.Count - 1) / 2.0), l.Id().Replace('_', ' '))).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 90;
        plot.Axes.Margins(bottom: 0);
        for (var pi = 0; pi < people.Count; pi++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = people[pi].Name, FillColor = PersonColors[pi] });
        }

        plot.YLabel("messages");
        plot.ShowLegend(Alignment.UpperRight);
        return Svg(plot, title);
    }

    private static void DateAxis(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "d MMM yyyy" : "d MMM HH:mm", CultureInfo.InvariantCulture);
        }
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#e0e0e0");
        plot.Axes.Color(Color.FromHex("#333333"));
        plot.Font.Set("DejaVu Sans");
        return plot;
    }

    /// <summary>
    /// The plot as inline SVG: ScottPlot's output with the XML declaration and namespace URIs removed (an inline
    /// <c>&lt;svg&gt;</c> in HTML needs neither), a <c>&lt;title&gt;</c>, and <c>role="img"</c>.
    /// </summary>
    private static string Svg(Plot plot, string title, int height = Height)
    {
        var svg = plot.GetSvgXml(Width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = svg[start..];
        svg = svg.Replace(" xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal)
            .Replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "", StringComparison.Ordinal);
        var tagEnd = svg.IndexOf('>', StringComparison.Ordinal);
        var open = svg[..tagEnd];
        var builder = new StringBuilder(svg.Length + 200);
        builder.Append(open)
            .Append(CultureInfo.InvariantCulture, $" role=\"img\" viewBox=\"0 0 {Width} {height}\" preserveAspectRatio=\"xMidYMid meet\">")
            .Append("<title>").Append(Html.Encode(title)).Append("</title>")
            .Append(svg, tagEnd + 1, svg.Length - tagEnd - 1);
        return builder.ToString();
    }
}
