namespace Roundtable.Core.Sessions;

// Sessions are planned in UK time and stored in UTC. A session "at 14:00" is at 14:00 on its own
// date, in GMT or BST as that date falls: the conversion is done per date, never by a fixed offset.
public static class UkTimeZone
{
    public const string Id = "Europe/London";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(Id);

    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        // The hour the clocks skip in March does not exist: a time in it means the hour after.
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }

    public static DateTimeOffset ToLocal(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone);

    public static DateOnly DateOf(DateTimeOffset time) => DateOnly.FromDateTime(ToLocal(time).DateTime);

    public static TimeOnly TimeOf(DateTimeOffset time) => TimeOnly.FromDateTime(ToLocal(time).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());
}
