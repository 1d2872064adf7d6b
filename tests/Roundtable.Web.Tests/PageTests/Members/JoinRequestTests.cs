using System.Net;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Members;

// Asking to join (/communities/{slug}/join) and the co-leads' answer (/members/requests).
[Collection(SharedApps.People)]
public class JoinRequestTests(RoundtableApp app)
{
    private static Dictionary<string, string> Message(string text) => new() { ["Message"] = text };

    private static Dictionary<string, string> Reason(string text) => new() { ["Reason"] = text };

    [Fact]
    public async Task Post_Join_ListedCommunity_SendsTheRequestAndShowsItWaiting()
    {
        var (community, _, _) = await app.CommunityWithCoLeadAsync();
        var person = await app.CreatePersonAsync("Jo Joiner");
        var browser = await app.BrowserForAsync(person);

        using var response = await browser.SubmitAsync($"/communities/{community.Slug}/join", Message("  I run a carers' group in the north.  "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Your request has been sent to the co-leads.", page.Notice());
        Assert.Equal($"You have asked to join {community.Name}", page.Heading());
        Assert.Equal("I run a carers' group in the north.", page.GetElementById("your-message")?.TextContent);
        var request = Assert.Single(await app.RequestsAsync(community, person));
        Assert.Equal(RequestStatus.Pending, request.Status);
        Assert.Equal("I run a carers' group in the north.", request.Message);
    }

    [Fact]
    public async Task Post_JoinTwice_LeavesOneRequestWaiting()
    {
        var (community, _, _) = await app.CommunityWithCoLeadAsync();
        var person = await app.CreatePersonAsync("Double Asker");
        var browser = await app.BrowserForAsync(person);
        var form = (await browser.GetDocumentAsync($"/communities/{community.Slug}/join")).Form();

        var responses = await Task.WhenAll(browser.SubmitAsync(form, Message("Hello")), browser.SubmitAsync(form, Message("Hello")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(await app.RequestsAsync(community, person));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Post_Join_OverlongMessage_SaysTheLimitAndKeepsTheText()
    {
        var (community, _, _) = await app.CommunityWithCoLeadAsync();
        var person = await app.CreatePersonAsync();
        var browser = await app.BrowserForAsync(person);
        var message = new string('m', 1001);

        using var response = await browser.SubmitAsync($"/communities/{community.Slug}/join", Message(message));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Your message must be 1000 characters or fewer (you have 1001)", page.ErrorFor("Message"));
        Assert.Equal(message, page.GetElementById("Message")?.TextContent.Trim());
        Assert.Empty(await app.RequestsAsync(community, person));
    }

    [Fact]
    public async Task Get_Join_AsAMember_SaysSoWithALinkToTheCommunity()
    {
        var (community, _, browser) = await app.CommunityWithCoLeadAsync();

        var page = await browser.GetDocumentAsync($"/communities/{community.Slug}/join");

        Assert.Equal($"You are already a member of {community.Name}", page.Heading());
        Assert.NotNull(page.QuerySelector($"main a[href='/communities/{community.Slug}']"));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Post_Approve_MakesThemAMemberTellsThemAndTheySeeIt()
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync();
        var person = await app.CreatePersonAsync("Ash Approved");
        await app.AskToJoinAsync(community, person, "Please");
        var requests = await coLead.GetDocumentAsync($"/communities/{community.Slug}/members/requests");

        using var response = await coLead.SubmitAsync(requests.Form("main form[action*='handler=Approve']"));

        var after = await coLead.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Ash Approved is now a member. We have emailed them to say so.", after.Notice());
        Assert.Contains("Approved", after.GetElementById("decided")!.TextContent, StringComparison.Ordinal);
        var membership = await app.MembershipAsync(community, person);
        Assert.Equal(CommunityRole.Member, membership?.Role);
        Assert.False(membership?.InLivedExpertGroup);
        Assert.Equal($"You are now a member of {community.Name}", Assert.Single(await app.MessagesToAsync(person.Email!)).Subject);
        var theirs = await (await app.BrowserForAsync(person)).GetDocumentAsync($"/communities/{community.Slug}/join");
        Assert.Equal($"You are already a member of {community.Name}", theirs.Heading());
    }

    [Fact]
    public async Task Post_ApproveTwice_MakesOneMembership()
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync();
        var person = await app.CreatePersonAsync("Twice Approved");
        await app.AskToJoinAsync(community, person);
        var form = (await coLead.GetDocumentAsync($"/communities/{community.Slug}/members/requests")).Form("main form[action*='handler=Approve']");

        var responses = await Task.WhenAll(coLead.SubmitAsync(form), coLead.SubmitAsync(form));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var memberships = await app.WithDbAsync(db => Task.FromResult(db.Memberships.Count(m => m.CommunityId == community.Id && m.PersonId == person.Id)));
        Assert.Equal(1, memberships);
        Assert.Single(await app.MessagesToAsync(person.Email!));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Post_Approve_FormerMember_GetsTheirMembershipBack()
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync();
        var former = await app.CreatePersonAsync("Back Again");
        await app.JoinAsync(community, former, CommunityRole.Facilitator);
        await app.UpdateMembershipAsync(community, former, m => m.LeftAt = app.Clock.GetUtcNow());
        var before = (await app.MembershipAsync(community, former))!;
        await app.AskToJoinAsync(community, former);

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/members/requests", selector: "main form[action*='handler=Approve']");

        var after = (await app.MembershipAsync(community, former))!;
        Assert.Equal(before.Id, after.Id);
        Assert.Null(after.LeftAt);
        Assert.Equal(CommunityRole.Member, after.Role);
    }

    [Theory]
    [InlineData("", "Enter the reason you are declining. They will see it.")]
    [InlineData("   ", "Enter the reason you are declining. They will see it.")]
    public async Task Post_Decline_WithoutAReason_IsRefusedByTheField(string reason, string expected)
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync();
        var person = await app.CreatePersonAsync();
        var request = await app.AskToJoinAsync(community, person);

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/members/requests?decline={request.Id}", Reason(reason));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(expected, page.ErrorFor("Reason"));
        Assert.Equal(RequestStatus.Pending, Assert.Single(await app.RequestsAsync(community, person)).Status);
    }

    [Fact]
    public async Task Post_Decline_OverlongReason_SaysTheLimit()
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync();
        var request = await app.AskToJoinAsync(community, await app.CreatePersonAsync());

        using var response = await coLead.SubmitAsync(
            $"/communities/{community.Slug}/members/requests?decline={request.Id}", Reason(new string('r', 1001)));

        var page = await response.ToDocumentAsync();
        Assert.Equal("Your reason must be 1000 characters or fewer (you have 1001)", page.ErrorFor("Reason"));
    }

    [Fact]
    public async Task Post_Decline_WithAReason_TheyReadItAndMayAskAgain()
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync();
        var person = await app.CreatePersonAsync("Dee Declined");
        var request = await app.AskToJoinAsync(community, person);
        const string reason = "This group is for people working in Kent. The regional network may suit you better.";

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/members/requests?decline={request.Id}", Reason(reason));

        var after = await coLead.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("You have declined Dee Declined's request. We have emailed them your reason.", after.Notice());
        Assert.Null(await app.MembershipAsync(community, person));
        Assert.Contains(reason, Assert.Single(await app.MessagesToAsync(person.Email!)).Body, StringComparison.Ordinal);
        var browser = await app.BrowserForAsync(person);
        var theirs = await browser.GetDocumentAsync($"/communities/{community.Slug}/join");
        Assert.Equal(reason, theirs.GetElementById("decline-reason")?.TextContent);
        Assert.Equal($"Ask to join {community.Name}", theirs.Heading());
        using var again = await browser.SubmitAsync(theirs.Form(), Message("I have moved to Kent now."));
        Assert.Equal(2, (await app.RequestsAsync(community, person)).Count);
    }

    [Fact]
    public async Task Post_DeclineAfterApproving_ChangesNothing()
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync();
        var person = await app.CreatePersonAsync("Approved First");
        var request = await app.AskToJoinAsync(community, person);
        var declineForm = (await coLead.GetDocumentAsync($"/communities/{community.Slug}/members/requests?decline={request.Id}")).Form();
        using (await coLead.SubmitAsync($"/communities/{community.Slug}/members/requests", selector: "main form[action*='handler=Approve']"))
        {
        }

        using var response = await coLead.SubmitAsync(declineForm, Reason("Too late"));

        var after = await coLead.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Approved First's request has been approved.", after.Notice());
        Assert.Equal(RequestStatus.Approved, Assert.Single(await app.RequestsAsync(community, person)).Status);
        Assert.NotNull(await app.MembershipAsync(community, person));
    }

    [Fact]
    public async Task Post_Approve_RequestToAnotherCommunity_IsNotFoundAndChangesNothing()
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync();
        var (other, _, _) = await app.CommunityWithCoLeadAsync();
        var person = await app.CreatePersonAsync();
        var request = await app.AskToJoinAsync(other, person);

        using var response = await coLead.PostWithTokenAsync(
            $"/communities/{community.Slug}/members/requests?handler=Approve", new Dictionary<string, string> { ["request"] = request.Id.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(RequestStatus.Pending, Assert.Single(await app.RequestsAsync(other, person)).Status);
        Assert.Null(await app.MembershipAsync(other, person));
    }

    [Fact]
    public async Task Get_Requests_ShowsWhoIsAskingWithTheirMessage()
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync();
        var person = await app.CreatePersonAsync("Sam Asker");
        var request = await app.AskToJoinAsync(community, person, "I am a parent carer.");

        var page = await coLead.GetDocumentAsync($"/communities/{community.Slug}/members/requests");

        Assert.Equal("Requests to join", page.Heading());
        var card = page.QuerySelector("main .nhsuk-card")!;
        Assert.Equal("Sam Asker", card.QuerySelector("h3")?.TextContent.Trim());
        Assert.Contains(person.Email!, card.TextContent, StringComparison.Ordinal);
        Assert.Contains("I am a parent carer.", card.TextContent, StringComparison.Ordinal);
        Assert.Contains(UkTime.Format(request.CreatedAt), card.TextContent, StringComparison.Ordinal);
    }
}
