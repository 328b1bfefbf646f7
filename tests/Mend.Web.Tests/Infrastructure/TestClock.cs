namespace Mend.Web.Tests.Infrastructure;

/// <summary>A clock a test sets and moves; timers and delays still run on real time, so nothing waits on it.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Advance(TimeSpan by) => Now += by;
}
