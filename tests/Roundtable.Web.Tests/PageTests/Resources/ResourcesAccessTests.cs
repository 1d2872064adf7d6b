using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Resources;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.Resources;

// Who may use each resource page, and who may not: members read, add and download; the adder and
// the co-leads change and remove; one tagged to a preparation meeting is "not found" outside the
// lived-expert group. Acts on the themes' places (a session and a preparation meeting).
[Collection(AccessTables.Name)]
public class ResourcesAccessTests(AccessFixture app) : AccessMatrix
{
    private static Task<(Guid Listed, Guid Preparation, Guid Hidden)>? planted;

    //                                                                     Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/resources", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/resources", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/resources/new?kind=file", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/resources/{resource}", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/resources/{resource}/file", [SignIn, 403, 200, 200, 200, 200, 200]),
        // Added by the member: theirs and the co-leads' to change.
        ("/communities/{listed}/resources/{resource}/edit", [SignIn, 403, 200, 403, 403, 200, 200]),
        ("/communities/{listed}/resources/{preparation}", [SignIn, 403, 404, 200, 404, 200, 404]),
        ("/communities/{listed}/resources/{preparation}/file", [SignIn, 403, 404, 200, 404, 200, 404]),
        ("/communities/{listed}/resources/{preparation}/edit", [SignIn, 403, 404, 200, 404, 200, 404]),
        ("/communities/{hidden}/resources/{hiddenResource}/file", [404, 404, 404, 404, 404, 404, 200]),
        // Another community's resource is not found through this one's address.
        ("/communities/{listed}/resources/{hiddenResource}", [SignIn, 403, 404, 404, 404, 404, 404]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    private Task<(Guid Listed, Guid Preparation, Guid Hidden)> PlantAsync() => planted ??= PlantFreshAsync();

    private async Task<(Guid Listed, Guid Preparation, Guid Hidden)> PlantFreshAsync()
    {
        var (listed, hidden) = (app.ThemePlaces.Listed, app.ThemePlaces.Hidden);
        var preparation = await app.WithDbAsync(db => db.Sessions.SingleAsync(s => s.CommunityId == listed.Id && s.Kind == SessionKind.PreparationMeeting));
        var member = app.PersonFor(Member);
        var livedExpert = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.CommunityId == listed.Id && m.PersonId == app.PersonFor(LivedExpert).Id));
        var file = new NewFile("leaflet.pdf", ResourcesTestData.Pdf);
        var one = await app.AddAsync(listed, member, new ResourceInput(ResourceKind.File, "Leaflet", null, null, File: file));
        var secret = await app.AddAsync(listed, app.PersonFor(LivedExpert), new ResourceInput(ResourceKind.File, "Our own notes", null, null, SessionIds: [preparation.Id], File: file), livedExpert);
        var other = await app.AddAsync(hidden, app.PersonFor(Visitor.Admin), new ResourceInput(ResourceKind.File, "Hidden leaflet", null, null, File: file), coLead: true);
        return (one.Id, secret.Id, other.Id);
    }

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var (listed, preparation, hidden) = await PlantAsync();
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(app.ThemePlaces, path)
            .Replace("{resource}", listed.ToString(), StringComparison.Ordinal)
            .Replace("{preparation}", preparation.ToString(), StringComparison.Ordinal)
            .Replace("{hiddenResource}", hidden.ToString(), StringComparison.Ordinal));

        AssertAnswered(response, expected);
    }

    [Theory]
    [InlineData(LivedExpert)]
    [InlineData(Facilitator)]
    public async Task Post_RemoveSomeoneElsesResource_IsForbiddenAndRemovesNothing(Visitor visitor)
    {
        var (listed, _, _) = await PlantAsync();
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.ThemePlaces.Listed.Slug}/resources/{listed}?handler=Remove");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Resources.AnyAsync(r => r.Id == listed)));
    }

    [Theory]
    [InlineData(Member, false)]
    [InlineData(LivedExpert, true)]
    [InlineData(CoLead, true)]
    public async Task Get_List_ShowsAPreparationMeetingsResourceOnlyInTheirSpace(Visitor visitor, bool seesIt)
    {
        await PlantAsync();
        var browser = await app.BrowserAsAsync(visitor);

        var page = await browser.GetDocumentAsync($"/communities/{app.ThemePlaces.Listed.Slug}/resources");

        var titles = page.QuerySelectorAll("#resources h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Leaflet", titles);
        Assert.Equal(seesIt, titles.Contains("Our own notes"));
    }
}
