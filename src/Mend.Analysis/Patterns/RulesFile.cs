namespace Mend.Analysis.Patterns;

/// <summary>What hits of a section do.</summary>
internal enum SectionKind : byte
{
    /// <summary>Each hit that passes the guards is a finding of the detector's label.</summary>
    Find,
    /// <summary>Hits are evidence the detector's code reads; alone they report nothing.</summary>
    Cue,
    /// <summary>
    /// Like <see cref="Cue"/>, but the code only ever reads these hits as context for other hits (never reports
    /// them), so a message with nothing but context hits need not wake the detector.
    /// </summary>
    Context,
    /// <summary>Hits cancel the detector's findings that overlap them ("sorry for your loss").</summary>
    Block,
    /// <summary>Hits cancel the detector's findings anywhere in the same sentence.</summary>
    BlockSentence,
}

/// <summary>Context checks applied to each hit of a section before any detector sees it.</summary>
[Flags]
internal enum Guards : byte
{
    None = 0,
    /// <summary>Drop the hit when a negator (@negator) stands up to four words before it in the same clause.</summary>
    Negation = 1,
    /// <summary>Drop the hit when its sentence is about someone else (@third_party before it, no "you").</summary>
    Target = 2,
    /// <summary>Drop the hit when its sentence is warm (@warm anywhere in it): "you always make me laugh".</summary>
    Warm = 4,
    /// <summary>Drop the hit when all its words are inside quotation marks.</summary>
    Unquoted = 8,
}

/// <summary>A named group of patterns in a rules file, with what its hits mean.</summary>
internal sealed record RuleSection(string Name, SectionKind Kind, Guards Guards, int Line)
{
    public string? Explanation { get; set; }

    public List<(string Pattern, int Line)> Patterns { get; } = [];
}

/// <summary>
/// A parsed rules file: class definitions, file-level settings and sections of patterns. The format is meant to
/// be read and extended by a coach, not only a programmer:
/// <code>
/// # a comment
/// @trait = lazy | selfish | thoughtless
/// explain: why findings of this file harm or help repair (the default for every section)
/// overrides: apology
/// [attack negation target]
/// explain: a section's own explanation
/// you {are|re} [so|such] @trait
/// </code>
/// </summary>
internal sealed class RulesFile
{
    public required string Name { get; init; }

    public List<(string Name, List<string> Members, int Line)> Classes { get; } = [];

    public List<RuleSection> Sections { get; } = [];

    public string? Explanation { get; private set; }

    public List<string> Overrides { get; } = [];

    public static RulesFile Parse(string name, string text)
    {
        var file = new RulesFile { Name = name };
        RuleSection? section = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var where = $"{name}:{lineNumber}";
            if (IsClassDefinition(line, out var eq))
            {
                var members = line[(eq + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                file.Classes.Add((line[1..eq].Trim(), [.. members], lineNumber));
            }
            else if (line.StartsWith('['))
            {
                section = ParseHeader(line, where);
                file.Sections.Add(section);
            }
            else if (line.StartsWith("explain:", StringComparison.Ordinal))
            {
                var explanation = line["explain:".Length..].Trim();
                if (section is null)
                {
                    file.Explanation = explanation;
                }
                else
                {
                    section.Explanation = explanation;
                }
            }
            else if (line.StartsWith("overrides:", StringComparison.Ordinal))
            {
                file.Overrides.AddRange(line["overrides:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            else if (section is null)
            {
                throw new FormatException($"{where}: a pattern must follow a [section] header: {line}");
            }
            else
            {
                section.Patterns.Add((line, lineNumber));
            }
        }

        return file;
    }

    private static bool IsClassDefinition(string line, out int eq)
    {
        eq = -1;
        if (!line.StartsWith('@'))
        {
            return false;
        }

        var i = 1;
        while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] == '_'))
        {
            i++;
        }

        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        eq = i;
        return i < line.Length && line[i] == '=';
    }

    private static RuleSection ParseHeader(string line, string where)
    {
        if (!line.EndsWith(']'))
        {
            throw new FormatException($"{where}: a section header ends with ']': {line}");
        }

        var words = line[1..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            throw new FormatException($"{where}: a section needs a name.");
        }

        var kind = SectionKind.Find;
        var guards = Guards.None;
        foreach (var word in words.Skip(1))
        {
            switch (word)
            {
                case "find": kind = SectionKind.Find; break;
                case "cue": kind = SectionKind.Cue; break;
                case "context": kind = SectionKind.Context; break;
                case "block": kind = SectionKind.Block; break;
                case "block-sentence": kind = SectionKind.BlockSentence; break;
                case "negation": guards |= Guards.Negation; break;
                case "target": guards |= Guards.Target; break;
                case "warm": guards |= Guards.Warm; break;
                case "unquoted": guards |= Guards.Unquoted; break;
                default: throw new FormatException($"{where}: unknown section option '{word}'.");
            }
        }

        return new RuleSection(words[0], kind, guards, 0);
    }
}
