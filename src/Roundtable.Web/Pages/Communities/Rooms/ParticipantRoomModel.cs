using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Hosting;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Rooms;

// Who is in the room, and as what (their seat, as RoomSeats decided it): a member (as they chose to
// be named, in their breakout group if they are in one) or a guest (in none).
public sealed record RoomVisit(Community Community, RoomSeat Seat, string YourName)
{
    public Session Session => Seat.Session;

    public Room Room => Seat.Room;

    public Participant You => Seat.Who!.Value;

    public RoomRole Role => Seat.Role;

    public BreakoutSeat Breakout => Seat.Breakout;

    // Asked for in their profile's access needs: the room is drawn in larger text for them.
    public bool LargerText { get; init; }

    // As the hub sends it: facilitators see every breakout group, everyone else their own.
    public GroupSight Sight => Reader.Sight;

    public RoomReader Reader => RoomReader.For(Role, Breakout);
}

// What one of the room's contribution forms sends. ClientId is made when the form is shown, so a
// form sent twice (a double click, a retry) is stored once.
public sealed class ContributionInput
{
    public Guid ClientId { get; set; }

    public string? Text { get; set; }

    public int? Scale { get; set; }

    public int? GoodEnough { get; set; }

    public bool Anonymous { get; set; }
}

public sealed class PhotoInput
{
    public Guid ClientId { get; set; }

    public IFormFile? File { get; set; }

    public string? Description { get; set; }

    // The open question it answers; none: nothing in particular.
    public Guid? PromptId { get; set; }

    public bool Anonymous { get; set; }
}

// The room as a participant sees it, with JavaScript or without: the current item, the
// principles, the open questions, what has been said, and plain forms to add to it. The pages
// differ only in how they find the room and who is in it (EnterAsync).
[CompressedPage]
public abstract class ParticipantRoomModel(
    RoundtableDb db, Charters charters, Contributions contributions, Reactions reactions, RoomRecord record, Prompts prompts, TimeProvider clock)
    : PageModel
{
    public const string General = "general";

    protected RoundtableDb Db { get; } = db;

    [BindProperty]
    public Dictionary<string, ContributionInput> Forms { get; set; } = [];

    [BindProperty]
    public PhotoInput Photo { get; set; } = new();

    [BindProperty]
    public ScribeInput Scribe { get; set; } = new();

    public RoomVisit Visit { get; private set; } = null!;

    public RoomSetting Setting { get; private set; } = null!;

    public IReadOnlyList<RoomPrompt> OpenPrompts { get; private set; } = [];

    // The open questions a photo can answer: those that take words.
    public IReadOnlyList<RoomPrompt> PhotoPrompts => OpenPrompts.Where(p => ContributionRules.PhotoCanAnswer(p.Kind)).ToList();

    // Only when there is a choice, or when what was chosen needs saying something about.
    public bool AsksWhatPhotoAnswers => PhotoPrompts.Count > 0 || ModelState.GetFieldValidationState("Photo.PromptId") == ModelValidationState.Invalid;

    public IReadOnlyDictionary<Guid, RoomPrompt> PromptsById { get; private set; } = new Dictionary<Guid, RoomPrompt>();

    public IReadOnlyList<ContributionRecord> Said { get; private set; } = [];

    public IReadOnlySet<Guid> Mine { get; private set; } = new HashSet<Guid>();

    public IReadOnlySet<(Guid, ReactionKind)> MyReactions { get; private set; } = new HashSet<(Guid, ReactionKind)>();

    // Your number for each scaling question you have answered: the page says it and offers to
    // change it, rather than an empty form asking again (a second answer replaces the first).
    public IReadOnlyDictionary<Guid, int> MyNumbers { get; private set; } = new Dictionary<Guid, int>();

    public DateTimeOffset Now => clock.GetUtcNow();

    public bool CanContribute => RoomAccess.CanContribute(Visit.Room.State);

    // A breakout group's chair records what their group said aloud, as through the hub;
    // facilitators do so for the whole room from the console.
    public bool ScribesForGroup =>
        Visit.Role == RoomRole.Participant && RoomAccess.CanScribe(Visit.Role, Visit.Breakout.Chairs) && Visit.Breakout.Group is not null;

    // The chair's scribe form, while the room is open.
    public ScribeForm? ScribeForm { get; private set; }

    // Where this page is: every form posts back to it and every redirect comes back to it.
    public abstract string Here { get; }

    public string PhotoUrl(Guid id) => $"{Here}?handler=Photo&id={id}";

    public static string KeyFor(RoomPrompt prompt) => prompt.Id.ToString("N");

    // Every question asked in the room by its id, for the script to say what a live answer answers.
    public string PromptTexts => System.Text.Json.JsonSerializer.Serialize(PromptsById.ToDictionary(p => p.Key.ToString(), p => p.Value.Text));

    public RoomContributionItem ItemFor(ContributionRecord said)
    {
        var c = said.Contribution;
        var promptText = c.PromptId is { } id && PromptsById.TryGetValue(id, out var answered) ? answered.Text : null;
        return new RoomContributionItem(
            said, new ContributionCard(c, promptText, PhotoUrl(c.Id), Mine.Contains(c.Id)), CanContribute,
            MyReactions.Where(r => r.Item1 == c.Id).Select(r => r.Item2).ToHashSet());
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostContributeAsync(string? form, CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var key = form ?? General;
        Guid? promptId = key == General ? null : Guid.TryParseExact(key, "N", out var id) ? id : Guid.Empty;
        if (!Forms.TryGetValue(key, out var input) || input.ClientId == Guid.Empty || promptId == Guid.Empty)
        {
            return BadRequest();
        }

        var result = await contributions.AddAsync(
            Visit.Room.Id, Visit.You, new NewContribution(input.ClientId, promptId, input.Text, input.Scale, input.GoodEnough, input.Anonymous), cancellationToken);
        return await AfterAsync(result, $"Forms[{key}]", "your words were kept", cancellationToken);
    }

    public async Task<IActionResult> OnPostPhotoAsync(CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Photo.ClientId == Guid.Empty)
        {
            return BadRequest();
        }

        var bytes = Photo.File is null ? [] : await ReadAsync(Photo.File, cancellationToken);
        var result = await contributions.AddAsync(
            Visit.Room.Id, Visit.You, new NewContribution(Photo.ClientId, Photo.PromptId, null, Anonymous: Photo.Anonymous, Photo: new NewPhoto(bytes, Photo.Description)),
            cancellationToken);
        return await AfterAsync(result, "Photo", "your photo was kept", cancellationToken);
    }

    public async Task<IActionResult> OnPostScribeAsync(CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!ScribesForGroup)
        {
            return Visit.You.GuestId is null ? Forbid() : NotFound();
        }

        if (Scribe.ClientId == Guid.Empty)
        {
            return BadRequest();
        }

        var outcome = await NewScribing().RecordAsync(Visit.Room.Id, Visit.You.PersonId!.Value, Visit.Breakout.Group, Scribe, ModelState, cancellationToken);
        switch (outcome)
        {
            case ScribeOutcome.Recorded or ScribeOutcome.KeptAsGeneral:
                TempData.Notify(Scribing.Notice(outcome));
                return Redirect($"{Here}#scribe");
            case ScribeOutcome.NotFound:
                return NotFound();
            default:
                await LoadAsync(cancellationToken);
                return Page();
        }
    }

    public async Task<IActionResult> OnPostReactAsync(Guid contribution, ReactionKind kind, CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await reactions.ToggleAsync(Visit.Room.Id, contribution, Visit.You, kind, Visit.Sight, cancellationToken);
        if (result.Outcome == ReactionOutcome.SlowDown)
        {
            TempData.Notify("That was a lot of reactions at once. Wait a few seconds, then try again.");
        }

        return Redirect($"{Here}#c-{contribution}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid contribution, CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await contributions.DeleteAsync(Visit.Room.Id, contribution, Visit.You, cancellationToken);
        if (result.Outcome == ContributionOutcome.Added)
        {
            TempData.Notify("Your contribution has been deleted.");
        }

        return Redirect(Here);
    }

    public async Task<IActionResult> OnGetPhotoAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var photo = await record.PhotoAsync(Visit.Room.Id, id, Visit.Reader, cancellationToken);
        return photo is null ? NotFound() : File(photo.Bytes, photo.ContentType);
    }

    // Sets Visit, or says why this person may not be here.
    protected abstract Task<IActionResult?> EnterAsync(CancellationToken cancellationToken);

    protected void Enter(RoomVisit visit) => Visit = visit;

    // Kept: what the person is told was kept when the question closed as it arrived.
    private async Task<IActionResult> AfterAsync(ContributionResult result, string prefix, string kept, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case ContributionOutcome.Added or ContributionOutcome.AlreadyStored:
                TempData.Notify("Thank you. Your contribution is in the room.");
                return Redirect($"{Here}#c-{result.Contribution?.Id}");
            case ContributionOutcome.KeptAsGeneral:
                TempData.Notify($"The question closed while you were writing, so {kept} as a general contribution.");
                return Redirect($"{Here}#c-{result.Contribution?.Id}");
            case ContributionOutcome.PromptClosed:
                TempData.Notify("The question closed before your answer arrived. You can still write to the room.");
                return Redirect(Here);
            case ContributionOutcome.Invalid:
                foreach (var (field, message) in result.Errors)
                {
                    ModelState.AddModelError(FieldKey(prefix, field), message);
                }

                break;
            case ContributionOutcome.RoomNotOpen:
                ModelState.AddModelError(FieldKey(prefix, ContributionRules.TextField), "The room is not open, so nothing can be added just now. What you wrote is kept here.");
                break;
            default:
                return NotFound();
        }

        await LoadAsync(cancellationToken);
        SayProblemsBesideShownBoxes(prefix);
        return Page();
    }

    // An answer's form shows only the boxes its question asks for: a number it does not ask for
    // is said beside the box it does show, never lost off the page.
    private void SayProblemsBesideShownBoxes(string prefix)
    {
        var prompt = OpenPrompts.FirstOrDefault(p => prefix == $"Forms[{KeyFor(p)}]");
        if (prompt?.Kind == PromptKind.Scaling && !prompt.AsksGoodEnough)
        {
            ModelState.MoveProblems($"{prefix}.{ContributionRules.GoodEnoughField}", $"{prefix}.{ContributionRules.ScaleField}");
        }
    }

    private static string FieldKey(string prefix, string field) => prefix == "Photo"
        ? field switch
        {
            ContributionRules.PhotoField => "Photo.File",
            ContributionRules.PhotoDescriptionField => "Photo.Description",
            ContributionRules.PromptField => "Photo.PromptId",
            _ => "Photo.File",
        }
        : field == ContributionRules.PromptField ? $"{prefix}.{ContributionRules.TextField}" : $"{prefix}.{field}";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var room = Visit.Room;
        Setting = await RoomPages.SettingAsync(Db, charters, Visit.Community.Id, room, cancellationToken);
        var all = await prompts.InRoomAsync(room.Id, cancellationToken);
        PromptsById = all.ToDictionary(p => p.Id);
        OpenPrompts = all.Where(p => p.IsOpen).ToList();
        Said = RoomPages.InOrder(await record.ForSessionAsync(room.SessionId, cancellationToken), Visit.Sight);
        Mine = (await contributions.MineAsync(room.Id, Visit.You, cancellationToken)).ToHashSet();
        MyReactions = (await reactions.MineAsync(room.Id, Visit.You, cancellationToken)).ToHashSet();
        MyNumbers = Said.Select(s => s.Contribution)
            .Where(c => Mine.Contains(c.Id) && c is { Kind: ContributionKind.Scale, PromptId: not null, Scale: not null })
            .GroupBy(c => c.PromptId!.Value)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Sequence)!.Scale!.Value);

        // A fresh id for every form not coming back with errors, so each is stored once.
        foreach (var key in OpenPrompts.Select(KeyFor).Append(General))
        {
            if (!Forms.ContainsKey(key))
            {
                Forms[key] = new ContributionInput { ClientId = Guid.NewGuid() };
            }
        }

        if (Photo.ClientId == Guid.Empty)
        {
            Photo = new PhotoInput { ClientId = Guid.NewGuid() };
        }

        if (ScribesForGroup && CanContribute)
        {
            if (Scribe.ClientId == Guid.Empty || ModelState.IsValid)
            {
                Scribe = new ScribeInput { ClientId = Guid.NewGuid() };
            }

            var speakers = await NewScribing().SpeakersAsync(Visit.Community.Id, Visit.Session.Id, Visit.Breakout.Group, cancellationToken);
            ScribeForm = new ScribeForm(Scribe, speakers, OpenPrompts, ScribeWords.Group);
            ScribeForm.SayProblemsBesideShownBoxes(ModelState);
        }
    }

    private Scribing NewScribing() => new(Db, contributions);

    // One byte past the limit is enough for the rules to say it is too large.
    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= ContributionPhoto.MaxBytes && (read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
