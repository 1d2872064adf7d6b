using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Resources;
using Roundtable.Web.Security;
using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Pages.Communities.Resources;

// The community's resource list, filtered by kind, session and theme, with the links shared in
// imported chats that are not on it yet, each a click from being added.
public class IndexModel(CurrentCommunity current, CommunityResources resources) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public ResourceKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Session { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Theme { get; set; }

    public Community Community { get; private set; } = null!;

    public ResourceVisitor Visitor { get; private set; } = null!;

    public IReadOnlyList<ResourceView> Resources { get; private set; } = [];

    public IReadOnlyList<ChatLink> ChatLinks { get; private set; } = [];

    public IReadOnlyList<TaggedSession> Sessions { get; private set; } = [];

    public IReadOnlyList<TaggedTheme> Themes { get; private set; } = [];

    public bool Filtered => Kind is not null || Session is not null || Theme is not null;

    public IReadOnlyList<SelectOption> KindOptions =>
        [new("", "All kinds"), .. Enum.GetValues<ResourceKind>().Select(k => new SelectOption(k.ToString(), ResourceWords.KindName(k) + "s"))];

    public IReadOnlyList<SelectOption> SessionOptions =>
        [new("", "All sessions"), .. Sessions.Select(s => new SelectOption(s.Id.ToString(), ResourceWords.SessionName(s)))];

    public IReadOnlyList<SelectOption> ThemeOptions =>
        [new("", "All themes"), .. Themes.Select(t => new SelectOption(t.Id.ToString(), t.Title))];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        Visitor = Visit(here, User);
        (Sessions, Themes) = await resources.TagChoicesAsync(Community.Id, Visitor, cancellationToken);
        Resources = await resources.ListAsync(Community.Id, Visitor, new ResourceFilter(Kind, Session, Theme), cancellationToken);
        ChatLinks = await resources.ChatLinksAsync(Community.Id, Visitor, cancellationToken);
    }

    public static ResourceVisitor Visit(CurrentCommunity.Place here, System.Security.Claims.ClaimsPrincipal user) =>
        new(user.PersonId()!.Value, here.Membership, here.Allows(CommunityRole.CoLead));

    public string AddPath(ChatLink link) =>
        $"{ResourceWords.NewPath(Slug, ResourceKind.Link)}&url={Uri.EscapeDataString(link.Url)}&session={link.SharedIn.Id}";
}
