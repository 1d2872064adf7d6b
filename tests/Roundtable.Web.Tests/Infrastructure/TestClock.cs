namespace Roundtable.Web.Tests.Infrastructure;

// The app's clock in tests: starts at a fixed moment and moves only when a test moves it.
public sealed class TestClock : TimeProvider
{
    private long ticks = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
