using Mend.Chat;

namespace Mend.Core.Tests;

public sealed class ChatTimeTest
{
    [Fact]
    public void Local_time_is_written_without_an_offset()
    {
        Assert.Equal("2024-03-01T21:05:09", ChatTime.FromLocal(new DateTime(2024, 3, 1, 21, 5, 9)).ToIso());
    }

    [Fact]
    public void Known_offsets_are_written()
    {
        var time = ChatTime.FromOffset(new DateTimeOffset(2024, 3, 1, 21, 5, 0, TimeSpan.FromHours(-5.5)));
        Assert.Equal("2024-03-01T21:05:00-05:30", time.ToIso());
        Assert.Equal("1970-01-01T00:00:01Z", ChatTime.FromUnixMilliseconds(1000).ToIso());
    }

    [Fact]
    public void Times_with_offsets_order_by_the_instant()
    {
        var paris = ChatTime.FromOffset(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)));
        var london = ChatTime.FromOffset(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero));
        Assert.True(paris < london);
    }
}
