namespace Roundtable.Core.Themes;

public enum ThemeStatus
{
    // First heard at this session.
    New = 0,

    // Heard again, after an earlier session.
    Deepening = 1,

    // Not heard at this session.
    Quiet = 2,

    // Not heard since a co-lead marked it settled.
    Settled = 3,
}

public sealed record SessionInOrder(Guid SessionId, DateTimeOffset StartsAt);

public sealed record ThemeAtSession(Guid SessionId, ThemeStatus Status, int Contributions);

// Where a theme stands at each session, worked out from the contributions a person put in it, so
// "3 deepening, 2 new" is counted, never typed. A session after the theme was settled reads
// Settled unless it was heard there again, when it is Deepening: the co-leads should know.
public static class ThemeTimeline
{
    public static IReadOnlyList<ThemeAtSession> Of(
        IReadOnlyList<SessionInOrder> sessions, IReadOnlyDictionary<Guid, int> heardAt, DateTimeOffset? settledAt)
    {
        var timeline = new List<ThemeAtSession>();
        var heardBefore = false;
        foreach (var session in sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.SessionId))
        {
            var count = heardAt.GetValueOrDefault(session.SessionId);
            var status = (count > 0, heardBefore) switch
            {
                (true, false) => ThemeStatus.New,
                (true, true) => ThemeStatus.Deepening,
                _ when settledAt is { } settled && session.StartsAt >= settled => ThemeStatus.Settled,
                _ => ThemeStatus.Quiet,
            };
            heardBefore |= count > 0;
            timeline.Add(new ThemeAtSession(session.SessionId, status, count));
        }

        return timeline;
    }

    // The words for one session's themes: "1 deepening, 1 new".
    public static string Summary(int deepening, int heardFirst) =>
        (deepening, heardFirst) switch
        {
            (0, 0) => "No themes yet",
            (_, 0) => $"{deepening} deepening",
            (0, _) => $"{heardFirst} new",
            _ => $"{deepening} deepening, {heardFirst} new",
        };

    public static string Label(ThemeStatus status) => status switch
    {
        ThemeStatus.New => "New",
        ThemeStatus.Deepening => "Deepening",
        ThemeStatus.Settled => "Settled",
        _ => "Quiet",
    };
}
