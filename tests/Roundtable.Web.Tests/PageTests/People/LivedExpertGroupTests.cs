using Roundtable.Core.Communities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.People;

[Collection(SharedApps.People)]
public class LivedExpertGroupTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_LivedExpertGroup_ListsTheGroupAsEachChoseToBeNamed()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg", livedExpertGroup: true);
        var (sam, _) = await app.MemberAsync(community, "Sam Quiet", livedExpertGroup: true);
        await app.ChangeMembershipAsync(community, sam, m => m.Naming = Naming.NotNamed);
        await app.MemberAsync(community, "Olu Outside");
        var (former, _) = await app.MemberAsync(community, "Fred Former", livedExpertGroup: true);
        await app.ChangeMembershipAsync(community, former, m => m.LeftAt = app.Clock.GetUtcNow());

        var page = await browser.GetDocumentAsync($"/communities/{community.Slug}/lived-expert-group");

        Assert.Equal("The lived-expert group", page.Heading());
        Assert.Equal(["Nadia", MemberNames.NotNamed], page.QuerySelectorAll("#group-members li").Select(li => li.TextContent.Trim()));
        Assert.Contains("shape the agenda for the next session", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main .nhsuk-inset-text"));
    }

    [Fact]
    public async Task Get_LivedExpertGroup_AsACoLeadOutsideTheGroup_SaysWhyTheyCanSeeIt()
    {
        var community = await app.CreateCommunityAsync();
        var (_, coLead) = await app.MemberAsync(community, "Cora Lead", CommunityRole.CoLead);

        var page = await coLead.GetDocumentAsync($"/communities/{community.Slug}/lived-expert-group");

        Assert.Contains("because you are a co-lead", page.QuerySelector("main .nhsuk-inset-text")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nobody is in the group yet.", page.QuerySelector("main h2 + p")?.TextContent);
    }
}
