using Microsoft.AspNetCore.Mvc;
using Roundtable.Core.Communities;
using Roundtable.Core.Resources;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Resources;

// The resources tagged to one session or theme, drawn on that session's or theme's page for members.
public class TaggedResourcesViewComponent(CommunityResources resources) : ViewComponent
{
    public sealed record Tagged(string Slug, IReadOnlyList<ResourceView> Resources, string AddPath, string AllPath);

    public async Task<IViewComponentResult> InvokeAsync(CurrentCommunity.Place here, Guid? sessionId, Guid? themeId)
    {
        var visitor = new ResourceVisitor(UserClaimsPrincipal.PersonId()!.Value, here.Membership, here.Allows(CommunityRole.CoLead));
        var list = await resources.ListAsync(here.Community.Id, visitor, new ResourceFilter(null, sessionId, themeId), HttpContext.RequestAborted);
        var slug = here.Community.Slug;
        var add = ResourceWords.NewPath(slug, Core.Data.Entities.ResourceKind.Link) + (sessionId is { } s ? $"&session={s}" : "");
        var all = ResourceWords.ListPath(slug) + (sessionId is { } f ? $"?session={f}" : themeId is { } t ? $"?theme={t}" : "");
        return View("/Pages/Communities/Resources/_Tagged.cshtml", new Tagged(slug, list, add, all));
    }
}
