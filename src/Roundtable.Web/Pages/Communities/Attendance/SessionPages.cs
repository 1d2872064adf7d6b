using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Attendance;

// What the pages about one session's places and attendance share: its crumbs, and how they count
// and name what they show.
public static class SessionPages
{
    public static IReadOnlyList<Crumb> Crumbs(Community community, Session session) =>
        Shared.Crumbs.To(community, new Crumb(SessionWords.Path(community.Slug, session), SessionWords.Name(session)));

    public static string Needs(AccessNeeds needs) =>
        needs == AccessNeeds.None ? "–" : string.Join(", ", Profiles.Split(needs).Select(Profiles.LabelOf));

    public static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
