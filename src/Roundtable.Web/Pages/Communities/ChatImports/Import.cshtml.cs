using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.ChatImports;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.ChatImports;

// A meeting's chat or transcript brought into a session's contributions: pasted or uploaded,
// previewed exactly as it will be imported (nothing saved), confirmed, then listed with its
// links and the senders nobody matched, to map or to undo as a whole. Every step is a form.
public class ImportModel(CurrentCommunity current, RoundtableDb db, ImportedChats chats) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public Guid SubmissionKey { get; set; }

    public virtual SessionKind Kind => SessionKind.Session;

    public Community Community { get; private set; } = null!;

    public Session Session { get; private set; } = null!;

    public ImportedChats.Preview? Preview { get; private set; }

    // A chat we could not read, as we saw it.
    public IReadOnlyList<string> FirstLines { get; private set; } = [];

    public IReadOnlyList<ContributionImport> Imports { get; private set; } = [];

    // The import just made or asked for: its senders, to map those nobody matched.
    public ContributionImport? Shown { get; private set; }

    public IReadOnlyList<ImportedChats.Sender> Senders { get; private set; } = [];

    public IReadOnlyList<(Guid PersonId, string Name)> Members { get; private set; } = [];

    public string Path(string rest = "") => SessionWords.Path(Community.Slug, Session, "/chat-imports" + rest);

    public async Task<IActionResult> OnGetAsync(Guid? import, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(import, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(null, cancellationToken))
        {
            return NotFound();
        }

        if (await PastedAsync(cancellationToken) is not { } pasted)
        {
            return Page();
        }

        var previewed = await chats.PreviewAsync(Session, pasted, cancellationToken);
        ModelState.AddProblems(previewed.Problems, "");
        Preview = previewed.Preview;
        FirstLines = previewed.FirstLines;
        SubmissionKey = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(null, cancellationToken))
        {
            return NotFound();
        }

        var imported = await chats.ImportAsync(Session, Pasted(Text), SubmissionKey, User.PersonId()!.Value, cancellationToken);
        if (imported.Import is not { } import)
        {
            ModelState.AddProblems(imported.Problems, "");
            FirstLines = imported.FirstLines;
            return Page();
        }

        TempData.Notify(imported.Change == ChatImportChange.Unchanged
            ? "This was imported already. Nothing was imported twice."
            : $"Imported {import.Contributions} contributions from {import.Layout}.");
        return Redirect(Path($"?import={import.Id}#import-{import.Id:N}"));
    }

    public async Task<IActionResult> OnPostUndoAsync(Guid import, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(null, cancellationToken))
        {
            return NotFound();
        }

        var undone = await chats.UndoAsync(Session, import, User.PersonId()!.Value, cancellationToken);
        TempData.Notify(undone.Change switch
        {
            ChatImportChange.NotFound => "There is no such import of this meeting.",
            ChatImportChange.Unchanged => "That import had been undone already.",
            _ => $"The import is undone: its {undone.Import!.Contributions} contributions are taken out of the meeting's record.",
        });
        return Redirect(Path());
    }

    public async Task<IActionResult> OnPostMapAsync(Guid import, string? sender, string? email, Guid? personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(import, cancellationToken))
        {
            return NotFound();
        }

        var mapped = await chats.MapAsync(Session, import, sender, string.IsNullOrEmpty(email) ? null : email, personId, cancellationToken);
        if (mapped.Change == ChatImportChange.Invalid)
        {
            ModelState.AddProblems(mapped.Problems, "", _ => MapKey(sender ?? "", email));
            return Page();
        }

        TempData.Notify(mapped.Change switch
        {
            ChatImportChange.Done => $"‘{mapped.Sender}’ is {mapped.ShownAs}: {mapped.Contributions} contributions are theirs now, and the next import will know them.",
            ChatImportChange.Unchanged => $"‘{mapped.Sender}’ was matched already.",
            _ => "There is no such sender in this import.",
        });
        return Redirect(Path($"?import={import}#import-{import:N}"));
    }

    // The field a sender's mapping problem is shown beside.
    public static string MapKey(string sender, string? email) =>
        "map-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sender + "\n" + email)))[..12];

    private static ImportedChats.Pasted Pasted(string? text) => new(ChatReading.SourceOf(text), text);

    // What was pasted, or the file's text; null with the problem beside the field.
    private async Task<ImportedChats.Pasted?> PastedAsync(CancellationToken cancellationToken)
    {
        if (Upload is { Length: > 0 } file)
        {
            await using var content = file.OpenReadStream();
            if (await ChatReading.ReadTextAsync(content, cancellationToken) is not { } text)
            {
                ModelState.AddModelError(nameof(Upload), ChatReading.TooLong(new string('x', ChatReading.MaxBytes + 1))!.Problem!);
                return null;
            }

            Text = text;
        }

        return Pasted(Text);
    }

    private async Task<bool> LoadAsync(Guid? import, CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var session = await db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CommunityId == Community.Id && s.Kind == Kind && s.Number == Number, cancellationToken);
        if (session is null)
        {
            return false;
        }

        Session = session;
        Imports = await db.ContributionImports.AsNoTracking().Where(i => i.SessionId == session.Id).ToListAsync(cancellationToken);
        Imports = Imports.OrderByDescending(i => i.ImportedAt).ToList();
        Shown = import is { } id ? Imports.FirstOrDefault(i => i.Id == id && i.UndoneAt == null) : null;
        if (Shown is not null)
        {
            Senders = await chats.SendersAsync(session, Shown, cancellationToken);
            var members = await chats.MayBeSendersAsync(Session, cancellationToken);
            Members = members.Select(m => (m.PersonId, MemberNames.AsTheyChose(m) + (m.Person.Email is { } e ? $" ({e})" : "")))
                .OrderBy(m => m.Item2, StringComparer.CurrentCulture).ToList();
        }

        return true;
    }
}
