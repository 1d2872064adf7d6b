using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Rooms;

namespace Roundtable.Web.Pages.Communities.Rooms;

// The room on a shared screen, read-only, opened with the projector link and no sign-in: the
// question in hand and its answers as they stand, a histogram for a scaling question and a word
// list for closing words, the principles, and the room's code. It names people only as the room does.
public class ProjectorModel(RoundtableDb db, RoomSeats seats, Charters charters, Prompts prompts, RoomRecord record, ILinks addresses)
    : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public Room Room { get; private set; } = null!;

    public RoomSetting Setting { get; private set; } = null!;

    // The open questions; when none is open, the last one asked, so its answers stay on screen.
    public IReadOnlyList<PromptRecord> Showing { get; private set; } = [];

    public bool ShowingClosed { get; private set; }

    // What was said outside any question, newest last, when no question has been asked.
    public IReadOnlyList<ContributionRecord> General { get; private set; } = [];

    // In the corner while the room is open: what people type at /join or scan to come in.
    public RoomCodeView? Code => RoomCodeView.Of(Room, addresses);

    public string PhotoUrl(Guid id) => $"{RoomPages.ProjectorPath(Token)}?handler=Photo&id={id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await seats.ForProjectorAsync(Token, cancellationToken: cancellationToken) is not { Room: var room })
        {
            return NotFound();
        }

        Room = room;
        Community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == room.Session.CommunityId, cancellationToken);
        Setting = await RoomPages.SettingAsync(db, charters, Community.Id, room, cancellationToken);
        var asked = await prompts.InRoomAsync(room.Id, cancellationToken);
        var said = await record.ForSessionAsync(room.SessionId, cancellationToken);
        var byPrompt = said?.Prompts.ToDictionary(p => p.Prompt.Id) ?? [];
        var open = asked.Where(p => p.IsOpen).ToList();
        ShowingClosed = open.Count == 0 && asked.Count > 0;
        var showing = ShowingClosed ? [asked[^1]] : open;
        Showing = showing.Select(p => byPrompt.GetValueOrDefault(p.Id)).OfType<PromptRecord>().ToList();
        General = asked.Count == 0 ? said?.General ?? [] : [];
        return Page();
    }

    public async Task<IActionResult> OnGetPhotoAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await seats.ForProjectorAsync(Token, cancellationToken: cancellationToken) is not { Room: var room })
        {
            return NotFound();
        }

        var photo = await record.PhotoAsync(room.Id, id, RoomReader.Projector, cancellationToken);
        return photo is null ? NotFound() : File(photo.Bytes, photo.ContentType);
    }
}
