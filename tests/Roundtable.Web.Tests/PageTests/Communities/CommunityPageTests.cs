using Roundtable.Core.Communities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Communities;

public class CommunityPageTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    [Fact]
    public async Task Get_Community_ShowsItsPurposeAndBothCoLeadsEqually()
    {
        var community = await app.CreateCommunityAsync();
        await app.JoinAsync(community, await app.CreatePersonAsync("Lived Lead"), CommunityRole.CoLead, livedExpertGroup: true);
        await app.JoinAsync(community, await app.CreatePersonAsync("Staff Lead"), CommunityRole.CoLead);
        await app.JoinAsync(community, await app.CreatePersonAsync("Plain Member"));

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}");

        Assert.Equal(community.Name, page.Heading());
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(community.Purpose, text, StringComparison.Ordinal);
        Assert.Contains("Co-led by Lived Lead and Staff Lead.", text, StringComparison.Ordinal);
        Assert.Contains("3 people belong to this community.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Plain Member", text, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"a[href='/communities/{community.Slug}/settings']"));
    }

    [Fact]
    public async Task Get_Community_AsCoLead_OffersTheSettings()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.CreatePersonAsync("Lead");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead, livedExpertGroup: true);

        var page = await (await app.BrowserForAsync(coLead)).GetDocumentAsync($"/communities/{community.Slug}");

        Assert.NotNull(page.QuerySelector($"a[href='/communities/{community.Slug}/settings']"));
        Assert.Contains("You are a co-lead of this community, and part of its lived-expert group.",
            page.QuerySelector(".nhsuk-inset-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Home_AsMember_ShowsTheirCommunitiesFirstWithTheirRole()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync();
        await app.JoinAsync(community, member, CommunityRole.Facilitator);

        var page = await (await app.BrowserForAsync(member)).GetDocumentAsync("/");

        var yours = page.QuerySelector("main h2")!;
        Assert.Equal("Your communities", yours.TextContent.Trim());
        var card = page.QuerySelector($"a[href='/communities/{community.Slug}']")!.Closest(".nhsuk-card")!;
        Assert.Contains("You are a facilitator", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Home_NotSignedIn_SetsNoCookies()
    {
        await app.CreateCommunityAsync();

        using var response = await app.CreateBrowser().GetAsync("/");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
    }

    [Fact]
    public async Task Get_HiddenCommunity_AfterLeavingIt_IsNotFoundAndNotListed()
    {
        var community = await app.CreateCommunityAsync(CommunityVisibility.InvitationOnly);
        var former = await app.CreatePersonAsync("Former Member");
        await app.JoinAsync(community, former, CommunityRole.CoLead);
        await app.WithDbAsync(async db =>
        {
            var membership = db.Memberships.Single(m => m.PersonId == former.Id);
            membership.LeftAt = app.Clock.GetUtcNow();
            return await db.SaveChangesAsync();
        });
        var browser = await app.BrowserForAsync(former);

        using var page = await browser.GetAsync($"/communities/{community.Slug}");
        var home = await browser.GetDocumentAsync("/");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.StatusCode);
        Assert.Null(home.QuerySelector($"a[href='/communities/{community.Slug}']"));
    }
}
