using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Rooms;

// A guest arrives with the join link a facilitator shared: they may give a name, or none, and
// their browser then keeps a guest cookie for this session's room alone. A member who is signed
// in goes straight to the room as themselves.
public class JoinModel(RoundtableDb db, RoomLinks links, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? DisplayName { get; set; }

    public Session Session { get; private set; } = null!;

    public Community Community { get; private set; } = null!;

    public bool IsClosed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } room)
        {
            return NotFound();
        }

        return await AsMemberAsync(cancellationToken) is { } member ? member : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is null)
        {
            return NotFound();
        }

        var name = ModelState.Optional(nameof(DisplayName), DisplayName, "Your name", RoomGuest.DisplayNameMaxLength);
        if (!ModelState.IsValid || IsClosed)
        {
            return Page();
        }

        var joined = await links.JoinAsGuestAsync(Token, name, cancellationToken);
        if (joined.Outcome != GuestJoinOutcome.Joined)
        {
            IsClosed = joined.Outcome == GuestJoinOutcome.RoomClosed;
            return IsClosed ? Page() : NotFound();
        }

        Response.Cookies.Append(RoomPages.GuestCookie, joined.GuestToken!, new CookieOptions
        {
            HttpOnly = true,
            Secure = Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            // Long enough for a session that overruns; it opens nothing once the room has closed.
            Expires = clock.GetUtcNow().AddDays(1),
        });
        return Redirect(RoomPages.GuestRoomPath);
    }

    private async Task<IActionResult?> AsMemberAsync(CancellationToken cancellationToken)
    {
        if (User.PersonId() is not { } personId)
        {
            return null;
        }

        var membership = await db.Memberships.AsNoTracking()
            .SingleOrDefaultAsync(m => m.CommunityId == Community.Id && m.PersonId == personId && m.LeftAt == null, cancellationToken);
        return RoomAccess.ForMember(Session, membership, User.IsInRole(Roundtable.Core.People.SiteRoles.Admin)) == RoomRole.None
            ? null
            : Redirect(RoomPages.RoomPath(Community.Slug, Session));
    }

    private async Task<Core.Data.Entities.Room?> FindAsync(CancellationToken cancellationToken)
    {
        var room = await links.FindByJoinLinkAsync(Token, cancellationToken);
        if (room is null || !RoomAccess.TakesGuests(room.Session))
        {
            return null;
        }

        Session = room.Session;
        Community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == room.Session.CommunityId, cancellationToken);
        IsClosed = room.State == RoomState.Closed;
        return room;
    }
}
