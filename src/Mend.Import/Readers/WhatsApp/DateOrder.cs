namespace Mend.Import.Readers.WhatsApp;

/// <summary>Which of the two non-year numbers of a WhatsApp date is the day.</summary>
internal enum DateOrder
{
    /// <summary>Day before month: 31/12/2022, 2022/31/12 (rare).</summary>
    DayFirst,

    /// <summary>Month before day: 12/31/22, 2022/12/31.</summary>
    MonthFirst,
}

/// <summary>
/// How the headers of one export are written, settled over the whole file: the layout, where the year stands and
/// which number is the day. <see cref="Survey"/> collects it in a first pass over the header lines without storing
/// them.
/// </summary>
internal sealed record HeaderFormat(int Layout, int YearAt, int DayAt, int MonthAt, long FirstLine)
{
    /// <summary>
    /// The date of <paramref name="header"/> read in this format with its time; false when it does not exist
    /// (31 February, month 13). Two-digit years are 20yy.
    /// </summary>
    public bool TryGetTime(in HeaderLine header, out DateTime time)
    {
        time = default;
        var year = header.Field(YearAt);
        var month = header.Field(MonthAt);
        var day = header.Field(DayAt);
        if (year < 100)
        {
            year += 2000;
        }

        if (year is < 1900 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var hour = header.Hour;
        if (header.Meridiem == 1 && hour == 12)
        {
            hour = 0;
        }
        else if (header.Meridiem == 2 && hour < 12)
        {
            hour += 12;
        }

        time = new DateTime(year, month, day, hour, header.Minute, header.Second, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>
    /// Collects, for every layout met, what the date numbers do over the file: their largest values (a number
    /// above 12 is a day, above 31 a year), how often each changes from one header to the next (days change more
    /// often than months), and how often the dates would go back in time under each reading (a wrong reading makes
    /// a chronological chat jump backwards).
    /// </summary>
    public sealed class Survey
    {
        private readonly Dictionary<int, Stats> _byLayout = [];
        private Stats? _last;

        /// <summary>How many header lines were seen.</summary>
        public long Headers { get; private set; }

        /// <summary>Adds a header line.</summary>
        public void Add(in HeaderLine header, long line)
        {
            Headers++;
            var stats = _last is { } last && last.Layout == header.Layout ? last : Get(header.Layout, line);
            _last = stats;
            stats.Add(header);
        }

        /// <summary>
        /// The format of the export: its most common layout and the date order it implies; null when there were no
        /// headers. <paramref name="ambiguous"/> decides when the whole file leaves the order open (every number ≤ 12
        /// and no reading keeps the dates in order better than the other).
        /// </summary>
        public HeaderFormat? Resolve(DateOrder? ambiguous = null)
        {
            Stats? best = null;
            foreach (var stats in _byLayout.Values)
            {
                if (best is null || stats.Count > best.Count || (stats.Count == best.Count && stats.FirstLine < best.FirstLine))
                {
                    best = stats;
                }
            }

            return best?.Resolve(ambiguous);
        }

        private Stats Get(int layout, long line)
        {
            if (!_byLayout.TryGetValue(layout, out var stats))
            {
                stats = new Stats(layout, line);
                _byLayout.Add(layout, stats);
            }

            return stats;
        }
    }

    private sealed class Stats(int layout, long firstLine)
    {
        // Readings: year at 0, 1 or 2 × day first or month first of the other two.
        private readonly long[] _backwards = new long[6];
        private readonly long[] _previous = new long[6];
        private readonly int[] _max = new int[3];
        private readonly long[] _changes = new long[3];
        private readonly int[] _last = new int[3];
        private long _plainUpperMeridiem;

        public int Layout { get; } = layout;

        public long FirstLine { get; } = firstLine;

        public long Count { get; private set; }

        public void Add(in HeaderLine header)
        {
            for (var position = 0; position < 3; position++)
            {
                var value = header.Field(position);
                _max[position] = Math.Max(_max[position], value);
                if (Count > 0 && value != _last[position])
                {
                    _changes[position]++;
                }

                _last[position] = value;
            }

            for (var reading = 0; reading < 6; reading++)
            {
                var (yearAt, dayAt, monthAt) = Positions(reading / 2, dayFirst: reading % 2 == 0);
                var ordinal = (((long)header.Field(yearAt) * 100) + header.Field(monthAt)) * 100 + header.Field(dayAt);
                if (Count > 0 && ordinal < _previous[reading])
                {
                    _backwards[reading]++;
                }

                _previous[reading] = ordinal;
            }

            if (header.PlainUpperMeridiem)
            {
                _plainUpperMeridiem++;
            }

            Count++;
        }

        public HeaderFormat Resolve(DateOrder? ambiguous)
        {
            var written = (Layout >> 3) & 3;
            var yearAt = written != 3 ? written : _max[0] > 31 && _max[2] <= 31 ? 0 : 2;
            var (_, first, second) = Positions(yearAt, dayFirst: true);
            var dayFirst = DayFirst(yearAt, first, second, ambiguous);
            var (_, dayAt, monthAt) = Positions(yearAt, dayFirst);
            return new HeaderFormat(Layout, yearAt, dayAt, monthAt, FirstLine);
        }

        private bool DayFirst(int yearAt, int first, int second, DateOrder? ambiguous)
        {
            // 1. A number above 12 can only be a day.
            var firstIsDay = _max[first] > 12;
            var secondIsDay = _max[second] > 12;
            if (firstIsDay != secondIsDay)
            {
                return firstIsDay;
            }

            if (firstIsDay)
            {
                return true; // both above 12 somewhere: a broken file; day first, the impossible dates are reported
            }

            // 2. The reading under which the chat goes back in time less often.
            var backwardsDayFirst = _backwards[(yearAt * 2) + 0];
            var backwardsMonthFirst = _backwards[(yearAt * 2) + 1];
            if (backwardsDayFirst != backwardsMonthFirst)
            {
                return backwardsDayFirst < backwardsMonthFirst;
            }

            // 3. Days change more often than months.
            if (_changes[first] != _changes[second])
            {
                return _changes[first] > _changes[second];
            }

            // 4. Nothing in the file tells: the caller's choice, else the usual order of the layout.
            if (ambiguous is { } order)
            {
                return order == DateOrder.DayFirst;
            }

            var slashes = ((Layout >> 1) & 3) == 0;
            if (yearAt != 2)
            {
                return false; // 2022/12/14 (year first), 06/2018/13 (year in the middle): month first
            }

            // en-US writes m/d/yy with a plain "AM"/"PM"; most other locales write the day first.
            return !(slashes && _plainUpperMeridiem * 2 > Count);
        }

        /// <summary>Where year, day and month stand for a year position and an order of the other two.</summary>
        private static (int YearAt, int DayAt, int MonthAt) Positions(int yearAt, bool dayFirst)
        {
            var (a, b) = yearAt switch { 0 => (1, 2), 1 => (0, 2), _ => (0, 1) };
            return dayFirst ? (yearAt, a, b) : (yearAt, b, a);
        }
    }
}
