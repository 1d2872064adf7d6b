using Microsoft.Extensions.Time.Testing;
using Roundtable.Core.Rooms;

namespace Roundtable.Core.Tests.Rooms;

public class ReactionRateLimitTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryTake_PastTheLimitWithinTheWindow_HoldsThatPersonBack()
    {
        var limit = new ReactionRateLimit(clock);
        var flooder = Guid.NewGuid();

        var taken = Enumerable.Range(0, ReactionRateLimit.Limit + 5).Count(_ => limit.TryTake(flooder));

        Assert.Equal(ReactionRateLimit.Limit, taken);
    }

    [Fact]
    public void TryTake_OnePersonFlooding_DoesNotHoldBackAnyoneElse()
    {
        var limit = new ReactionRateLimit(clock);
        var flooder = Guid.NewGuid();
        for (var i = 0; i < ReactionRateLimit.Limit + 1; i++)
        {
            limit.TryTake(flooder);
        }

        Assert.True(limit.TryTake(Guid.NewGuid()));
    }

    [Fact]
    public void TryTake_OnceTheWindowHasPassed_AllowsAgain()
    {
        var limit = new ReactionRateLimit(clock);
        var reactor = Guid.NewGuid();
        for (var i = 0; i < ReactionRateLimit.Limit; i++)
        {
            limit.TryTake(reactor);
        }

        clock.Advance(ReactionRateLimit.Window - TimeSpan.FromMilliseconds(1));
        Assert.False(limit.TryTake(reactor));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(limit.TryTake(reactor));
    }
}
