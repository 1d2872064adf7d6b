using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Members;

[Collection(SharedApps.People)]
public class ManageTests(RoundtableApp app)
{
    private static string Manage(Roundtable.Core.Data.Entities.Community community, string query = "") =>
        $"/communities/{community.Slug}/members/manage{query}";

    [Fact]
    public async Task Get_Manage_ListsActiveMembersWithNameEmailRoleAndGroupAndSaysWhy()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var member = await app.CreatePersonAsync("Morgan Member");
        var former = await app.CreatePersonAsync("Frankie Former");
        await app.JoinAsync(community, member, CommunityRole.Facilitator, livedExpertGroup: true);
        await app.JoinAsync(community, former);
        await app.UpdateMembershipAsync(community, member, m => m.Naming = Naming.NotNamed);
        await app.UpdateMembershipAsync(community, former, m => m.LeftAt = app.Clock.GetUtcNow());
        await app.AskToJoinAsync(community, await app.CreatePersonAsync("Asking"));

        var page = await browser.GetDocumentAsync(Manage(community));

        Assert.Equal("Manage members", page.Heading());
        var rows = page.QuerySelectorAll("#members tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Take(4).Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains($"Morgan Member | {member.Email} | Facilitator | Yes", rows);
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain("Frankie Former", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("so you can tell who is who", page.QuerySelector("main .nhsuk-inset-text")!.TextContent, StringComparison.Ordinal);
        var requests = page.QuerySelector($"a[href='/communities/{community.Slug}/members/requests']")!;
        Assert.Contains("(1 waiting)", requests.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Role_ChangesItAndSaysSo()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var member = await app.CreatePersonAsync("Robin Member");
        await app.JoinAsync(community, member);
        var id = (await app.MembershipAsync(community, member))!.Id;

        using var response = await browser.SubmitAsync(Manage(community, $"?member={id}"), new Dictionary<string, string> { ["Role"] = "Facilitator" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Robin Member is now a facilitator.", page.Notice());
        Assert.Equal(CommunityRole.Facilitator, (await app.MembershipAsync(community, member))!.Role);
    }

    [Fact]
    public async Task Post_Role_DemotingTheOnlyCoLead_IsRefusedClearly()
    {
        var (community, coLead, browser) = await app.CommunityWithCoLeadAsync();
        var id = (await app.MembershipAsync(community, coLead))!.Id;

        using var response = await browser.SubmitAsync(Manage(community, $"?member={id}"), new Dictionary<string, string> { ["Role"] = "Member" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        const string expected = "You are the only co-lead, so you cannot stop being a co-lead. Make someone else a co-lead first.";
        Assert.Equal(expected, page.ErrorFor("Role"));
        Assert.Equal([expected], page.ErrorSummary());
        Assert.Equal(CommunityRole.CoLead, (await app.MembershipAsync(community, coLead))!.Role);
    }

    [Fact]
    public async Task Post_Role_StepDownWhenThereIsAnotherCoLead_WorksAndLeavesThePage()
    {
        var (community, coLead, browser) = await app.CommunityWithCoLeadAsync();
        await app.JoinAsync(community, await app.CreatePersonAsync("Other Lead"), CommunityRole.CoLead);
        var id = (await app.MembershipAsync(community, coLead))!.Id;

        using var response = await browser.SubmitAsync(Manage(community, $"?member={id}"), new Dictionary<string, string> { ["Role"] = "Member" });

        Assert.Equal($"/communities/{community.Slug}", response.Headers.Location?.OriginalString);
        Assert.Equal(CommunityRole.Member, (await app.MembershipAsync(community, coLead))!.Role);
    }

    [Fact]
    public async Task Post_TwoCoLeadsDemotingEachOtherAtOnce_OneCoLeadRemains()
    {
        var (community, first, firstBrowser) = await app.CommunityWithCoLeadAsync();
        var second = await app.CreatePersonAsync("Second Lead");
        await app.JoinAsync(community, second, CommunityRole.CoLead);
        var secondBrowser = await app.BrowserForAsync(second);
        var firstForm = (await firstBrowser.GetDocumentAsync(Manage(community, $"?member={(await app.MembershipAsync(community, second))!.Id}"))).Form();
        var secondForm = (await secondBrowser.GetDocumentAsync(Manage(community, $"?member={(await app.MembershipAsync(community, first))!.Id}"))).Form();
        var demote = new Dictionary<string, string> { ["Role"] = "Member" };

        var responses = await Task.WhenAll(firstBrowser.SubmitAsync(firstForm, demote), secondBrowser.SubmitAsync(secondForm, demote));

        var coLeads = await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.CommunityId == community.Id && m.Role == CommunityRole.CoLead));
        Assert.Equal(1, coLeads);
        // The other is refused: by the rule, or because by then they are no longer a co-lead.
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Post_Group_AddsAndTakesOut()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var member = await app.CreatePersonAsync("Gale Group");
        await app.JoinAsync(community, member);
        var url = Manage(community, $"?member={(await app.MembershipAsync(community, member))!.Id}");
        const string groupForm = "main form[action*='handler=Group']";

        using var added = await browser.SubmitAsync(url, selector: groupForm);
        var afterAdding = await browser.GetDocumentAsync(added.Headers.Location!.OriginalString);
        var inGroup = (await app.MembershipAsync(community, member))!.InLivedExpertGroup;
        using var takenOut = await browser.SubmitAsync(url, selector: groupForm);

        Assert.True(inGroup);
        Assert.Equal("Gale Group is now in the lived-expert group.", afterAdding.Notice());
        Assert.False((await app.MembershipAsync(community, member))!.InLivedExpertGroup);
    }

    [Fact]
    public async Task Post_Remove_AfterConfirming_EndsTheirMembershipAndTheirAccessNeedsAndSubGroups()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var member = await app.CreatePersonAsync("Remy Removed");
        await app.JoinAsync(community, member);
        await app.UpdateMembershipAsync(community, member, m =>
        {
            m.AccessNeeds = AccessNeeds.Captions | AccessNeeds.Breaks;
            m.OtherAccessNeeds = "A quiet room";
            m.QuoteConsent = QuoteConsent.ByRole;
        });
        var id = (await app.MembershipAsync(community, member))!.Id;
        await app.AddToSubGroupAsync(community, id);

        var confirm = await browser.GetDocumentAsync(Manage(community, $"?remove={id}"));
        using var response = await browser.SubmitAsync(confirm.Form());

        Assert.Equal($"Remove Remy Removed from {community.Name}?", confirm.Heading());
        var page = await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Remy Removed has been removed from this community.", page.Notice());
        var membership = (await app.MembershipAsync(community, member))!;
        Assert.NotNull(membership.LeftAt);
        Assert.Equal(AccessNeeds.None, membership.AccessNeeds);
        Assert.Null(membership.OtherAccessNeeds);
        Assert.Equal(QuoteConsent.ByRole, membership.QuoteConsent);
        Assert.Equal(0, await app.WithDbAsync(db => db.SubGroupMembers.CountAsync(s => s.MembershipId == id)));
    }

    [Fact]
    public async Task Post_RemoveTwice_RemovesOnceAndSaysSoBothTimes()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var member = await app.CreatePersonAsync("Twice Removed");
        await app.JoinAsync(community, member);
        var id = (await app.MembershipAsync(community, member))!.Id;
        var form = (await browser.GetDocumentAsync(Manage(community, $"?remove={id}"))).Form();

        var removedAt = app.Clock.GetUtcNow();

        using var first = await browser.SubmitAsync(form);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var second = await browser.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var page = await browser.GetDocumentAsync(second.Headers.Location!.OriginalString);
        Assert.Equal("Twice Removed has been removed from this community.", page.Notice());
        Assert.Equal(removedAt, (await app.MembershipAsync(community, member))!.LeftAt);
    }

    [Fact]
    public async Task Post_Remove_TheOnlyCoLead_IsRefusedClearly()
    {
        var (community, coLead, browser) = await app.CommunityWithCoLeadAsync();
        var id = (await app.MembershipAsync(community, coLead))!.Id;

        using var response = await browser.SubmitAsync(Manage(community, $"?remove={id}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(["You are the only co-lead, so you cannot leave. Make someone else a co-lead first."], page.ErrorSummary());
        Assert.Null((await app.MembershipAsync(community, coLead))!.LeftAt);
    }

    [Fact]
    public async Task Post_Remove_AnotherCoLeadWhileTheyAreTheOnlyOne_IsRefused()
    {
        var (community, _, _) = await app.CommunityWithCoLeadAsync();
        var admin = await app.CreatePersonAsync("Site Admin");
        await app.MakeSiteAdminAsync(admin);
        var browser = await app.BrowserForAsync(admin);
        var coLeadId = await app.WithDbAsync(db => db.Memberships.Where(m => m.CommunityId == community.Id).Select(m => m.Id).SingleAsync());

        using var response = await browser.SubmitAsync(Manage(community, $"?remove={coLeadId}"));

        var page = await response.ToDocumentAsync();
        Assert.Equal(["Casey Lead is the only co-lead, so they cannot leave. Make someone else a co-lead first."], page.ErrorSummary());
    }

    [Fact]
    public async Task Post_Role_ForAMemberOfAnotherCommunity_IsNotFoundAndChangesNothing()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var (other, _, _) = await app.CommunityWithCoLeadAsync();
        var outsider = await app.CreatePersonAsync("Other Community Member");
        await app.JoinAsync(other, outsider);
        var id = (await app.MembershipAsync(other, outsider))!.Id;

        using var role = await browser.PostWithTokenAsync(
            Manage(community, "?handler=Role"), new Dictionary<string, string> { ["Member"] = id.ToString(), ["Role"] = "CoLead" });
        using var remove = await browser.PostWithTokenAsync(
            Manage(community, "?handler=Remove"), new Dictionary<string, string> { ["Remove"] = id.ToString() });
        using var page = await browser.GetAsync(Manage(community, $"?member={id}"));

        Assert.Equal(HttpStatusCode.NotFound, role.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var membership = (await app.MembershipAsync(other, outsider))!;
        Assert.Equal(CommunityRole.Member, membership.Role);
        Assert.Null(membership.LeftAt);
    }
}
