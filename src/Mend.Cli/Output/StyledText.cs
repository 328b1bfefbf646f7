using System.Text;

namespace Mend.Cli.Output;

/// <summary>Turns a text with one style (or none) per character into Spectre markup, one tag per run of a style.</summary>
internal static class StyledText
{
    /// <summary>The markup for <paramref name="text"/>; <paramref name="styles"/> holds a style or null per character.</summary>
    public static string Markup(string text, string?[] styles)
    {
        var markup = new StringBuilder(text.Length + 32);
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            while (end < text.Length && ReferenceEquals(styles[end], styles[start]))
            {
                end++;
            }

            var run = Spectre.Console.Markup.Escape(text[start..end]);
            markup.Append(styles[start] is { } style ? $"[{style}]{run}[/]" : run);
            start = end;
        }

        return markup.ToString();
    }
}
