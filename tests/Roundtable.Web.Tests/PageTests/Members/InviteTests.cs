using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Roundtable.Core.Communities;
using Roundtable.Core.Security;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Members;

public class InviteTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    private static Dictionary<string, string> Invite(string email, string role = "Member", bool group = false, string note = "")
    {
        var fields = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Role"] = role, ["Input.Note"] = note };
        if (group)
        {
            fields["Input.InLivedExpertGroup"] = "true";
        }

        return fields;
    }

    [Fact]
    public async Task Post_NewAddress_EmailsALinkThatExpiresInFourteenDaysAndSaysSo()
    {
        var (community, coLead, browser) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();

        using var response = await browser.SubmitAsync(
            $"/communities/{community.Slug}/members/invite",
            Invite($"  {email.ToUpperInvariant()} ", "Facilitator", group: true, note: "We would love your view on the transitions work."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/communities/{community.Slug}/members/manage", response.Headers.Location?.OriginalString);
        var manage = await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal($"Invitation sent to {email}.", manage.Notice());
        Assert.Contains(email, manage.GetElementById("invitations")!.TextContent, StringComparison.Ordinal);

        var message = Assert.Single(await app.MessagesToAsync(email));
        Assert.Equal($"You are invited to join {community.Name}", message.Subject);
        Assert.Contains("Casey has invited you", message.Body, StringComparison.Ordinal);
        Assert.Contains("as a facilitator", message.Body, StringComparison.Ordinal);
        Assert.Contains("We would love your view on the transitions work.", message.Body, StringComparison.Ordinal);
        var link = await app.LatestInvitationLinkAsync(email);
        var token = link["/invitations/".Length..];

        var invitation = Assert.Single(await app.InvitationsToAsync(community, email));
        Assert.Equal(SecretToken.Hash(token), invitation.TokenHash);
        Assert.Equal(CommunityRole.Facilitator, invitation.Role);
        Assert.True(invitation.InLivedExpertGroup);
        Assert.Equal(coLead.Id, invitation.InvitedById);
        Assert.Equal(app.Clock.GetUtcNow().AddDays(14), invitation.ExpiresAt);
    }

    [Theory]
    [InlineData("", "Enter the email address of the person you are inviting")]
    [InlineData("  ", "Enter the email address of the person you are inviting")]
    [InlineData("not-an-email", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("two@@example.org", "Enter an email address in the correct format, like name@example.com")]
    public async Task Post_BadEmail_ShowsTheProblemByTheFieldAndSendsNothing(string typed, string expected)
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();

        using var response = await browser.SubmitAsync(
            $"/communities/{community.Slug}/members/invite", Invite(typed, "CoLead", note: "Kept note"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(expected, page.ErrorFor("Input_Email"));
        Assert.Equal([expected], page.ErrorSummary());
        Assert.Equal("Kept note", page.GetElementById("Input_Note")?.TextContent.Trim());
        Assert.True(page.QuerySelector("input[name='Input.Role'][value='CoLead']")?.HasAttribute("checked"));
        Assert.Empty(await app.WithDbAsync(db => Task.FromResult(db.Invitations.Where(i => i.CommunityId == community.Id).ToList())));
    }

    [Fact]
    public async Task Post_OverlongEmailAndNote_SaysBothLimits()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var note = new string('n', 1001);

        using var response = await browser.SubmitAsync(
            $"/communities/{community.Slug}/members/invite", Invite(new string('a', 250) + "@example.org", note: note));

        var page = await response.ToDocumentAsync();
        Assert.Equal("Email address must be 254 characters or fewer", page.ErrorFor("Input_Email"));
        Assert.Equal("Your note must be 1000 characters or fewer (you have 1001)", page.ErrorFor("Input_Note"));
        Assert.Equal(note, page.GetElementById("Input_Note")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_NoRoleChosen_AsksForOne()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var fields = Invite(MembersTestData.UniqueEmail());
        fields.Remove("Input.Role");
        var form = (await browser.GetDocumentAsync($"/communities/{community.Slug}/members/invite")).Form();
        form.QuerySelector<IHtmlInputElement>("input[name='Input.Role'][value='Member']")!.IsChecked = false;

        using var response = await browser.SubmitAsync(form, fields);

        var page = await response.ToDocumentAsync();
        Assert.Equal("Choose the role they will have", page.ErrorFor("Input_Role"));
    }

    [Fact]
    public async Task Post_AddressOfAnActiveMember_IsRefusedByTheField()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var member = await app.CreatePersonAsync("Already Here");
        await app.JoinAsync(community, member);

        using var response = await browser.SubmitAsync(
            $"/communities/{community.Slug}/members/invite", Invite(member.Email!.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal($"{member.Email} is already a member of this community", page.ErrorFor("Input_Email"));
        Assert.Empty(await app.InvitationsToAsync(community, member.Email!));
        Assert.Empty(await app.MessagesToAsync(member.Email!));
    }

    [Fact]
    public async Task Post_AddressOfAFormerMember_SendsTheInvitation()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var former = await app.CreatePersonAsync("Left Before");
        await app.JoinAsync(community, former);
        await app.UpdateMembershipAsync(community, former, m => m.LeftAt = app.Clock.GetUtcNow());

        using var response = await browser.SubmitAsync($"/communities/{community.Slug}/members/invite", Invite(former.Email!));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await app.InvitationsToAsync(community, former.Email!));
    }

    [Fact]
    public async Task Post_AgainToTheSameAddress_ReplacesTheLinkAndSaysSo()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();
        using (await browser.SubmitAsync($"/communities/{community.Slug}/members/invite", Invite(email)))
        {
        }

        var firstLink = await app.LatestInvitationLinkAsync(email);
        app.Clock.Advance(TimeSpan.FromDays(3));

        using var response = await browser.SubmitAsync($"/communities/{community.Slug}/members/invite", Invite(email, "CoLead"));

        var manage = await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal($"A new invitation has been sent to {email}. The link in the earlier one no longer works.", manage.Notice());
        var secondLink = await app.LatestInvitationLinkAsync(email);
        Assert.NotEqual(firstLink, secondLink);
        var anyone = app.CreateBrowser();
        Assert.Equal("This invitation no longer works", (await anyone.GetDocumentAsync(firstLink)).Heading());
        Assert.StartsWith($"You are invited to join {community.Name} as a co-lead", (await anyone.GetDocumentAsync(secondLink)).Heading());
        var invitations = await app.InvitationsToAsync(community, email);
        Assert.Equal(2, invitations.Count);
        Assert.NotNull(invitations[0].RevokedAt);
        Assert.Equal(app.Clock.GetUtcNow().AddDays(14), invitations[1].ExpiresAt);
    }

    [Fact]
    public async Task Post_SameFormTwice_SendsOneInvitation()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();
        var form = (await browser.GetDocumentAsync($"/communities/{community.Slug}/members/invite")).Form();

        using var first = await browser.SubmitAsync(form, Invite(email));
        using var second = await browser.SubmitAsync(form, Invite(email));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Single(await app.MessagesToAsync(email));
        var invitation = Assert.Single(await app.InvitationsToAsync(community, email));
        Assert.Null(invitation.RevokedAt);
    }

    [Fact]
    public async Task Post_SameFormTwiceAtOnce_SendsOneInvitation()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();
        var form = (await browser.GetDocumentAsync($"/communities/{community.Slug}/members/invite")).Form();

        var responses = await Task.WhenAll(browser.SubmitAsync(form, Invite(email)), browser.SubmitAsync(form, Invite(email)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(await app.MessagesToAsync(email));
        Assert.Single(await app.InvitationsToAsync(community, email));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Post_SendAgainFromTheMembersPage_SendsANewLinkAndTheOldOneStops()
    {
        var (community, coLead, browser) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();
        var oldToken = await app.InviteAsync(community, coLead, email, CommunityRole.Facilitator);
        var manage = await browser.GetDocumentAsync($"/communities/{community.Slug}/members/manage");
        var form = manage.Form("#invitations form[action*='handler=SendAgain']");

        using var response = await browser.SubmitAsync(form);
        using var again = await browser.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var after = await browser.GetDocumentAsync(again.Headers.Location!.OriginalString);
        Assert.Equal($"A new invitation has been sent to {email}. The link in the earlier one no longer works.", after.Notice());
        Assert.Single(await app.MessagesToAsync(email));
        Assert.Equal("This invitation no longer works", (await app.CreateBrowser().GetDocumentAsync($"/invitations/{oldToken}")).Heading());
        var newest = (await app.InvitationsToAsync(community, email)).Last();
        Assert.Equal(CommunityRole.Facilitator, newest.Role);
        Assert.Null(newest.RevokedAt);
    }

    [Fact]
    public async Task Post_CancelFromTheMembersPage_TheLinkStopsWorking()
    {
        var (community, coLead, browser) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();
        var token = await app.InviteAsync(community, coLead, email);
        var manage = await browser.GetDocumentAsync($"/communities/{community.Slug}/members/manage");

        using var response = await browser.SubmitAsync(manage.Form("#invitations form[action*='handler=Cancel']"));

        var after = await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal($"The invitation to {email} has been cancelled. Its link no longer works.", after.Notice());
        Assert.Null(after.GetElementById("invitations"));
        Assert.Equal("This invitation no longer works", (await app.CreateBrowser().GetDocumentAsync($"/invitations/{token}")).Heading());
    }

    [Fact]
    public async Task Post_CancelAnInvitationOfAnotherCommunity_IsNotFoundAndChangesNothing()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();
        var (other, otherLead, _) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();
        await app.InviteAsync(other, otherLead, email);
        var invitation = Assert.Single(await app.InvitationsToAsync(other, email));

        using var cancel = await browser.PostWithTokenAsync(
            $"/communities/{community.Slug}/members/invite?handler=Cancel", new Dictionary<string, string> { ["invitation"] = invitation.Id.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Null(Assert.Single(await app.InvitationsToAsync(other, email)).RevokedAt);
    }
}
