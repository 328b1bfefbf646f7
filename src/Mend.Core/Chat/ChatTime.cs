using System.Globalization;

namespace Mend.Chat;

/// <summary>
/// A message's time exactly as the export gives it: a local date and time, plus the offset from UTC when the
/// export states one (Discord, Telegram's <c>date_unixtime</c> read as UTC, Messenger's epoch milliseconds).
/// WhatsApp and Signal exports carry local time with no offset; it is kept as written, never guessed.
/// </summary>
public readonly record struct ChatTime(DateTime Local, TimeSpan? Offset) : IComparable<ChatTime>
{
    /// <summary>A local time with no offset.</summary>
    public static ChatTime FromLocal(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), null);

    /// <summary>A time with a known offset.</summary>
    public static ChatTime FromOffset(DateTimeOffset time) => new(DateTime.SpecifyKind(time.DateTime, DateTimeKind.Unspecified), time.Offset);

    /// <summary>A Unix time in seconds or milliseconds, as UTC.</summary>
    public static ChatTime FromUnixMilliseconds(long milliseconds) => FromOffset(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));

    /// <summary>
    /// Ticks on one line for ordering and durations: UTC ticks when the offset is known, otherwise the local
    /// ticks (a chat without offsets is one clock, so differences stay right).
    /// </summary>
    public long SortTicks => Offset is { } offset ? Local.Ticks - offset.Ticks : Local.Ticks;

    /// <summary>ISO 8601: <c>2024-03-01T21:05:00</c>, with <c>+02:00</c> or <c>Z</c> when the offset is known.</summary>
    public string ToIso()
    {
        var local = Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } offset)
        {
            return local;
        }

        if (offset == TimeSpan.Zero)
        {
            return local + "Z";
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{local}{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }

    /// <inheritdoc/>
    public int CompareTo(ChatTime other) => SortTicks.CompareTo(other.SortTicks);

    /// <inheritdoc/>
    public override string ToString() => ToIso();

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(ChatTime left, ChatTime right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(ChatTime left, ChatTime right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is no later than <paramref name="right"/>.</summary>
    public static bool operator <=(ChatTime left, ChatTime right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is no earlier than <paramref name="right"/>.</summary>
    public static bool operator >=(ChatTime left, ChatTime right) => left.CompareTo(right) >= 0;
}
