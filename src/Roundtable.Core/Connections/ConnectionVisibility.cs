using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Connections;

// Who may see a brokered connection, and how each side is named to them. The people in it (either
// side, and whoever brokered it) always see it, and co-leads see every one; each person named as
// they chose to be. Anyone else in the community sees one only when every person on it may be put
// down by name or role as they consented to be quoted, and sees them so. A connection made in a
// preparation meeting stays inside the lived-expert group, like everything else said there.
public static class ConnectionVisibility
{
    public const string FormerMember = "A former member";

    // sides: the memberships (left ones too) of the people on its sides, by person.
    public static bool CanSee(Connection connection, SessionKind? madeIn, ConnectionViewer viewer, IReadOnlyDictionary<Guid, Membership> sides)
    {
        if (viewer.IsPartOf(connection))
        {
            return true;
        }

        if (madeIn == SessionKind.PreparationMeeting && !viewer.InLivedExpertSpace)
        {
            return false;
        }

        return viewer.IsCoLead || People(connection).All(p => sides.TryGetValue(p, out var m) && Attributed(m).By != AttributedBy.Nobody);
    }

    public static string NameOf(ConnectionSide side, Connection connection, ConnectionViewer viewer, IReadOnlyDictionary<Guid, Membership> people, IReadOnlyDictionary<Guid, string> subGroups) =>
        side.Kind switch
        {
            ConnectionSideKind.Member when people.TryGetValue(side.PersonId!.Value, out var m) =>
                viewer.IsCoLead || viewer.IsPartOf(connection) ? MemberNames.AsTheyChose(m) : Attributed(m).Text ?? MemberNames.NotNamed,
            ConnectionSideKind.Member => FormerMember,
            ConnectionSideKind.SubGroup => subGroups.GetValueOrDefault(side.SubGroupId!.Value, "A sub-group"),
            _ => side.Name ?? "",
        };

    public static IEnumerable<Guid> People(Connection connection) =>
        new[] { connection.From, connection.To }.Where(s => s.Kind == ConnectionSideKind.Member).Select(s => s.PersonId!.Value);

    private static Attribution Attributed(Membership m) =>
        QuoteAttribution.For(m.QuoteConsent, m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation);
}
