using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core;
using Roundtable.Core.Communities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities;

public class NewModel(CommunityFounding founding) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Name { get; set; }

        public string? Slug { get; set; }

        public string? Purpose { get; set; }

        public string? Region { get; set; }

        public string? Contact { get; set; }

        public CommunityVisibility Visibility { get; set; } = CommunityVisibility.Listed;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new CommunityFounding.Request(Input.Name, Input.Slug, Input.Purpose, Input.Region, Input.Contact, Input.Visibility);
        if (!ModelState.IsValid)
        {
            // A value this page could not read: say what else is wrong too, and save nothing.
            var problems = new Problems();
            request.Read(problems);
            AddProblems(problems);
            return Page();
        }

        var result = await founding.FoundAsync(request, User.PersonId()!.Value, cancellationToken);
        switch (result.Outcome)
        {
            case CommunityFounding.Outcome.Invalid:
                AddProblems(result.Problems);
                return Page();
            case CommunityFounding.Outcome.SlugTaken:
                ModelState.AddModelError("Input.Slug", result.Refusal!);
                return Page();
        }

        TempData.Notify("Your community has been created, and you are its first co-lead. Next, invite your fellow co-lead and shape your charter together.");
        return RedirectToPage("Community", new { slug = result.Community!.Slug });
    }

    private void AddProblems(IEnumerable<Problem> problems)
    {
        var said = ModelState.Said();
        ModelState.AddProblems(problems, "Input", field => said.Contains($"Input.{field}") ? "" : null);
    }
}
