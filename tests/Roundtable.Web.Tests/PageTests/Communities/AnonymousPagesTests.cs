using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Communities;

// A community's page and its sessions' pages are kept whole for visitors who are not signed in
// (AnonymousPages): sent again without being made again, never to someone signed in, and
// forgotten the moment anything is written.
[Collection(SharedApps.Sessions)]
public class AnonymousPagesTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_CommunityTwiceNotSignedIn_SendsTheKeptPageTheSecondTime()
    {
        var community = await app.CreateCommunityAsync();
        using var first = await app.CreateBrowser().GetAsync($"/communities/{community.Slug}");

        using var second = await app.CreateBrowser().GetAsync($"/communities/{community.Slug}");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        // The output cache says how long it has kept a page it sends again.
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_CommunityAsMemberAfterAVisitorNotSignedIn_ShowsTheirOwnPlace()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync();
        await app.JoinAsync(community, member, CommunityRole.Facilitator);
        await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}");

        using var response = await (await app.BrowserForAsync(member)).GetAsync($"/communities/{community.Slug}");

        Assert.Null(response.Headers.Age);
        var page = await response.ToDocumentAsync();
        Assert.Contains("You are a facilitator of this community", page.QuerySelector(".nhsuk-inset-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CommunityNotSignedInAfterAMembersVisit_ShowsNothingOfTheirs()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync();
        await app.JoinAsync(community, member, CommunityRole.CoLead);
        await (await app.BrowserForAsync(member)).GetDocumentAsync($"/communities/{community.Slug}");

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}");

        Assert.Null(page.QuerySelector(".nhsuk-inset-text"));
        Assert.Null(page.QuerySelector($"a[href='/communities/{community.Slug}/settings']"));
        Assert.NotNull(page.QuerySelector($"a[href^='/sign-in']"));
    }

    [Fact]
    public async Task Get_CommunityNotSignedInAfterItsPurposeChanged_ShowsTheNewPurpose()
    {
        var community = await app.CreateCommunityAsync();
        await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}");
        await app.WithDbAsync(async db =>
        {
            var saved = await db.Communities.SingleAsync(c => c.Id == community.Id);
            saved.Purpose = "A purpose written after the page was kept.";
            return await db.SaveChangesAsync();
        });

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}");

        Assert.Equal("A purpose written after the page was kept.", page.QuerySelector(".nhsuk-lede-text")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_CommunityNotSignedInAfterItWasHidden_IsNotFound()
    {
        var community = await app.CreateCommunityAsync();
        await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}");
        await app.WithDbAsync(db => db.Communities.Where(c => c.Id == community.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Visibility, CommunityVisibility.InvitationOnly)));

        using var response = await app.CreateBrowser().GetAsync($"/communities/{community.Slug}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // Several use cases change sessions with ExecuteUpdate, which no SaveChanges sees.
    [Fact]
    public async Task Get_SessionNotSignedInAfterAnExecuteUpdate_ShowsTheChange()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(10), topic: "The first topic");
        var path = $"/communities/{community.Slug}/sessions/{session.Number}";
        await app.CreateBrowser().GetDocumentAsync(path);
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Topic, "A topic chosen later")));

        var page = await app.CreateBrowser().GetDocumentAsync(path);

        Assert.Contains("A topic chosen later", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("The first topic", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
