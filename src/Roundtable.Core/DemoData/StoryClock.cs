namespace Roundtable.Core.DemoData;

// The demo's own "now", moved along its story, so each use case the loader calls does its part on
// the day it happened and holds to the rules it holds to in the app.
public sealed class StoryClock : TimeProvider
{
    private DateTimeOffset now;

    public void MoveTo(DateTimeOffset moment) => now = moment;

    public override DateTimeOffset GetUtcNow() => now;
}
