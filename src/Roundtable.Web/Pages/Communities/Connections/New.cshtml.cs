using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Connections;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;
using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Pages.Communities.Connections;

// A facilitator records a connection they brokered: who (or which group or service) was put in
// touch with whom, why, and at which meeting.
public class NewModel(CurrentCommunity current, RoundtableDb db, BrokeredConnections connections, TimeProvider clock) : PageModel
{
    private const string SessionPrefix = "session-";
    private const string PreparationPrefix = "preparation-meeting-";

    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public IReadOnlyList<SelectOption> MemberOptions { get; private set; } = [];

    public IReadOnlyList<SelectOption> SubGroupOptions { get; private set; } = [];

    public IReadOnlyList<SelectOption> MeetingOptions { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class SideInput
    {
        public ConnectionSideKind? Kind { get; set; }

        public Guid? PersonId { get; set; }

        public Guid? SubGroupId { get; set; }

        public string? Name { get; set; }

        public BrokeredConnections.Side ToSide() => new(Kind, PersonId, SubGroupId, Name);
    }

    public sealed class InputModel
    {
        public SideInput From { get; set; } = new();

        public SideInput To { get; set; } = new();

        public string? Why { get; set; }

        // "session-2", "preparation-meeting-1", or empty: between sessions.
        public string? Meeting { get; set; }
    }

    public async Task OnGetAsync(int? session, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Meeting = session is { } number ? $"{SessionPrefix}{number}" : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var here = await LoadAsync(cancellationToken);
        var (number, kind) = Meeting(Input.Meeting);
        var result = await connections.RecordAsync(
            Community.Id,
            new BrokeredConnections.NewConnection(Input.From.ToSide(), Input.To.ToSide(), Input.Why, number, null, kind),
            User.PersonId()!.Value,
            cancellationToken);
        if (!result.Done)
        {
            ModelState.AddProblems(result.Problems, "Input", field => field == nameof(BrokeredConnections.NewConnection.SessionNumber) ? "Input.Meeting" : null);
            return Page();
        }

        TempData.Notify("The connection has been recorded.");
        return Redirect(ConnectionPages.Path(here.Community.Slug, result.Connection!.Id));
    }

    private static (int? Number, SessionKind Kind) Meeting(string? value) =>
        value switch
        {
            { } v when v.StartsWith(PreparationPrefix, StringComparison.Ordinal) && int.TryParse(v[PreparationPrefix.Length..], out var n) => (n, SessionKind.PreparationMeeting),
            { } v when v.StartsWith(SessionPrefix, StringComparison.Ordinal) && int.TryParse(v[SessionPrefix.Length..], out var n) => (n, SessionKind.Session),
            _ => (null, SessionKind.Session),
        };

    private async Task<CurrentCommunity.Place> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        var members = await db.Memberships.AsNoTracking().Where(m => m.CommunityId == Community.Id && m.LeftAt == null)
            .Select(m => new MemberNames.Choice(m.PersonId, m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation))
            .ToListAsync(cancellationToken);
        MemberOptions = [new("", "Choose a member"), .. MemberNames.TellApart(members).OrderBy(p => p.Value, StringComparer.CurrentCultureIgnoreCase).Select(p => new SelectOption(p.Key.ToString(), p.Value))];
        SubGroupOptions = [new("", "Choose a sub-group"), .. await db.SubGroups.AsNoTracking().Where(g => g.CommunityId == Community.Id).OrderBy(g => g.Name)
            .Select(g => new SelectOption(g.Id.ToString(), g.Name)).ToListAsync(cancellationToken)];
        // Meetings that have started, newest first; preparation meetings only for those who may know of them.
        var now = clock.GetUtcNow();
        var meetings = await db.Sessions.AsNoTracking().Where(s => s.CommunityId == Community.Id && s.StartsAt <= now && s.Status == SessionStatus.Scheduled)
            .VisibleTo(here.Membership).OrderByDescending(s => s.StartsAt).ToListAsync(cancellationToken);
        MeetingOptions = [new("", "Not at a session"), .. meetings.Select(s =>
            new SelectOption($"{(s.Kind == SessionKind.Session ? SessionPrefix : PreparationPrefix)}{s.Number}", $"{SessionWords.Name(s)}, {SessionWords.ShortDate(s.StartsAt)}"))];
        return here;
    }
}
