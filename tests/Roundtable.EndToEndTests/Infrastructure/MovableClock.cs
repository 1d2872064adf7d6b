namespace Roundtable.EndToEndTests.Infrastructure;

// The app's clock in the browser tests: the machine's own time, so every page shows what it would
// today, until a test moves it on to see what a person sees later (after a session, say). Tests
// run one at a time, and the clock goes back to today when the test is done with it.
public sealed class MovableClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    // Now is the given moment, and time goes on from there, until the result is disposed.
    public IDisposable MoveTo(DateTimeOffset moment)
    {
        Interlocked.Exchange(ref offsetTicks, (moment - System.GetUtcNow()).Ticks);
        return new BackToToday(this);
    }

    private sealed class BackToToday(MovableClock clock) : IDisposable
    {
        public void Dispose() => Interlocked.Exchange(ref clock.offsetTicks, 0);
    }
}
