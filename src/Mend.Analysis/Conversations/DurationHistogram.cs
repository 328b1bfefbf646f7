namespace Mend.Analysis.Conversations;

/// <summary>
/// Durations counted in bounded memory for a median: the first <see cref="ExactUpTo"/> are kept exactly; past
/// that they go into logarithmic buckets 5% wide (at most 440 counters, durations capped at 68 years), so the
/// median stays within 5% however long the chat. Every person has one per week and month, so it must stay small.
/// </summary>
internal sealed class DurationHistogram
{
    private const int ExactUpTo = 64;
    private const long MaxSeconds = int.MaxValue;
    private const double Growth = 1.05;
    private static readonly double LogGrowth = Math.Log(Growth);

    private List<long>? _exact = [];
    private int[]? _buckets;

    public long Count { get; private set; }

    public void Add(TimeSpan duration)
    {
        var seconds = Math.Clamp((long)duration.TotalSeconds, 0, MaxSeconds);
        Count++;
        if (_exact is not null)
        {
            _exact.Add(seconds);
            if (_exact.Count <= ExactUpTo)
            {
                return;
            }

            _buckets = new int[Bucket(MaxSeconds) + 1];
            foreach (var value in _exact)
            {
                _buckets[Bucket(value)]++;
            }

            _exact = null;
            return;
        }

        _buckets![Bucket(seconds)]++;
    }

    public TimeSpan? Median()
    {
        if (Count == 0)
        {
            return null;
        }

        if (_exact is not null)
        {
            var sorted = _exact.Order().ToArray();
            var mid = sorted.Length / 2;
            var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            return TimeSpan.FromSeconds(median);
        }

        var half = (Count + 1) / 2;
        long seen = 0;
        for (var i = 0; i < _buckets!.Length; i++)
        {
            seen += _buckets[i];
            if (seen >= half)
            {
                return TimeSpan.FromSeconds(Math.Round(BucketMiddle(i)));
            }
        }

        return null;
    }

    // Most durations in a chat are under a few hours: their buckets are looked up, not computed.
    private static readonly int[] SmallBuckets = [.. Enumerable.Range(0, 1 << 14).Select(s => (int)(Math.Log(s + 1) / LogGrowth))];

    private static int Bucket(long seconds) => seconds < SmallBuckets.Length ? SmallBuckets[seconds] : (int)(Math.Log(seconds + 1) / LogGrowth);

    private static double BucketMiddle(int bucket) => Math.Exp((bucket + 0.5) * LogGrowth) - 1;
}
