using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.People;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Rooms;

// The facilitator's console: opening and closing the room, stepping through the running order,
// putting questions to the room, pinning and hiding (with a reason, kept in the trail), recording
// what people said aloud, and the links to share. Every action is a plain form: POST, redirect, GET.
public abstract class FacilitatorConsoleModel(
    CurrentCommunity current, RoundtableDb db, LiveRooms rooms, RoomLinks links, RoomSeats seats, Charters charters, Prompts prompts,
    Contributions contributions, Moderation moderation, RoomRecord record, RoomCodes codes, ILinks addresses, TimeProvider clock)
    : PageModel
{
    private const string JoinLinkKey = "RoomJoinLink";
    private const string ProjectorLinkKey = "RoomProjectorLink";

    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public PromptInput Prompt { get; set; } = new();

    [BindProperty]
    public ScribeInput Scribe { get; set; } = new();

    public abstract SessionKind Kind { get; }

    public Community Community { get; private set; } = null!;

    public Session Session { get; private set; } = null!;

    public Room Room { get; private set; } = null!;

    public RoomSetting Setting { get; private set; } = null!;

    public IReadOnlyList<RoomPrompt> AllPrompts { get; private set; } = [];

    public IReadOnlyList<RoomPrompt> OpenPrompts => AllPrompts.Where(p => p.IsOpen).ToList();

    public SessionRecord? Record { get; private set; }

    public IReadOnlyList<ContributionRecord> Said { get; private set; } = [];

    public IReadOnlyList<HiddenContribution> Hidden { get; private set; } = [];

    public IReadOnlyList<TrailLine> Trail { get; private set; } = [];

    public IReadOnlyList<Speaker> Speakers { get; private set; } = [];

    public ScribeForm ScribeForm => new(Scribe, Speakers, OpenPrompts, ScribeWords.Room);

    // Set when hiding failed for want of a reason: the form beside that contribution shows why.
    public Guid? HideFor { get; private set; }

    public string? HideReason { get; private set; }

    // Shown once, just after it was made: only its hash is kept.
    public string? JoinLink { get; private set; }

    public string? ProjectorLink { get; private set; }

    // While the room is open (a session's only): what people type at /join or scan.
    public RoomCodeView? Code => RoomCodeView.Of(Room, addresses);

    public DateTimeOffset Now => clock.GetUtcNow();

    public string Here => RoomPages.ConsolePath(Slug, Session);

    public string PhotoUrl(Guid id) => $"{Here}?handler=Photo&id={id}";

    public static string HideKey(Guid id) => $"hide-reason-{id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        JoinLink = TempData[JoinLinkKey] as string;
        ProjectorLink = TempData[ProjectorLinkKey] as string;
        return await ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            var result = await rooms.OpenAsync(Room.Id, cancellationToken);
            TempData.Notify(result.Outcome == RoomOutcome.NotOpen ? "A cancelled session's room cannot be opened." : "The room is open.");
            return Back();
        }, cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            await rooms.CloseAsync(Room.Id, cancellationToken);
            TempData.Notify("The room is closed. What was shared stays as the session's record.");
            return Back();
        }, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid? item, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            var result = await rooms.MoveToItemAsync(Room.Id, item, cancellationToken);
            if (result.Outcome == RoomOutcome.NotOpen)
            {
                TempData.Notify("Open the room first.");
            }

            return Back("running-order");
        }, cancellationToken);

    public Task<IActionResult> OnPostPromptAsync(CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            if (Prompt.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                ModelState.AddModelError("Prompt.Kind", "Choose what kind of question to ask");
                return await ShowAsync(cancellationToken);
            }

            var text = string.IsNullOrWhiteSpace(Prompt.Text) ? Prompts.SuggestedText(kind) : Prompt.Text;
            var result = await prompts.OpenAsync(Room.Id, kind, text, Prompt.Audience, Prompt.AsksGoodEnough, User.PersonId()!.Value, cancellationToken);
            if (result.Error is { } error)
            {
                ModelState.AddModelError("Prompt.Text", error);
                return await ShowAsync(cancellationToken);
            }

            TempData.Notify(result.Outcome == RoomOutcome.NotOpen ? "Open the room first." : $"Asked: {result.Prompt!.Text}");
            return Back("questions");
        }, cancellationToken);

    public Task<IActionResult> OnPostClosePromptAsync(Guid prompt, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            await prompts.CloseAsync(Room.Id, prompt, cancellationToken);
            TempData.Notify("The question is closed. Anything still being written is kept as a general contribution.");
            return Back("questions");
        }, cancellationToken);

    public Task<IActionResult> OnPostPinAsync(Guid contribution, bool pinned, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            await moderation.PinAsync(Room.Id, contribution, pinned, User.PersonId()!.Value, cancellationToken);
            return Back($"c-{contribution}");
        }, cancellationToken);

    public Task<IActionResult> OnPostHideAsync(Guid contribution, string? reason, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            var result = await moderation.HideAsync(Room.Id, contribution, reason, User.PersonId()!.Value, cancellationToken);
            if (result.Error is { } error)
            {
                HideFor = contribution;
                HideReason = reason;
                ModelState.AddModelError(HideKey(contribution), error);
                return await ShowAsync(cancellationToken);
            }

            TempData.Notify("Hidden. Only facilitators can see it now, with your reason.");
            return Back("hidden");
        }, cancellationToken);

    public Task<IActionResult> OnPostShowAsync(Guid contribution, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            await moderation.ShowAsync(Room.Id, contribution, User.PersonId()!.Value, cancellationToken);
            TempData.Notify("Shown again to everyone in the room.");
            return Back($"c-{contribution}");
        }, cancellationToken);

    public Task<IActionResult> OnPostScribeAsync(CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            if (Scribe.ClientId == Guid.Empty)
            {
                return BadRequest();
            }

            var outcome = await NewScribing().RecordAsync(Room.Id, User.PersonId()!.Value, group: null, Scribe, ModelState, cancellationToken);
            switch (outcome)
            {
                case ScribeOutcome.Recorded or ScribeOutcome.KeptAsGeneral:
                    TempData.Notify(Scribing.Notice(outcome));
                    return Back("scribe");
                case ScribeOutcome.NotFound:
                    return NotFound();
                default:
                    return await ShowAsync(cancellationToken);
            }
        }, cancellationToken);

    public Task<IActionResult> OnPostJoinLinkAsync(CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            if (await links.NewJoinLinkAsync(Room.Id, cancellationToken) is { } token)
            {
                TempData[JoinLinkKey] = Absolute(RoomPages.JoinPath(token));
            }

            return Back("links");
        }, cancellationToken);

    public Task<IActionResult> OnPostGuestsByCodeAsync(bool allow, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            if (!await codes.LetGuestsInAsync(Room.Id, allow, cancellationToken))
            {
                return NotFound();
            }

            TempData.Notify(allow
                ? "Anyone with the room code can now join as a guest."
                : "Only members can join with the room code now. Guests already in the room stay.");
            return Back("room-code");
        }, cancellationToken);

    public Task<IActionResult> OnPostProjectorLinkAsync(CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            if (await links.NewProjectorLinkAsync(Room.Id, cancellationToken) is not { } token)
            {
                return NotFound();
            }

            TempData[ProjectorLinkKey] = Absolute(RoomPages.ProjectorPath(token));
            return Back("links");
        }, cancellationToken);

    public async Task<IActionResult> OnGetPhotoAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var photo = await record.PhotoAsync(Room.Id, id, RoomReader.Facilitating, cancellationToken);
        return photo is null ? NotFound() : File(photo.Bytes, photo.ContentType);
    }

    private Scribing NewScribing() => new(db, contributions);

    private string Absolute(string path) => addresses.To(path).ToString();

    private RedirectResult Back(string? anchor = null) => Redirect(anchor is null ? Here : $"{Here}#{anchor}");

    private async Task<IActionResult> ActAsync(Func<Task<IActionResult>> act, CancellationToken cancellationToken) =>
        await EnterAsync(cancellationToken) ?? await act();

    // The session and its room, for someone who facilitates in it (RoomAccess).
    private async Task<IActionResult?> EnterAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = place.Community;
        var session = await db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CommunityId == Community.Id && s.Kind == Kind && s.Number == Number, cancellationToken);
        if (session is null || session.IsCancelled)
        {
            return NotFound();
        }

        if (await seats.ForMemberAsync(session, place.Membership, User.PersonId()!.Value, place.IsSiteAdmin, cancellationToken) is not { Kind: RoomSeatKind.Facilitator } seat)
        {
            return Forbid();
        }

        Session = session;
        Room = seat.Room;
        return null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Setting = await RoomPages.SettingAsync(db, charters, Community.Id, Room, cancellationToken);
        AllPrompts = await prompts.InRoomAsync(Room.Id, cancellationToken);
        Record = await record.ForSessionAsync(Session.Id, cancellationToken);
        Said = RoomPages.InOrder(Record, GroupSight.Everything);
        Hidden = await moderation.HiddenAsync(Room.Id, cancellationToken);
        Speakers = await NewScribing().SpeakersAsync(Community.Id, Session.Id, null, cancellationToken);
        Trail = await TrailAsync(cancellationToken);
        if (Scribe.ClientId == Guid.Empty || ModelState.IsValid)
        {
            Scribe = new ScribeInput { ClientId = Guid.NewGuid() };
        }

        ScribeForm.SayProblemsBesideShownBoxes(ModelState);

        return Page();
    }

    private async Task<IReadOnlyList<TrailLine>> TrailAsync(CancellationToken cancellationToken)
    {
        var entries = await moderation.TrailAsync(Room.Id, cancellationToken);
        var byIds = entries.Select(e => e.ById).Distinct().ToList();
        var members = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == Community.Id && byIds.Contains(m.PersonId)).ToListAsync(cancellationToken);
        var names = members.ToDictionary(m => m.PersonId, MemberNames.AsTheyChose);
        var others = await db.Users.AsNoTracking().Where(p => byIds.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName }).ToListAsync(cancellationToken);
        foreach (var other in others.Where(o => !names.ContainsKey(o.Id)))
        {
            names[other.Id] = MemberNames.AsTheyChose(Naming.FirstName, other.DisplayName, null, null);
        }

        var texts = Said.Select(s => s.Contribution).Concat(Hidden.Select(h => h.Contribution)).ToDictionary(c => c.Id, c => c.Text);
        return entries.Select(e => new TrailLine(e, names.GetValueOrDefault(e.ById, "A facilitator"), texts.GetValueOrDefault(e.ContributionId))).ToList();
    }
}
