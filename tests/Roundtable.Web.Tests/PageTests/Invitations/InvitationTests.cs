using System.Net;
using Roundtable.Core.Communities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Members;

namespace Roundtable.Web.Tests.PageTests.Invitations;

public class InvitationTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    [Fact]
    public async Task Get_ValidLink_NotSignedIn_ShowsTheInvitationAndOffersASignInLink()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        await app.UpdateMembershipAsync(community, coLead, m =>
        {
            m.Naming = Naming.RoleOnly;
            m.JobRole = "Peer support worker";
        });
        var email = MembersTestData.UniqueEmail();
        var token = await app.InviteAsync(community, coLead, email, CommunityRole.Facilitator, livedExpertGroup: true);

        var page = await app.CreateBrowser().GetDocumentAsync($"/invitations/{token}");

        Assert.Equal($"You are invited to join {community.Name} as a facilitator", page.Heading());
        Assert.Equal("Peer support worker", page.GetElementById("invited-by")?.TextContent.Trim());
        Assert.Contains("part of its lived-expert group", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Send me a sign-in link", page.QuerySelector("main form button")?.TextContent.Trim());
        Assert.DoesNotContain("Casey", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ValidLink_SignedIn_ChangesNothing()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        var invitee = await app.CreatePersonAsync("Invited Person");
        var token = await app.InviteAsync(community, coLead, invitee.Email!);
        var browser = await app.BrowserForAsync(invitee);

        var page = await browser.GetDocumentAsync($"/invitations/{token}");

        Assert.Equal("Accept invitation", page.QuerySelector("main form button")?.TextContent.Trim());
        Assert.Null(page.GetElementById("someone-else"));
        Assert.Null(await app.MembershipAsync(community, invitee));
        Assert.Null(Assert.Single(await app.InvitationsToAsync(community, invitee.Email!)).AcceptedAt);
    }

    [Fact]
    public async Task Post_Accept_AsTheInvitee_JoinsWithTheRoleAndGroupAndGoesToTheWelcome()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        var invitee = await app.CreatePersonAsync("Invited Person");
        var token = await app.InviteAsync(community, coLead, invitee.Email!, CommunityRole.CoLead, livedExpertGroup: true);
        var browser = await app.BrowserForAsync(invitee);

        using var response = await browser.SubmitAsync((await browser.GetDocumentAsync($"/invitations/{token}")).Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/communities/{community.Slug}/me?welcome=true", response.Headers.Location?.OriginalString);
        var membership = await app.MembershipAsync(community, invitee);
        Assert.NotNull(membership);
        Assert.Equal(CommunityRole.CoLead, membership.Role);
        Assert.True(membership.InLivedExpertGroup);
        Assert.Null(membership.LeftAt);
        var invitation = Assert.Single(await app.InvitationsToAsync(community, invitee.Email!));
        Assert.Equal(invitee.Id, invitation.AcceptedById);
    }

    [Fact]
    public async Task Post_AcceptTwice_MakesOneMembership()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        var invitee = await app.CreatePersonAsync("Double Clicker");
        var token = await app.InviteAsync(community, coLead, invitee.Email!);
        var browser = await app.BrowserForAsync(invitee);
        var form = (await browser.GetDocumentAsync($"/invitations/{token}")).Form();

        var responses = await Task.WhenAll(browser.SubmitAsync(form), browser.SubmitAsync(form));

        Assert.All(responses, r => Assert.Equal($"/communities/{community.Slug}/me?welcome=true", r.Headers.Location?.OriginalString));
        var count = await app.WithDbAsync(db => Task.FromResult(db.Memberships.Count(m => m.CommunityId == community.Id && m.PersonId == invitee.Id)));
        Assert.Equal(1, count);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Get_UsedLink_SaysItWasUsedAndSomeoneElseCannotAcceptIt()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        var invitee = await app.CreatePersonAsync("First");
        var latecomer = await app.CreatePersonAsync("Second");
        var token = await app.InviteAsync(community, coLead, invitee.Email!);
        var inviteeBrowser = await app.BrowserForAsync(invitee);
        var latecomerBrowser = await app.BrowserForAsync(latecomer);
        var staleForm = (await latecomerBrowser.GetDocumentAsync($"/invitations/{token}")).Form();
        using (await inviteeBrowser.SubmitAsync((await inviteeBrowser.GetDocumentAsync($"/invitations/{token}")).Form()))
        {
        }

        var page = await latecomerBrowser.GetDocumentAsync($"/invitations/{token}");
        using var reused = await latecomerBrowser.SubmitAsync(staleForm);

        Assert.Equal("This invitation has already been used", page.Heading());
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal("This invitation has already been used", (await reused.ToDocumentAsync()).Heading());
        Assert.Null(await app.MembershipAsync(community, latecomer));
    }

    [Fact]
    public async Task Get_LinkAfterFourteenDays_HasExpiredAndCannotBeAccepted()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        var invitee = await app.CreatePersonAsync("Too Late");
        var token = await app.InviteAsync(community, coLead, invitee.Email!);
        app.Clock.Advance(TimeSpan.FromDays(15));
        var browser = await app.BrowserForAsync(invitee);

        var page = await app.CreateBrowser().GetDocumentAsync($"/invitations/{token}");
        using var late = await browser.PostWithTokenAsync($"/invitations/{token}?handler=Accept", new Dictionary<string, string>());

        Assert.Equal("This invitation has expired", page.Heading());
        Assert.Contains("Ask the co-lead who invited you to send it again.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal("This invitation has expired", (await late.ToDocumentAsync()).Heading());
        Assert.Null(await app.MembershipAsync(community, invitee));
    }

    [Fact]
    public async Task Get_UnknownLink_SaysItDoesNotWork()
    {
        var page = await app.CreateBrowser().GetDocumentAsync("/invitations/not-a-real-invitation");

        Assert.Equal("This invitation link does not work", page.Heading());
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Post_Accept_SignedInAsSomeoneElse_SaysSoAndJoinsThemAsThemselves()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        var invitedAddress = MembersTestData.UniqueEmail("work-address");
        var person = await app.CreatePersonAsync("Home Address");
        var token = await app.InviteAsync(community, coLead, invitedAddress, CommunityRole.Facilitator);
        var browser = await app.BrowserForAsync(person);
        var page = await browser.GetDocumentAsync($"/invitations/{token}");

        using var response = await browser.SubmitAsync(page.Form());

        var notice = page.GetElementById("someone-else")!.TextContent;
        Assert.Contains($"This invitation was sent to {invitedAddress}, but you are signed in as {person.Email}.", notice, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CommunityRole.Facilitator, (await app.MembershipAsync(community, person))?.Role);
    }

    [Fact]
    public async Task Post_Accept_FormerMember_GetsTheirMembershipBackWithTheNewRole()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        var former = await app.CreatePersonAsync("Came Back");
        await app.JoinAsync(community, former, CommunityRole.Facilitator, livedExpertGroup: true);
        await app.UpdateMembershipAsync(community, former, m =>
        {
            m.LeftAt = app.Clock.GetUtcNow();
            m.Naming = Naming.FullName;
            m.ContactConsent = true;
        });
        var before = await app.MembershipAsync(community, former);
        var token = await app.InviteAsync(community, coLead, former.Email!);
        var browser = await app.BrowserForAsync(former);

        using var response = await browser.SubmitAsync((await browser.GetDocumentAsync($"/invitations/{token}")).Form());

        var after = await app.MembershipAsync(community, former);
        Assert.Equal(before!.Id, after!.Id);
        Assert.Null(after.LeftAt);
        Assert.Equal(CommunityRole.Member, after.Role);
        Assert.False(after.InLivedExpertGroup);
        Assert.Equal(Naming.FullName, after.Naming);
        Assert.True(after.ContactConsent);
    }

    [Fact]
    public async Task Post_Accept_AlreadyAMember_SaysSoUsesTheInvitationAndChangesNothingElse()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        var member = await app.CreatePersonAsync("Joined Meanwhile");
        var token = await app.InviteAsync(community, coLead, member.Email!, CommunityRole.CoLead);
        await app.JoinAsync(community, member);
        var browser = await app.BrowserForAsync(member);
        var page = await browser.GetDocumentAsync($"/invitations/{token}");

        using var response = await browser.SubmitAsync(page.Form());

        Assert.Equal($"You are already a member of {community.Name}", page.Heading());
        Assert.Equal($"/communities/{community.Slug}", response.Headers.Location?.OriginalString);
        var next = await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal($"You are already a member of {community.Name}.", next.Notice());
        Assert.Equal(CommunityRole.Member, (await app.MembershipAsync(community, member))?.Role);
        Assert.NotNull(Assert.Single(await app.InvitationsToAsync(community, member.Email!)).AcceptedAt);
    }

    [Fact]
    public async Task Post_Accept_SomeoneElsesInvitationAsAnExistingMember_LeavesItForThem()
    {
        var (community, coLead, browser) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();
        var token = await app.InviteAsync(community, coLead, email);

        var page = await browser.GetDocumentAsync($"/invitations/{token}");
        using var response = await browser.PostWithTokenAsync($"/invitations/{token}?handler=Accept", new Dictionary<string, string>());

        Assert.Equal($"You are already a member of {community.Name}", page.Heading());
        Assert.Null(page.QuerySelector("main form"));
        Assert.Contains("they can still use it", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/communities/{community.Slug}", response.Headers.Location?.OriginalString);
        Assert.Null(Assert.Single(await app.InvitationsToAsync(community, email)).AcceptedAt);
        var stillWorks = await app.CreateBrowser().GetDocumentAsync($"/invitations/{token}");
        Assert.StartsWith("You are invited to join", stillWorks.Heading(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Accept_NotSignedIn_AsksThemToSignIn()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();
        var token = await app.InviteAsync(community, coLead, email);
        var browser = app.CreateBrowser();
        var signInForm = (await browser.GetDocumentAsync($"/invitations/{token}")).Form();
        signInForm.SetAttribute("action", signInForm.GetAttribute("action")!.Replace("handler=SignIn", "handler=Accept", StringComparison.Ordinal));

        using var response = await browser.SubmitAsync(signInForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/sign-in?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await app.InvitationsToAsync(community, email)).AcceptedAt);
    }

    [Fact]
    public async Task Post_SendMeASignInLinkTwice_SendsOneLinkToTheInvitedAddress()
    {
        var (community, coLead, _) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();
        var token = await app.InviteAsync(community, coLead, email);
        var browser = app.CreateBrowser();
        var form = (await browser.GetDocumentAsync($"/invitations/{token}")).Form();

        using var first = await browser.SubmitAsync(form);
        using var second = await browser.SubmitAsync(form);

        Assert.Equal("/sign-in/check-email", first.Headers.Location?.OriginalString);
        Assert.Equal("/sign-in/check-email", second.Headers.Location?.OriginalString);
        var message = Assert.Single(await app.MessagesToAsync(email));
        Assert.Equal("Your link to sign in to Roundtable", message.Subject);
    }

    // The whole way a person is invited: the co-lead's form, the email, the link, signing in
    // from the invitation page, naming themselves, accepting.
    [Fact]
    public async Task Post_FullJourney_FromTheCoLeadsFormToMembership()
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync(CommunityVisibility.InvitationOnly);
        var email = MembersTestData.UniqueEmail("newcomer");
        using (var sent = await coLead.SubmitAsync($"/communities/{community.Slug}/members/invite", new Dictionary<string, string>
               {
                   ["Input.Email"] = email,
                   ["Input.Role"] = "Facilitator",
                   ["Input.InLivedExpertGroup"] = "true",
               }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var invitationLink = await app.LatestInvitationLinkAsync(email);
        var browser = app.CreateBrowser();

        var invitation = await browser.GetDocumentAsync(invitationLink);
        using var asked = await browser.SubmitAsync(invitation.Form());
        Assert.Equal("/sign-in/check-email", asked.Headers.Location?.OriginalString);
        var signInPage = await browser.GetDocumentAsync(await app.LatestSignInLinkAsync(email));
        using var signedIn = await browser.SubmitAsync(signInPage.Form());
        Assert.StartsWith("/account/name", signedIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var named = await browser.SubmitAsync(signedIn.Headers.Location!.OriginalString, new Dictionary<string, string> { ["DisplayName"] = "Nia Newcomer" });
        Assert.Equal(invitationLink, named.Headers.Location?.OriginalString);
        var signedInInvitation = await browser.GetDocumentAsync(invitationLink);
        using var accepted = await browser.SubmitAsync(signedInInvitation.Form());

        Assert.Equal($"/communities/{community.Slug}/me?welcome=true", accepted.Headers.Location?.OriginalString);
        var person = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email)));
        var membership = await app.MembershipAsync(community, person);
        Assert.Equal(CommunityRole.Facilitator, membership?.Role);
        Assert.True(membership?.InLivedExpertGroup);
        Assert.Equal(community.Name, (await browser.GetDocumentAsync($"/communities/{community.Slug}")).Heading());
    }
}
