namespace Mend.Import.Readers.WhatsApp;

/// <summary>
/// The start of a WhatsApp message line, parsed by hand (no regex): the three date numbers as written, the time,
/// where the body begins, and the <see cref="Layout"/> — a small number that says how the header is written
/// (brackets, date separator, where a four-digit year stands, what joins date and time, time separator, seconds,
/// 12-hour clock, what ends the header). One export uses one layout, so a line that starts like a date but is
/// written another way is a continuation of the message before it.
/// </summary>
/// <remarks>
/// Layouts read (all with U+200E marks before the line or after the bracket):
/// <c>1/4/23, 7:02 PM - </c>, <c>04/01/2023, 19:02 - </c>, <c>04.01.23, 19:02 - </c>, <c>2022/12/14, 13:34. - </c>,
/// <c>03-06-2018, 01.55 PM - </c>, <c>20/6/2017 8:28 p. m. - </c>, <c>13.6.2018 klo 21.25.15 - </c>,
/// <c>13. 6. 2018. 21:25:15 </c>, <c>13.06.18 21.25.15: </c>, <c>[1/4/23, 7:02:41 PM] </c>,
/// <c>[31/12/2022 11:40:26] </c>, <c>[2018/06/13, 21:25:15] </c>, <c>[3/6/18 1:55:00 p. m.] </c>; AM/PM after a
/// space, U+00A0 or U+202F, as <c>AM</c>, <c>am</c>, <c>a.m.</c> or <c>a. m.</c> (U+00A0 inside too).
/// </remarks>
internal struct HeaderLine
{
    /// <summary>The packed layout (see <see cref="HeaderLine"/>).</summary>
    public int Layout;

    /// <summary>The three numbers of the date, in the order written.</summary>
    public int F0, F1, F2;

    /// <summary>Hour (as written, 12-hour clocks not yet converted), minute, second.</summary>
    public int Hour, Minute, Second;

    /// <summary>0 = 24-hour clock, 1 = AM, 2 = PM.</summary>
    public int Meridiem;

    /// <summary>Whether the AM/PM marker was written as plain upper-case <c>AM</c>/<c>PM</c> (the en-US style).</summary>
    public bool PlainUpperMeridiem;

    /// <summary>Where the body (<c>Name: text</c> or a system line) starts in the line.</summary>
    public int BodyStart;

    /// <summary>The position (0–2) of the four-digit year in <see cref="Layout"/>, or 3 when every field has two digits or fewer.</summary>
    public readonly int FourDigitYearAt => (Layout >> 3) & 3;

    /// <summary>The date separator: <c>/</c>, <c>.</c> or <c>-</c>.</summary>
    public readonly char DateSeparator => ((Layout >> 1) & 3) switch { 0 => '/', 1 => '.', _ => '-' };

    /// <summary>Whether the header is in square brackets (iOS).</summary>
    public readonly bool Bracketed => (Layout & 1) != 0;

    /// <summary>Whether the header has seconds.</summary>
    public readonly bool HasSeconds => (Layout & (1 << 8)) != 0;

    /// <summary>What joins date and time: 0 = comma and space, 1 = space only, 2 = "klo".</summary>
    public readonly int DateTimeJoin => (Layout >> 5) & 3;

    /// <summary>How the header ends: 0 = " - ", 1 = ": ", 2 = a space only, 3 = "] ".</summary>
    public readonly int Ending => (Layout >> 10) & 3;

    /// <summary>The field at <paramref name="position"/> (0–2).</summary>
    public readonly int Field(int position) => position switch { 0 => F0, 1 => F1, _ => F2 };

    /// <summary>Parses the header at the start of <paramref name="line"/>; false when the line does not start with one.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out HeaderLine header)
    {
        header = default;
        var i = SkipMarks(line, 0);
        if (i >= line.Length)
        {
            return false;
        }

        var layout = 0;
        var bracketed = line[i] == '[';
        if (bracketed)
        {
            layout |= 1;
            i = SkipMarks(line, i + 1);
        }

        // Date: three numbers with one separator, e.g. 1/4/23, 04.01.2023, 2022/12/14, 13. 6. 2018.
        if (!Number(line, ref i, 4, out header.F0, out var digits0) || i >= line.Length)
        {
            return false;
        }

        var separator = line[i];
        var separatorCode = separator switch { '/' => 0, '.' => 1, '-' => 2, _ => -1 };
        if (separatorCode < 0)
        {
            return false;
        }

        layout |= separatorCode << 1;
        i = SkipSpaces(line, i + 1);
        if (!Number(line, ref i, 4, out header.F1, out var digits1) || i >= line.Length || line[i] != separator)
        {
            return false;
        }

        i = SkipSpaces(line, i + 1);
        if (!Number(line, ref i, 4, out header.F2, out var digits2))
        {
            return false;
        }

        var yearAt = 3;
        var longFields = 0;
        if (digits0 > 2) { longFields++; yearAt = 0; }
        if (digits1 > 2) { longFields++; yearAt = 1; }
        if (digits2 > 2) { longFields++; yearAt = 2; }
        if (longFields > 1 || (longFields == 1 && (yearAt == 0 ? digits0 : yearAt == 1 ? digits1 : digits2) != 4))
        {
            return false;
        }

        layout |= yearAt << 3;
        if (i < line.Length && line[i] == '.')
        {
            i++; // "13. 6. 2018." (Czech, Slovak, Croatian)
        }

        // Between date and time: ", " or " " or " klo ".
        var join = 1;
        if (i < line.Length && line[i] == ',')
        {
            join = 0;
            i++;
        }

        var afterDate = i;
        i = SkipSpaces(line, i);
        if (i == afterDate)
        {
            return false;
        }

        if (line[i..].StartsWith("klo ", StringComparison.Ordinal))
        {
            join = 2;
            i = SkipSpaces(line, i + 3);
        }

        layout |= join << 5;

        // Time: h:mm, hh.mm, with optional seconds.
        if (!Number(line, ref i, 2, out header.Hour, out _) || i >= line.Length)
        {
            return false;
        }

        var timeSeparator = line[i];
        if (timeSeparator is not (':' or '.'))
        {
            return false;
        }

        layout |= (timeSeparator == '.' ? 1 : 0) << 7;
        i++;
        if (!Number(line, ref i, 2, out header.Minute, out var minuteDigits) || minuteDigits != 2)
        {
            return false;
        }

        if (i + 2 < line.Length && line[i] == timeSeparator && char.IsAsciiDigit(line[i + 1]))
        {
            i++;
            if (!Number(line, ref i, 2, out header.Second, out var secondDigits) || secondDigits != 2)
            {
                return false;
            }

            layout |= 1 << 8;
        }

        if (header.Hour > 23 || header.Minute > 59 || header.Second > 59)
        {
            return false;
        }

        var meridiemEnd = ReadMeridiem(line, i, out header.Meridiem, out header.PlainUpperMeridiem);
        if (header.Meridiem != 0)
        {
            layout |= 1 << 9;
            i = meridiemEnd;
            if (header.Hour > 12 && header.Meridiem == 1)
            {
                return false;
            }
        }
        else if (i < line.Length && line[i] == '.')
        {
            i++; // "13:34. - " (chat-miner's yyyy/mm/dd layout)
        }

        // How the header ends.
        int ending;
        if (bracketed)
        {
            if (i >= line.Length || line[i] != ']')
            {
                return false;
            }

            ending = 3;
            i++;
            i = SkipMarks(line, i);
            if (i < line.Length && line[i] == ' ')
            {
                i++;
            }
        }
        else
        {
            var afterTime = i;
            i = SkipSpaces(line, i);
            if (i + 1 < line.Length && line[i] is '-' or '–' && line[i + 1] == ' ' && i > afterTime)
            {
                ending = 0;
                i += 2;
            }
            else if (i == afterTime && i + 1 < line.Length && line[i] == ':' && line[i + 1] == ' ')
            {
                ending = 1;
                i += 2;
            }
            else if (i > afterTime && i < line.Length)
            {
                ending = 2;
            }
            else
            {
                return false;
            }
        }

        layout |= ending << 10;
        header.Layout = layout;
        header.BodyStart = SkipMarks(line, i);
        return true;
    }

    /// <summary>Skips U+200E/U+200F direction marks, U+202A–U+202E embeddings and a byte-order mark.</summary>
    public static int SkipMarks(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && IsMark(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether <paramref name="c"/> is an invisible direction mark (or BOM) to trim from names and text.</summary>
    public static bool IsMark(char c) => c is '\u200E' or '\u200F' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static int SkipSpaces(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && IsSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool Number(ReadOnlySpan<char> line, ref int i, int maxDigits, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            if (++digits > maxDigits)
            {
                return false;
            }

            value = (value * 10) + (line[i] - '0');
            i++;
        }

        return digits > 0;
    }

    /// <summary>Reads " AM", " p.m.", "\u202FPM", " p.\u00A0m." after the time; returns where it ends (0 meridiem when none).</summary>
    private static int ReadMeridiem(ReadOnlySpan<char> line, int i, out int meridiem, out bool plainUpper)
    {
        meridiem = 0;
        plainUpper = false;
        var j = SkipSpaces(line, i);
        if (j == i || j >= line.Length)
        {
            return i;
        }

        var letter = line[j];
        var kind = letter switch { 'a' or 'A' => 1, 'p' or 'P' => 2, _ => 0 };
        if (kind == 0)
        {
            return i;
        }

        var k = j + 1;
        var dotted = false;
        if (k < line.Length && line[k] == '.')
        {
            dotted = true;
            k = SkipSpaces(line, k + 1);
        }

        if (k >= line.Length || line[k] is not ('m' or 'M'))
        {
            return i;
        }

        var upper = char.IsAsciiLetterUpper(letter) && line[k] == 'M';
        k++;
        if (k < line.Length && line[k] == '.')
        {
            dotted = true;
            k++;
        }

        // The marker must end there: "7:02 PM - ", "1:55:00 p. m.]", "7:02 PM" at the end.
        if (k < line.Length && !IsSpace(line[k]) && line[k] is not (']' or '-' or ':'))
        {
            return i;
        }

        meridiem = kind;
        plainUpper = upper && !dotted;
        return k;
    }
}
