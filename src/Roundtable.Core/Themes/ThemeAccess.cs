using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Themes;

// Who may read a theme and the words behind it. Only members see themes (the doors say so).
// What was said in a preparation meeting stays inside the lived-expert group, and so does a theme
// heard only there: to anyone else it does not exist.
public static class ThemeAccess
{
    public static bool CanSee(SessionKind heardIn, Membership? membership) => SessionAccess.CanSee(heardIn, membership);

    // heardIn: the kind of meeting each of its contributions was said in.
    public static bool CanSeeTheme(IEnumerable<SessionKind> heardIn, Membership? membership)
    {
        var kinds = heardIn.ToList();
        return kinds.Count == 0 || kinds.Exists(k => CanSee(k, membership));
    }
}
