using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.YouSaidWeDid;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;
using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Pages.Communities.YouSaidWeDid;

// One request: what was asked, by whom as they consented, and every change to it, dated and
// signed. Co-leads and its owner change its status, owner or due date here.
public class AskModel(CurrentCommunity current, AskLedger ledger, Asks asks, RoundtableDb db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public Community Community => Here.Community;

    public AskLine Line { get; private set; } = null!;

    public bool MayChange { get; private set; }

    // Who made each change, as they chose to be named.
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<SelectOption> OwnerOptions { get; private set; } = [];

    // Someone else's change that stopped this person's.
    public string? Meanwhile { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public AskStatus? Status { get; set; }

        public string? Reason { get; set; }

        public string? RaisedWith { get; set; }

        public string? Owner { get; set; }

        public string? DueOn { get; set; }

        public int? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = FromAsk(Line.Ask);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!MayChange)
        {
            return Forbid();
        }

        var (membershipId, subGroupId) = Owners.Read(Input.Owner);
        var result = await asks.UpdateAsync(
            Community.Id, Id, new Asks.Update(Input.Status, Input.Reason, Input.RaisedWith, membershipId, subGroupId, Input.DueOn, Input.Version),
            Here.Membership, cancellationToken);
        switch (result.Outcome)
        {
            case Asks.Outcome.NotFound:
                return NotFound();
            case Asks.Outcome.NotAllowed:
                return Forbid();
            case Asks.Outcome.Invalid:
                ModelState.AddProblems(result.Problems, nameof(Input), field => field == nameof(Asks.Update.OwnerMembershipId) ? "Input.Owner" : null);
                return Page();
            case Asks.Outcome.ChangedMeanwhile:
                // What they chose stays in the form; the version moves on, so sending it again
                // (having read the other change) saves it.
                var names = await ledger.NamesAsync(Community.Id, [result.Meanwhile!.Decision.ById], cancellationToken);
                Meanwhile = AskRules.ChangedMeanwhile(result.Meanwhile, names);
                ModelState.Remove("Input.Version");
                Input.Version = Line.Ask.Version;
                return Page();
            case Asks.Outcome.Unchanged:
                TempData.Notify("Nothing was changed.");
                break;
            default:
                TempData.Notify(Input.Status == AskStatus.NotUpheld
                    ? "Saved. It goes on the next session's running order, to be acknowledged there."
                    : "Saved.");
                break;
        }

        return RedirectToPage();
    }

    private static InputModel FromAsk(Ask ask) => new()
    {
        Status = ask.Status,
        Owner = Owners.Choice(ask.OwnerMembershipId, ask.OwnerSubGroupId),
        DueOn = ask.DueOn is { } due ? AskRules.Due(due) : null,
        Version = ask.Version,
    };

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        if (await ledger.FindAsync(Community.Id, Id, Here.Membership, cancellationToken) is not { } line)
        {
            return false;
        }

        Line = line;
        var subGroups = Here.Membership is { } m ? await asks.SubGroupsOfAsync(m.Id, cancellationToken) : [];
        MayChange = AskRules.MayChange(line.Ask, Here.Membership, subGroups);
        Names = await ledger.NamesAsync(Community.Id, line.Ask.Changes.Select(c => c.Decision.ById), cancellationToken);
        if (MayChange)
        {
            OwnerOptions = await Owners.OptionsAsync(db, Community.Id, line.Ask.OwnerMembershipId, cancellationToken);
        }

        return true;
    }
}
