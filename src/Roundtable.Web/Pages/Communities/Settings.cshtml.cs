using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities;

public class SettingsModel(CurrentCommunity current, CommunitySettings settings) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    // Set when someone else saved while this person was editing: what they saved.
    public Community? SavedMeanwhile { get; private set; }

    public sealed class InputModel
    {
        public string? Name { get; set; }

        public string? Purpose { get; set; }

        public string? Region { get; set; }

        public string? Contact { get; set; }

        public CommunityVisibility Visibility { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Input = new InputModel
        {
            Name = Community.Name,
            Purpose = Community.Purpose,
            Region = Community.Region,
            Contact = Community.Contact,
            Visibility = Community.Visibility,
            Version = Community.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var change = new CommunitySettings.Change(Input.Name, Input.Purpose, Input.Region, Input.Contact, Input.Visibility, Input.Version);
        if (!ModelState.IsValid)
        {
            // A value this page could not read: say what else is wrong too, and save nothing.
            var problems = new Problems();
            CommunityAbout.Read(problems, change.Name, change.Purpose, change.Region, change.Contact, change.Visibility);
            AddProblems(problems);
            return Page();
        }

        var result = await settings.ChangeAsync(Community.Id, change, cancellationToken);
        switch (result.Outcome)
        {
            case CommunitySettings.Outcome.NotFound:
                return NotFound();
            case CommunitySettings.Outcome.Invalid:
                AddProblems(result.Problems);
                return Page();
            case CommunitySettings.Outcome.ChangedMeanwhile:
                SavedMeanwhile = result.Current;
                ModelState.AddModelError(string.Empty, $"{result.Refusal} Their version is shown below: check it, then save yours again.");
                ModelState.Remove("Input.Version");
                Input.Version = result.Current!.Version;
                return Page();
        }

        TempData.Notify("The community's details have been saved.");
        return RedirectToPage("Community", new { slug = Community.Slug });
    }

    private void AddProblems(IEnumerable<Problem> problems)
    {
        var said = ModelState.Said();
        ModelState.AddProblems(problems, "Input", field => said.Contains($"Input.{field}") ? "" : null);
    }
}
