using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Rooms;

// The way into a session's room from outside it: the join link a facilitator shared
// (/rooms/join/{token}) or the room's code (/join/{code}, typed or scanned). A member who is
// signed in goes straight to the room as themselves; anyone else is offered to sign in, and
// to come in as a guest, with a name or none, when the link was shared with them or the
// facilitator lets guests in by the code. A guest's browser then keeps a guest cookie for this
// session's room alone.
public class JoinModel(RoundtableDb db, RoomLinks links, RoomCodes codes, TimeProvider clock) : PageModel
{
    // A join link's secret (RoomLinks.JoinPrefix), or a room code.
    [FromRoute]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? DisplayName { get; set; }

    public Session Session { get; private set; } = null!;

    public Community Community { get; private set; } = null!;

    public bool IsClosed { get; private set; }

    public bool ByCode => !Token.StartsWith(RoomLinks.JoinPrefix, StringComparison.Ordinal);

    // A join link is the facilitator's invitation to guests; a code is one only when they say so.
    public bool GuestsWelcome { get; private set; }

    public bool SignedIn => User.PersonId() is not null;

    public string SignInPath => $"/sign-in?returnUrl={Uri.EscapeDataString(RoomPages.RoomPath(Community.Slug, Session))}";

    private Room room = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await FindAsync(cancellationToken) ?? await AsMemberAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var name = ModelState.Optional(nameof(DisplayName), DisplayName, "Your name", RoomGuest.DisplayNameMaxLength);
        if (!ModelState.IsValid || IsClosed || !GuestsWelcome)
        {
            return Page();
        }

        var joined = ByCode
            ? await links.JoinAsGuestAsync(room, name, cancellationToken)
            : await links.JoinAsGuestAsync(Token, name, cancellationToken);
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

    // The room the link or code opens, or why there is none to show.
    private async Task<IActionResult?> FindAsync(CancellationToken cancellationToken)
    {
        Room? found;
        if (ByCode)
        {
            var entry = await codes.EnterAsync(Token, NetworkAddress.Of(HttpContext), cancellationToken);
            if (entry.Outcome == CodeOutcome.TooManyWrong)
            {
                Response.Headers.RetryAfter = ((int)RoomCodeGuesses.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return StatusCode(StatusCodes.Status429TooManyRequests);
            }

            found = entry.Room;
            GuestsWelcome = found is { GuestsMayJoinByCode: true };
        }
        else
        {
            found = await links.FindByJoinLinkAsync(Token, cancellationToken);
            GuestsWelcome = true;
        }

        if (found is null || !RoomAccess.TakesGuests(found.Session))
        {
            return NotFound();
        }

        room = found;
        Session = found.Session;
        Community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == found.Session.CommunityId, cancellationToken);
        IsClosed = found.State == RoomState.Closed;
        return null;
    }
}
