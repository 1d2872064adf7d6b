using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

// "Who should be here?" for co-leads: how many current members hold each identity (counts, never
// names), the charter's priorities first, and the list of options members choose from.
public class WhoShouldBeHereModel(CurrentCommunity current, RoundtableDb db, CommunityIdentities identities) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public NewOption Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    public WhoShouldBeHere.Mix Mix { get; private set; } = null!;

    public IReadOnlyList<IdentityOption> Options { get; private set; } = [];

    public sealed class NewOption
    {
        public string? Name { get; set; }

        public IdentityKind? Kind { get; set; }

        public bool IsPriority { get; set; }

        // The new option's id, chosen when the form is shown, so a second click adds nothing.
        public Guid Key { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new NewOption { Key = Guid.CreateVersion7() };
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var name = ModelState.Required("Input.Name", Input.Name, "Enter the name of the option", "Name", IdentityOption.NameMaxLength);
        if (ModelState.TryGetValue("Input.Kind", out var kindEntry) && kindEntry.Errors.Count > 0)
        {
            kindEntry.Errors.Clear();
            Input.Kind = null;
        }

        if (Input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError("Input.Kind", "Choose what kind of identity it is");
        }
        else if (name is not null &&
                 await identities.AddAsync(Community.Id, Input.Key, name, kind, Input.IsPriority, cancellationToken) == CommunityIdentities.Added.NameTaken)
        {
            ModelState.AddModelError("Input.Name", $"There is already an option called ‘{name}’");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData.Notify($"‘{name}’ has been added to the options.");
        return Back();
    }

    public Task<IActionResult> OnPostPriorityAsync(Guid optionId, bool priority, CancellationToken cancellationToken) =>
        ChangeAsync(optionId, option => identities.SetPriorityAsync(option, priority, cancellationToken),
            name => priority ? $"‘{name}’ is now a priority." : $"‘{name}’ is no longer a priority.", cancellationToken);

    public Task<IActionResult> OnPostRetireAsync(Guid optionId, CancellationToken cancellationToken) =>
        ChangeAsync(optionId, option => identities.RetireAsync(option, cancellationToken),
            name => $"‘{name}’ is no longer offered. Members who chose it keep it.", cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(Guid optionId, CancellationToken cancellationToken) =>
        ChangeAsync(optionId, option => identities.RestoreAsync(option, cancellationToken),
            name => $"‘{name}’ is offered again.", cancellationToken);

    public async Task<IActionResult> OnPostCharterPrioritiesAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        await identities.UseCharterPrioritiesAsync(Community.Id, cancellationToken);
        TempData.Notify("The charter's priorities are set.");
        return Back();
    }

    private async Task<IActionResult> ChangeAsync(Guid optionId, Func<IdentityOption, Task> change, Func<string, string> notice, CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await identities.FindAsync(Community.Id, optionId, cancellationToken) is not { } option)
        {
            return NotFound();
        }

        await change(option);
        TempData.Notify(notice(option.Name));
        return Back();
    }

    private RedirectToPageResult Back() => RedirectToPage("WhoShouldBeHere", new { slug = Community.Slug });

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Mix = await WhoShouldBeHere.CountAsync(db, Community.Id, cancellationToken);
        Options = await identities.AllAsync(Community.Id, cancellationToken);
    }
}
