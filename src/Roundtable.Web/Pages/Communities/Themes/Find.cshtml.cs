using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Themes;

// A co-lead finds a session's themes: for each contribution not yet in one, the likeliest
// existing themes to add it to, and groups of similar ones to make new themes of. They decide;
// each decision teaches the next suggestion, and what they ignore is not offered again.
public class FindModel(CurrentCommunity current, RoundtableDb db, ThemeSuggestions suggestions, ThemeDecisions decisions, CommunityThemes themes) : PageModel
{
    public virtual SessionKind Kind => SessionKind.Session;

    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    public Community Community { get; private set; } = null!;

    public Session Session { get; private set; } = null!;

    private Membership? Reader { get; set; }

    public SessionSuggestions Found { get; private set; } = null!;

    // A new theme's title as the co-lead typed it, by group, when it came back with a problem.
    public Dictionary<int, string?> TypedTitles { get; } = [];

    public static string TitleKey(int group) => $"Groups[{group}].Title";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(Guid themeId, Guid contributionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // Only a theme they may see: one heard only in preparation meetings is not there for a site admin outside the group.
        var theme = await themes.WhereNowAsync(Community.Id, themeId, cancellationToken);
        if (theme is null || (await themes.ReadAsync(Community.Id, Reader, cancellationToken)).Themes.All(t => t.Theme.Id != theme.Id))
        {
            return NotFound();
        }

        var result = await decisions.AssignAsync(Community.Id, themeId, [contributionId], User.PersonId()!.Value, cancellationToken);
        if (!result.Done)
        {
            return result.Outcome == ThemeOutcome.NotFound ? NotFound() : Again(result);
        }

        TempData.Notify($"Added to “{result.Theme!.Title}”.");
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostIgnoreAsync(Guid contributionId, Guid? themeId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!await decisions.IgnoreAsync(Community.Id, contributionId, themeId, User.PersonId()!.Value, cancellationToken))
        {
            return NotFound();
        }

        TempData.Notify("That suggestion will not be offered again.");
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostAcceptAsync(int group, string? title, List<Guid> members, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await decisions.CreateAsync(Community.Id, new ThemeDecisions.NewTheme(title, null, members), User.PersonId()!.Value, cancellationToken);
        if (!result.Done)
        {
            TypedTitles[group] = title;
            ModelState.AddProblems(result.Problems, "", field => field == "Title" ? TitleKey(group) : "");
            return Again(result);
        }

        TempData.Notify($"“{result.Theme!.Title}” is now a theme.");
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostIgnoreGroupAsync(List<Guid> members, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        foreach (var member in members)
        {
            await decisions.IgnoreAsync(Community.Id, member, null, User.PersonId()!.Value, cancellationToken);
        }

        TempData.Notify("That group will not be offered again.");
        return Redirect(Request.Path);
    }

    private PageResult Again(ThemeResult result)
    {
        if (result.Refusal is not null)
        {
            ModelState.AddModelError(string.Empty, result.Refusal);
        }

        foreach (var problem in result.Problems.Where(p => p.Field != "Title"))
        {
            ModelState.AddModelError(string.Empty, problem.Message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        (Community, Reader) = (here.Community, here.Membership);
        var session = await db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CommunityId == Community.Id && s.Kind == Kind && s.Number == Number, cancellationToken);
        if (session is null)
        {
            return false;
        }

        Session = session;
        Found = await suggestions.ForSessionAsync(Community.Id, session.Id, here.Membership, cancellationToken);
        return true;
    }
}
