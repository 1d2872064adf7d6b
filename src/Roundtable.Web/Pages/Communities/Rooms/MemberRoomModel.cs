using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Rooms;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Rooms;

// The room of a session or preparation meeting, for the members who may be in it (RoomAccess).
// Someone not signed in is asked to sign in, unless their browser is a guest of this very room.
public abstract class MemberRoomModel(
    CurrentCommunity current, RoundtableDb db, RoomSeats seats, Charters charters, Contributions contributions, Reactions reactions, RoomRecord record, Prompts prompts, TimeProvider clock)
    : ParticipantRoomModel(db, charters, contributions, reactions, record, prompts, clock)
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    public abstract SessionKind Kind { get; }

    public override string Here => RoomPages.RoomPath(Slug, Visit.Session);

    protected override async Task<IActionResult?> EnterAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        var session = await Db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CommunityId == place.Community.Id && s.Kind == Kind && s.Number == Number, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        if (User.PersonId() is not { } personId)
        {
            return await IsGuestOfAsync(session, cancellationToken) ? Redirect(RoomPages.GuestRoomPath) : Challenge();
        }

        if (await seats.ForMemberAsync(session, place.Membership, personId, place.IsSiteAdmin, cancellationToken) is not { } seat)
        {
            return session.IsCancelled || !Core.Sessions.SessionAccess.CanSee(session.Kind, place.Membership) ? NotFound() : Forbid();
        }

        Enter(new RoomVisit(place.Community, seat, await NameAsync(place, personId, cancellationToken))
        {
            LargerText = place.Membership?.AccessNeeds.HasFlag(AccessNeeds.LargerText) == true,
        });
        return null;
    }

    private async Task<bool> IsGuestOfAsync(Session session, CancellationToken cancellationToken) =>
        Request.Cookies[RoomPages.GuestCookie] is { } token && await seats.ForGuestAsync(token, session.Id, cancellationToken) is not null;

    private async Task<string> NameAsync(CurrentCommunity.Place place, Guid personId, CancellationToken cancellationToken)
    {
        if (place.Membership is { } membership)
        {
            var person = await Db.Users.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
            return MemberNames.AsTheyChose(membership.Naming, person.DisplayName, membership.JobRole, membership.Organisation);
        }

        var name = await Db.Users.AsNoTracking().Where(p => p.Id == personId).Select(p => p.DisplayName).SingleOrDefaultAsync(cancellationToken);
        return MemberNames.AsTheyChose(Naming.FirstName, name, null, null);
    }
}
