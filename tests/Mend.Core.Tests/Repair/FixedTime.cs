namespace Mend.Core.Tests.Repair;

/// <summary>A clock that says what the test tells it to.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
