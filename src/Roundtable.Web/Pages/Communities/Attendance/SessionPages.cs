using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Communities.Sessions;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Attendance;

// What the pages about one session's places and attendance share: finding the session by its
// number (sessions only: preparation meetings have no sign-up or register), how it is named and
// dated, and where its pages are.
public static class SessionPages
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static Task<Session?> FindAsync(RoundtableDb db, Guid communityId, int number, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CommunityId == communityId && s.Kind == SessionKind.Session && s.Number == number, cancellationToken);

    public static string Name(Session session) => SessionsView.Title(session);

    // "Wednesday 3 June 2026, 14:00 to 16:00", in UK time.
    public static string When(Session session)
    {
        var starts = UkTime.ToUk(session.StartsAt);
        var ends = UkTime.ToUk(session.EndsAt);
        return starts.Date == ends.Date
            ? SessionsView.When(session)
            : $"{starts.ToString("dddd d MMMM yyyy", English)}, {starts:HH:mm} to {ends.ToString("dddd d MMMM yyyy, HH:mm", English)}";
    }

    public static string Date(DateTimeOffset startsAt) => UkTime.ToUk(startsAt).ToString("d MMMM yyyy", English);

    public static string Path(Community community, Session session, string? page = null) =>
        SessionsView.Path(community.Slug, session, page is null ? "" : "/" + page);

    public static IReadOnlyList<Crumb> Crumbs(Community community, Session session) =>
        Shared.Crumbs.To(community, new Crumb(Path(community, session), Name(session)));

    public static string Needs(AccessNeeds needs) =>
        needs == AccessNeeds.None ? "–" : string.Join(", ", Profiles.Split(needs).Select(Profiles.LabelOf));

    public static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
