using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SystemMap;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;
using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Pages.Communities.SystemMap;

// One entry on the map: what it offers and needs, the members linked to it as each chose to be
// named, and who it works with. A member says they are linked to it themselves; the member who
// added it and the co-leads say who it works with.
public class EntryModel(CurrentCommunity current, CommunityMap map, MapEntries entries) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ConnectInput Connect { get; set; } = new();

    public sealed class ConnectInput
    {
        public Guid? ToId { get; set; }

        public string? How { get; set; }
    }

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public Community Community => Here.Community;

    public MapEntryPage Shown { get; private set; } = null!;

    public MapEntry Entry => Shown.Entry;

    public bool MayChange { get; private set; }

    public bool YouAreLinked => Here.Membership is { } you && Shown.People.Any(p => p.MembershipId == you.Id);

    public IReadOnlyList<SelectOption> ConnectOptions { get; private set; } = [];

    public static string Path(Community community, Guid id) => $"/communities/{community.Slug}/map/{id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostLinkAsync(CancellationToken cancellationToken) =>
        ActAsync(mayAct: () => Here.Membership is not null, async () =>
        {
            await entries.LinkMemberAsync(Entry, Here.Membership!, cancellationToken);
            return $"You are shown as linked to {Entry.Name}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostUnlinkAsync(CancellationToken cancellationToken) =>
        ActAsync(mayAct: () => Here.Membership is not null, async () =>
        {
            await entries.UnlinkMemberAsync(Entry, Here.Membership!.Id, cancellationToken);
            return $"You are no longer shown as linked to {Entry.Name}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostDisconnectAsync(Guid linkId, CancellationToken cancellationToken) =>
        ActAsync(mayAct: () => MayChange, async () =>
        {
            await entries.UnlinkAsync(Id, linkId, cancellationToken);
            return "The connection has been removed.";
        }, cancellationToken);

    public async Task<IActionResult> OnPostConnectAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!MayChange)
        {
            return Forbid();
        }

        var result = await entries.LinkAsync(Community.Id, Id, new MapEntries.NewLink(Connect.ToId, Connect.How), User.PersonId()!.Value, cancellationToken);
        if (!result.Done)
        {
            ModelState.AddProblems(result.Problems, nameof(Connect));
            return Page();
        }

        TempData.Notify("The connection has been saved.");
        return Redirect(Path(Community, Id));
    }

    private async Task<IActionResult> ActAsync(Func<bool> mayAct, Func<Task<string>> act, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!mayAct())
        {
            return Forbid();
        }

        TempData.Notify(await act());
        return Redirect(Path(Community, Id));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        if (await map.ReadAsync(Community.Id, Id, cancellationToken) is not { } page)
        {
            return false;
        }

        Shown = page;
        MayChange = MapEntries.MayChange(page.Entry, User.PersonId()!.Value, Here.Allows(CommunityRole.CoLead));
        if (MayChange)
        {
            var already = page.Connections.Where(c => c.From.Id == Id).Select(c => c.To.Id).ToHashSet();
            ConnectOptions =
            [
                new("", "Choose who it works with"),
                .. (await map.EntriesAsync(Community.Id, cancellationToken))
                    .Where(e => e.Id != Id && !already.Contains(e.Id))
                    .Select(e => new SelectOption(e.Id.ToString(), e.Name)),
            ];
        }

        return true;
    }
}
