using Roundtable.Core.Data.Entities;
using Roundtable.Core.DemoData;
using Roundtable.Tests.Shared;

namespace Roundtable.EndToEndTests.Infrastructure;

// The demo communities the app loads into an empty database, as tests refer to them.
public static class DemoPeople
{
    public const string SiteAdminEmail = DemoCommunities.AdminEmail;

    public const string CoLeadEmail = "nadia.achterberg@example.org";

    public const string CoLeadName = "Nadia Achterberg";

    public const string CoLeadCommunitySlug = "brackenmouth-ld-autism";

    // A member of the co-lead's community who runs nothing and is not in its lived-expert group.
    public const string MemberEmail = "kwame.mensah@example.org";

    public static DemoCommunities.DemoCommunity CoLeadCommunity => DemoCommunities.All.Single(c => c.Slug == CoLeadCommunitySlug);

    // The co-lead's community's sessions, numbered as the app numbers them, seen from today: the
    // next one to come (people are booked on it), and the last one that happened (with who came).
    public static int NextSession => CoLeadCommunitySessions().First(s => s.Date > Today).Number;

    // The first session to come whose running order nobody has planned yet.
    public static int UnplannedSession => CoLeadCommunitySessions().First(s => s.Date > Today && !s.Planned).Number;

    public static int LastSession => CoLeadCommunitySessions().Last(s => s.Date < Today && s.Turnout is not null).Number;

    public static string NewEmail() => $"new-{Guid.NewGuid():N}@example.org";

    // The day the server's clock starts on, which is the day its demo data was laid from.
    private static DateOnly Today => TestClock.Today;

    private static IEnumerable<(int Number, DateOnly Date, DemoSessions.Turnout? Turnout, bool Planned)> CoLeadCommunitySessions() =>
        DemoSessions.All.Single(p => p.Slug == CoLeadCommunitySlug).Dated(Today)
            .Where(d => d.Meeting.Kind == SessionKind.Session)
            .Select((d, i) => (i + 1, d.Date, d.Meeting.Turnout, d.Meeting.RunningOrder is not null));
}
