using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;
using Roundtable.Core.SignUps;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.SignUps;

// For facilitators and co-leads planning a session: who has a place, who is waiting, and what
// each needs for this session, with the counts to plan around. People appear as they chose.
public class SignUpsModel(CurrentCommunity current, RoundtableDb db, SigningUp signingUp) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    public Community Community { get; private set; } = null!;

    public Session Session { get; private set; } = null!;

    public IReadOnlyList<Person> Booked { get; private set; } = [];

    public IReadOnlyList<Person> Waiting { get; private set; } = [];

    public int? PlacesLeft { get; private set; }

    public IReadOnlyList<(Profiles.AccessNeedOption Option, int Booked, int Waiting)> Counts { get; private set; } = [];

    public sealed record Person(string Name, AccessNeeds Needs, string? Other);

    public sealed record List(string Id, string Caption, IReadOnlyList<Person> People);

    public List BookedList => new("booked", $"People with a place at {SessionWords.Name(Session)}, as each chose to be named", Booked);

    public List WaitingList => new("waiting", $"People waiting for a place at {SessionWords.Name(Session)}, in the order places go to them", Waiting);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await signingUp.FindSessionAsync(Community.Id, Number, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        Session = session;
        var lists = await signingUp.ListsAsync(session, cancellationToken);
        PlacesLeft = lists.PlacesLeft;
        // Their membership says how they want to be named, even if they have since left.
        var ids = lists.Booked.Concat(lists.Waiting).Select(s => s.PersonId).ToList();
        var names = MemberNames.TellApart(await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == Community.Id && ids.Contains(m.PersonId))
            .Select(m => new MemberNames.Choice(m.PersonId, m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation))
            .ToListAsync(cancellationToken));
        Person ToPerson(SignUp s) => new(names.GetValueOrDefault(s.PersonId, "A member"), s.AccessNeeds,
            string.IsNullOrWhiteSpace(s.OtherAccessNeeds) ? null : s.OtherAccessNeeds);
        Booked = lists.Booked.Select(ToPerson).ToList();
        Waiting = lists.Waiting.Select(ToPerson).ToList();
        Counts = Profiles.AccessNeedOptions
            .Select(o => (o, Booked.Count(p => p.Needs.HasFlag(o.Need)), Waiting.Count(p => p.Needs.HasFlag(o.Need))))
            .ToList();
        return Page();
    }
}
