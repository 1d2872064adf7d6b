using Roundtable.Core.Communities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Communities;

[Collection(SharedApps.Sessions)]
public class CommunityPageTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Community_ShowsItsPurposeAndBothCoLeadsEqually()
    {
        var community = await app.CreateCommunityAsync();
        await app.JoinAsync(community, await app.CreatePersonAsync("Asha Livedexperience"), CommunityRole.CoLead, livedExpertGroup: true);
        await app.JoinAsync(community, await app.CreatePersonAsync("Bram Professional"), CommunityRole.CoLead);
        await app.JoinAsync(community, await app.CreatePersonAsync("Plain Member"));

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}");

        Assert.Equal(community.Name, page.Heading());
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(community.Purpose, text, StringComparison.Ordinal);
        // Named as each chose (first name only unless they say otherwise), both alike.
        Assert.Contains("Co-led by Asha and Bram.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Livedexperience", text, StringComparison.Ordinal);
        Assert.Contains("3 people are in this community.", text, StringComparison.Ordinal);
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
        Assert.Contains("You are a co-lead of this community. You are in its lived-expert group.",
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

    [Fact]
    public async Task Get_Community_ShowsTheDiscussionPrinciples()
    {
        var community = await app.CreateCommunityAsync();

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}");

        var principles = page.QuerySelectorAll("main ol li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(6, principles.Count);
        Assert.Equal("Protect safety: Stepping back is always okay", principles[^1]);
    }

    [Theory]
    [InlineData(null, false, new[] { "/join" }, new[] { "/me", "/people", "/settings", "/access-needs", "/lived-expert-group" })]
    [InlineData(CommunityRole.Member, false, new[] { "/me", "/people", "/sub-groups", "/leave" }, new[] { "/settings", "/access-needs", "/lived-expert-group", "/join" })]
    [InlineData(CommunityRole.Member, true, new[] { "/lived-expert-group" }, new[] { "/access-needs", "/settings" })]
    [InlineData(CommunityRole.Facilitator, false, new[] { "/access-needs" }, new[] { "/lived-expert-group", "/settings" })]
    [InlineData(CommunityRole.CoLead, false, new[] { "/settings", "/members/invite", "/members/manage", "/who-should-be-here", "/lived-expert-group", "/access-needs" }, new[] { "/join" })]
    public async Task Get_Community_OffersWhatEachPersonMayUse(CommunityRole? role, bool livedExpertGroup, string[] offered, string[] notOffered)
    {
        var community = await app.CreateCommunityAsync();
        var person = await app.CreatePersonAsync();
        if (role is { } r)
        {
            await app.JoinAsync(community, person, r, livedExpertGroup);
        }

        var page = await (await app.BrowserForAsync(person)).GetDocumentAsync($"/communities/{community.Slug}");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href") ?? "").ToList();
        Assert.All(offered, path => Assert.Contains($"/communities/{community.Slug}{path}", links));
        Assert.All(notOffered, path => Assert.DoesNotContain($"/communities/{community.Slug}{path}", links));
    }

    [Fact]
    public async Task Get_Community_AsCoLead_ShowsWhatIsWaitingForThem()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.CreatePersonAsync();
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        var asker = await app.CreatePersonAsync();
        await app.WithDbAsync(async db =>
        {
            db.ToBeConfirmed.Add(new Roundtable.Core.Data.Entities.ToBeConfirmed
            {
                CommunityId = community.Id, SectionKey = "how-we-are-structured", Text = "Late item", ConfirmedWith = "the group",
                DueOn = app.Today.AddDays(-148), CreatedById = coLead.Id, CreatedAt = app.Clock.GetUtcNow(),
            });
            db.JoinRequests.Add(new Roundtable.Core.Data.Entities.JoinRequest { CommunityId = community.Id, PersonId = asker.Id, CreatedAt = app.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

        var coLeadPage = await (await app.BrowserForAsync(coLead)).GetDocumentAsync($"/communities/{community.Slug}");
        var askerPage = await (await app.BrowserForAsync(asker)).GetDocumentAsync($"/communities/{community.Slug}");

        var waiting = coLeadPage.QuerySelector(".nhsuk-card--warning")!.TextContent;
        Assert.Contains("1 charter item to be confirmed is past its date", waiting, StringComparison.Ordinal);
        Assert.Contains("1 request to join", waiting, StringComparison.Ordinal);
        Assert.Null(askerPage.QuerySelector(".nhsuk-card--warning"));
        Assert.Contains("You have asked to join", askerPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Community_ShowsCoLeadsWhoShouldBeHereInCountsOnly()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.CreatePersonAsync("Cora Lead");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        var gp = await app.CreatePersonAsync("Gita Practitioner");
        await app.JoinAsync(community, gp);
        await app.WithDbAsync(async db =>
        {
            var primaryCare = db.IdentityOptions.Single(o => o.CommunityId == community.Id && o.Name == "Staff: primary care");
            primaryCare.IsPriority = true;
            var membership = db.Memberships.Single(m => m.CommunityId == community.Id && m.PersonId == gp.Id);
            db.MemberIdentities.Add(new Roundtable.Core.Data.Entities.MemberIdentity { MembershipId = membership.Id, IdentityOptionId = primaryCare.Id });
            return await db.SaveChangesAsync();
        });

        var coLeadPage = await (await app.BrowserForAsync(coLead)).GetDocumentAsync($"/communities/{community.Slug}");
        var memberPage = await (await app.BrowserForAsync(gp)).GetDocumentAsync($"/communities/{community.Slug}");

        var summary = coLeadPage.GetElementById("priorities-summary")!.TextContent;
        Assert.Contains("Staff: primary care: 1", summary, StringComparison.Ordinal);
        Assert.Contains("Thin", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Gita", summary, StringComparison.Ordinal);
        Assert.Null(memberPage.GetElementById("priorities-summary"));
    }
}
