using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Communities;

// What a community's page and a session's page show everyone in them is kept between requests
// (KeptReads): a member sees a change as soon as this app writes it, and one it could not see
// (another server, the admin command) within KeptReads.Lifetime.
public class KeptReadsPagesTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    [Fact]
    public async Task Get_CommunityAsMember_AfterSomeoneJoins_CountsThem()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync();
        await app.JoinAsync(community, member);
        var browser = await app.BrowserForAsync(member);
        var before = await browser.GetDocumentAsync($"/communities/{community.Slug}");

        await app.JoinAsync(community, await app.CreatePersonAsync());
        var after = await browser.GetDocumentAsync($"/communities/{community.Slug}");

        Assert.Contains("1 person is in this community.", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 people are in this community.", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SessionAsMember_AfterAnExecuteUpdate_ShowsTheChange()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync();
        await app.JoinAsync(community, member);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(10), topic: "The first topic");
        var path = $"/communities/{community.Slug}/sessions/{session.Number}";
        var browser = await app.BrowserForAsync(member);
        await browser.GetDocumentAsync(path);

        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Topic, "A topic chosen later")));
        var page = await browser.GetDocumentAsync(path);

        Assert.Contains("A topic chosen later", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CommunityAsMember_AfterAChangeThisAppDidNotMake_ShowsItWithinTheLifetime()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync();
        await app.JoinAsync(community, member, CommunityRole.CoLead);
        var browser = await app.BrowserForAsync(member);
        await browser.GetDocumentAsync($"/communities/{community.Slug}");
        // Another server's write: on the same database, not through this app's connections.
        await using (var elsewhere = new RoundtableDb(app.Database.Options()))
        {
            await elsewhere.Memberships.Where(m => m.CommunityId == community.Id && m.PersonId == member.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Role, CommunityRole.Member));
        }

        var soon = await browser.GetDocumentAsync($"/communities/{community.Slug}");
        app.Clock.Advance(KeptReads.Lifetime);
        var later = await browser.GetDocumentAsync($"/communities/{community.Slug}");

        Assert.DoesNotContain(NoCoLeads, soon.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(NoCoLeads, later.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private const string NoCoLeads = "This community has no co-leads yet.";
}
