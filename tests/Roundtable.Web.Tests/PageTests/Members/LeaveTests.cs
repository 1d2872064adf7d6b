using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Members;

[Collection(SharedApps.People)]
public class LeaveTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Leave_ExplainsPlainlyWhatLeavingDoes()
    {
        var (community, _, _) = await app.CommunityWithCoLeadAsync();
        var member = await app.CreatePersonAsync("Lee Leaver");
        await app.JoinAsync(community, member);
        await app.UpdateMembershipAsync(community, member, m => m.QuoteConsent = QuoteConsent.ByRole);

        var page = await (await app.BrowserForAsync(member)).GetDocumentAsync($"/communities/{community.Slug}/leave");

        Assert.Equal($"Leave {community.Name}", page.Heading());
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("you stop being a member straight away", text, StringComparison.Ordinal);
        Assert.Contains("the access needs you told us about are deleted", text, StringComparison.Ordinal);
        Assert.Contains("you are shown as \"Lee\"", text, StringComparison.Ordinal);
        Assert.Contains("you may be quoted by your role, never your name", text, StringComparison.Ordinal);
        Assert.Contains("you can ask to join again, or be invited back, later", text, StringComparison.Ordinal);
        Assert.Equal($"Leave {community.Name}", page.QuerySelector("main form button")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_Leave_InOneClick_KeepsNamingAndConsentAndDeletesAccessNeedsAndSubGroups()
    {
        var (community, _, _) = await app.CommunityWithCoLeadAsync(CommunityVisibility.InvitationOnly);
        var member = await app.CreatePersonAsync("Lou Leaving");
        await app.JoinAsync(community, member, CommunityRole.Facilitator, livedExpertGroup: true);
        await app.UpdateMembershipAsync(community, member, m =>
        {
            m.Naming = Naming.RoleOnly;
            m.JobRole = "Advocate";
            m.ContactConsent = true;
            m.QuoteConsent = QuoteConsent.ByName;
            m.PhotoConsent = true;
            m.AccessNeeds = AccessNeeds.EasyRead | AccessNeeds.QuietSpace;
            m.OtherAccessNeeds = "Slides a day before";
        });
        var membership = (await app.MembershipAsync(community, member))!;
        await app.AddToSubGroupAsync(community, membership.Id);
        var browser = await app.BrowserForAsync(member);

        using var response = await browser.SubmitAsync($"/communities/{community.Slug}/leave");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await browser.GetDocumentAsync("/");
        Assert.Equal($"You have left {community.Name}.", home.Notice());
        var left = (await app.MembershipAsync(community, member))!;
        Assert.Equal(membership.Id, left.Id);
        Assert.Equal(app.Clock.GetUtcNow(), left.LeftAt);
        Assert.Equal(AccessNeeds.None, left.AccessNeeds);
        Assert.Null(left.OtherAccessNeeds);
        Assert.Equal(Naming.RoleOnly, left.Naming);
        Assert.Equal("Advocate", left.JobRole);
        Assert.True(left.ContactConsent);
        Assert.Equal(QuoteConsent.ByName, left.QuoteConsent);
        Assert.True(left.PhotoConsent);
        Assert.Equal(0, await app.WithDbAsync(db => db.SubGroupMembers.CountAsync(s => s.MembershipId == membership.Id)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/leave")]
    [InlineData("/members/manage")]
    [InlineData("/join")]
    public async Task Get_InvitationOnlyCommunityAfterLeaving_IsNotFound(string page)
    {
        var (community, _, _) = await app.CommunityWithCoLeadAsync(CommunityVisibility.InvitationOnly);
        var member = await app.CreatePersonAsync("Gone Now");
        await app.JoinAsync(community, member, CommunityRole.CoLead);
        await app.JoinAsync(community, await app.CreatePersonAsync("Staying Lead"), CommunityRole.CoLead);
        var browser = await app.BrowserForAsync(member);
        using (await browser.SubmitAsync($"/communities/{community.Slug}/leave"))
        {
        }

        using var response = await browser.GetAsync($"/communities/{community.Slug}{page}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Leave_TheOnlyCoLead_IsToldWhyAndOfferedNoButton()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();

        var page = await browser.GetDocumentAsync($"/communities/{community.Slug}/leave");

        Assert.Contains("You are the only co-lead, so you cannot leave yet.", page.GetElementById("only-co-lead")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Post_Leave_TheOnlyCoLead_IsRefusedClearly()
    {
        var (community, coLead, browser) = await app.CommunityWithCoLeadAsync();

        using var response = await browser.PostWithTokenAsync($"/communities/{community.Slug}/leave", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(
            ["You are the only co-lead, so you cannot leave yet. Make someone else a co-lead first, so the community is still looked after."],
            page.ErrorSummary());
        Assert.Null((await app.MembershipAsync(community, coLead))!.LeftAt);
    }

    [Fact]
    public async Task Post_LeaveTwice_TheSecondChangesNothing()
    {
        var (community, _, _) = await app.CommunityWithCoLeadAsync();
        var member = await app.CreatePersonAsync();
        await app.JoinAsync(community, member);
        var browser = await app.BrowserForAsync(member);
        var form = (await browser.GetDocumentAsync($"/communities/{community.Slug}/leave")).Form();
        var leftAt = app.Clock.GetUtcNow();

        using var first = await browser.SubmitAsync(form);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var second = await browser.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        // No longer a member, so the page itself is closed to them.
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Equal(leftAt, (await app.MembershipAsync(community, member))!.LeftAt);
    }

    [Fact]
    public async Task Get_Leave_SiteAdminWhoIsNotAMember_IsToldThereIsNothingToLeave()
    {
        var (community, _, _) = await app.CommunityWithCoLeadAsync();
        var admin = await app.CreatePersonAsync("Admin Person");
        await app.MakeSiteAdminAsync(admin);

        var page = await (await app.BrowserForAsync(admin)).GetDocumentAsync($"/communities/{community.Slug}/leave");

        Assert.Equal($"You are not a member of {community.Name}", page.Heading());
        Assert.Null(page.QuerySelector("main form"));
    }
}
