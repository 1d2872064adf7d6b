using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Tests.Security;

// A community anyone can find and one by invitation, with each Visitor in the same place around
// them as around AccessFixture's own.
public class Places
{
    public required Community Listed { get; init; }

    public required Community Hidden { get; init; }

    public void Deconstruct(out Community listed, out Community hidden) => (listed, hidden) = (Listed, Hidden);
}

// A series in each community: sessions 1 (today) and 2, and preparation meeting 1 between them.
// The listed community has another preparation meeting, numbered PreparationOnly, which no
// session has. A photo is shared in the open room of each session 1 and of that meeting.
public sealed class SessionsApiPlaces : Places
{
    public const int PreparationOnly = 900;

    public required Guid ListedSeries { get; init; }

    public required Guid HiddenSeries { get; init; }

    public required Guid ListedPhoto { get; init; }

    public required Guid HiddenPhoto { get; init; }

    public required Guid PreparationPhoto { get; init; }
}

// Session 1 and preparation meetings 1 and 2 in the listed community (so no session 2), session 1
// and preparation meeting 1 in the hidden one, and a calendar link for the member.
public sealed class CalendarPlaces : Places
{
    public required Session ListedSession { get; init; }

    public required Session ListedPreparation { get; init; }

    public required string MemberToken { get; init; }
}

// Session 2 today in the listed community (open for sign-up, its register open, a report row to
// resolve), session 1 before it (for the figures) and preparation meetings 1 to 3 (so no session
// 3); session 1 today in the hidden community, with a member and a facilitator of its own.
public sealed class AttendancePlaces : Places
{
    public required Session ListedSession { get; init; }

    public required Session HiddenSession { get; init; }

    public required Guid UnmatchedRowId { get; init; }

    public required Person HiddenMember { get; init; }

    public required Person HiddenFacilitator { get; init; }
}

// An open room for session 1 and preparation meeting 1 in each community; the listed session
// room's join and projector links, and a projector link for the listed preparation meeting's
// room as one made before they had none.
public sealed class RoomPlaces : Places
{
    public required Guid ListedRoomId { get; init; }

    public required Guid ListedPreparationRoomId { get; init; }

    public required string JoinToken { get; init; }

    public required string ProjectorToken { get; init; }

    // Planted: the console makes none for a preparation meeting.
    public required string PreparationProjectorToken { get; init; }
}

// Session 1 and preparation meetings 1 and 2 in the listed community (so no session 2), with the
// member and the lived expert booked on the session; session 1 and preparation meeting 1 in the
// hidden one.
public sealed class SessionPlaces : Places
{
    public required Session ListedSession { get; init; }

    public required Session ListedPreparation { get; init; }
}

// Session 1 (a week ago) and preparation meeting 1 (a fortnight ago) in the listed community, a
// theme heard at the session and one heard only at the preparation meeting; session 1 in the
// hidden community with a theme of its own.
public sealed class ThemePlaces : Places
{
    public required Guid ListedTheme { get; init; }

    public required Guid LivedExpertTheme { get; init; }

    // What the lived expert said at the preparation meeting, in LivedExpertTheme.
    public required Guid LivedExpertWords { get; init; }

    public required Guid HiddenTheme { get; init; }
}

// "You said, we did": session 1 a week ago and session 2 to come in the listed community; a
// request there not upheld (so on session 2's running order to acknowledge), one from a
// preparation meeting, and one in the hidden community. PublicBoard is a listed community of
// its own whose co-leads made its board public.
public sealed class AskPlaces : Places
{
    public required Guid ListedAsk { get; init; }

    public required Guid LivedExpertAsk { get; init; }

    public required Guid HiddenAsk { get; init; }

    public required Community PublicBoard { get; init; }
}

// An entry on each of AccessFixture's communities' system maps: the listed one's added by the
// member (so only they, co-leads and admins may change it), the hidden one's by the admin.
public sealed class MapPlaces
{
    public required Guid ListedEntry { get; init; }

    public required Guid HiddenEntry { get; init; }
}

// Session 1 a week ago in each community; in the listed one a draft staff briefing, a published
// one and a published one made public; in the hidden one a published one.
public sealed class ReportPlaces : Places
{
    public required Guid Draft { get; init; }

    public required Guid Published { get; init; }

    public required Guid Public { get; init; }

    public required Guid HiddenReport { get; init; }
}
