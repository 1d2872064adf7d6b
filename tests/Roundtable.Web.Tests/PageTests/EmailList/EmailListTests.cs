using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mailing;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.EmailList;

// The email list: double opt-in for outside subscribers, sending to consenting members and
// confirmed subscribers once each with RFC 8058 headers, and unsubscribing in one click.
public class EmailListTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    [Fact]
    public async Task Post_AddSubscriber_IsOnTheListOnlyOnceTheyFollowTheLink()
    {
        var (community, coLead, _) = await app.ListAsync();
        var browser = await app.BrowserForAsync(coLead);
        var email = $"{TestData.Unique("board")}@example.org";

        using var added = await browser.SubmitAsync($"/communities/{community.Slug}/email-list", new Dictionary<string, string> { ["Add.Email"] = email.ToUpperInvariant() }, "#add");

        var page = await browser.FollowAsync(added);
        Assert.Contains(email, page.GetElementById("subscribers")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Waiting for them to confirm", page.GetElementById("subscribers")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(await RecipientsAsync(community.Id), r => r.Email == email);

        var link = await app.LatestConfirmLinkAsync(email);
        var stranger = app.CreateBrowser();
        var confirmPage = await stranger.GetDocumentAsync(link);
        Assert.DoesNotContain(await RecipientsAsync(community.Id), r => r.Email == email);
        using var confirmed = await stranger.SubmitAsync(confirmPage.Form());

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.StartsWith("You are on the email list", (await confirmed.ToDocumentAsync()).Heading(), StringComparison.Ordinal);
        Assert.Contains(await RecipientsAsync(community.Id), r => r.Email == email);
        using var again = await stranger.GetAsync(link);
        Assert.StartsWith("You are already on the email list", (await again.ToDocumentAsync()).Heading(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ConfirmLink_ExpiredIsGone_UnknownIsNotFound_NeitherConfirms()
    {
        var (community, coLead, _) = await app.ListAsync();
        var email = $"{TestData.Unique("late")}@example.org";
        await app.WithScopeAsync(services => services.GetRequiredService<Core.Mailing.EmailList>().AddAsync(community.Id, email, coLead.Id));
        var link = await app.LatestConfirmLinkAsync(email);
        await app.WithDbAsync(db => db.Subscribers.Where(s => s.Email == email)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.ConfirmExpiresAt, app.Clock.GetUtcNow().AddMinutes(-1))));
        var browser = app.CreateBrowser();

        using var expired = await browser.GetAsync(link);
        using var unknown = await browser.GetAsync("/email-list/confirm/not-a-real-token");

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("This confirmation link has expired", (await expired.ToDocumentAsync()).Heading());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("This confirmation link does not work", (await unknown.ToDocumentAsync()).Heading());
        Assert.DoesNotContain(await RecipientsAsync(community.Id), r => r.Email == email);
    }

    [Theory]
    [InlineData("not-an-address", EmailAddress.FormatMessage)]
    [InlineData("two@@example.org", EmailAddress.FormatMessage)]
    [InlineData("  ", "Enter the email address to add")]
    public async Task Post_AddSubscriber_Malformed_PageAndApiSayTheSame(string typed, string message)
    {
        var (community, coLead, _) = await app.ListAsync();
        var browser = await app.BrowserForAsync(coLead);
        var api = app.CreateBrowser();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(coLead));

        using var response = await browser.SubmitAsync($"/communities/{community.Slug}/email-list", new Dictionary<string, string> { ["Add.Email"] = typed }, "#add");
        using var answered = await api.PostAsJsonAsync($"/api/v1/communities/{community.Slug}/email-list/subscribers", new { email = typed });

        var page = await response.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.ErrorFor("Add_Email"));
        Assert.Equal(typed, page.GetElementById("Add_Email")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.BadRequest, answered.StatusCode);
        var errors = (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(message, errors.GetProperty("email")[0].GetString());
        Assert.False(await app.WithDbAsync(db => db.Subscribers.AnyAsync(s => s.CommunityId == community.Id)));
    }

    [Fact]
    public async Task Post_AddSubscriber_TheSameAddressInAnyCase_IsOneSubscriber()
    {
        var (community, coLead, _) = await app.ListAsync();
        var email = await app.ConfirmedSubscriberAsync(community, coLead, $"{TestData.Unique("Chair")}@Example.org");
        var api = app.CreateBrowser();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(coLead));

        using var again = await api.PostAsJsonAsync($"/api/v1/communities/{community.Slug}/email-list/subscribers", new { email = email.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Subscribers.CountAsync(s => s.CommunityId == community.Id)));
        Assert.Single(await app.MessagesToAsync(email));
    }

    [Fact]
    public async Task Post_Send_SendsEachOnTheListOneCopy_WithItsOwnUnsubscribeHeaders()
    {
        var (community, coLead, member) = await app.ListAsync();
        var quiet = await app.CreatePersonAsync("Quiet Member");
        var gone = await app.CreatePersonAsync("Gone Member");
        await app.JoinAsync(community, quiet);
        await app.JoinAsync(community, gone);
        await app.ConsentAsync(community, gone);
        await app.WithDbAsync(db => db.Memberships.Where(m => m.PersonId == gone.Id).ExecuteUpdateAsync(set => set.SetProperty(m => m.LeftAt, app.Clock.GetUtcNow())));
        var subscriber = await app.ConfirmedSubscriberAsync(community, coLead, $"{TestData.Unique("board")}@example.org");
        // The member subscribed as well: still one person, one copy.
        await app.ConfirmedSubscriberAsync(community, coLead, member.Email!.ToUpperInvariant());
        var browser = await app.BrowserForAsync(coLead);
        var page = await browser.GetDocumentAsync($"/communities/{community.Slug}/email-list");
        var subject = TestData.Unique("Our next session");

        using var sent = await browser.SubmitAsync(page.Form("#send"), new Dictionary<string, string> { ["Send.Subject"] = subject, ["Send.Message"] = "We meet again on Tuesday." });
        using var twice = await browser.SubmitAsync(page.Form("#send"), new Dictionary<string, string> { ["Send.Subject"] = subject, ["Send.Message"] = "We meet again on Tuesday." });

        Assert.Equal(sent.Headers.Location, twice.Headers.Location);
        var mailing = await app.WithDbAsync(db => db.Mailings.SingleAsync(m => m.Subject == subject));
        var recipients = await app.SentAsync(mailing.Id);
        Assert.Equal(
            new[] { coLead.Email!, member.Email!, subscriber }.Order(),
            recipients.Select(r => r.Email).Order());
        Assert.All(recipients, r => Assert.Equal(RecipientState.Sent, r.State));
        var messages = await app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Subject == subject).ToListAsync());
        Assert.Equal(3, messages.Count);
        Assert.Equal(3, messages.Select(m => m.To).Distinct().Count());
        Assert.All(messages, m =>
        {
            var headers = EmailListTestData.HeadersOf(m);
            Assert.Matches(@"^<http://localhost/unsubscribe/[A-Za-z0-9_-]{43}>$", headers["List-Unsubscribe"]);
            Assert.Equal("List-Unsubscribe=One-Click", headers["List-Unsubscribe-Post"]);
            Assert.Contains(headers["List-Unsubscribe"].Trim('<', '>'), m.Body, StringComparison.Ordinal);
        });
        Assert.Equal(3, messages.Select(m => EmailListTestData.HeadersOf(m)["List-Unsubscribe"]).Distinct().Count());
        var progress = await browser.FollowAsync(sent);
        Assert.Equal("3 of 3 sent", progress.QuerySelector("#progress p")!.TextContent.Trim());
        Assert.Null(progress.QuerySelector("meta[http-equiv=refresh]"));
    }

    [Fact]
    public async Task Post_Send_AnAddressThatCannotBeSentTo_IsRecordedAsFailedWithWhy()
    {
        var (community, coLead, member) = await app.ListAsync();
        await app.WithDbAsync(db => db.Users.Where(p => p.Id == member.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.Email, "mo at example dot org")));
        var mailing = (await app.QueueAsync(community, coLead)).Mailing!;

        var recipients = await app.SentAsync(mailing.Id);

        var failed = Assert.Single(recipients, r => r.State == RecipientState.Failed);
        Assert.Equal(MailingDelivery.MalformedAddress, failed.Failure);
        var page = await (await app.BrowserForAsync(coLead)).GetDocumentAsync($"/communities/{community.Slug}/email-list/mailings/{mailing.Id}");
        Assert.Equal("1 of 2 sent, 1 failed", page.QuerySelector("#progress p")!.TextContent.Trim());
        Assert.Contains(MailingDelivery.MalformedAddress, page.GetElementById("failures")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OneClickUnsubscribe_WithNoCookieOrFormToken_WithdrawsTheMembersConsent()
    {
        var (community, coLead, member) = await app.ListAsync();
        var subject = TestData.Unique("Summary");
        await app.SentAsync((await app.QueueAsync(community, coLead, subject)).Mailing!.Id);
        var message = await app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Subject == subject && m.To == member.Email));
        var client = app.CreateDefaultClient();

        using var response = await client.PostAsync(EmailListTestData.UnsubscribePath(message),
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var membership = await app.WithDbAsync(db => db.Memberships.Include(m => m.ConsentChanges).SingleAsync(m => m.CommunityId == community.Id && m.PersonId == member.Id));
        Assert.False(membership.ContactConsent);
        Assert.Contains(membership.ConsentChanges, c => c.Kind == ConsentKind.Contact && c.Value == Consents.Withdrawn);
        Assert.DoesNotContain(await RecipientsAsync(community.Id), r => r.Email == member.Email);
    }

    [Fact]
    public async Task Post_UnsubscribeButton_WithoutJavaScript_EndsTheSubscription()
    {
        var (community, coLead, _) = await app.ListAsync();
        var subscriber = await app.ConfirmedSubscriberAsync(community, coLead, $"{TestData.Unique("board")}@example.org");
        var subject = TestData.Unique("Report");
        await app.SentAsync((await app.QueueAsync(community, coLead, subject)).Mailing!.Id);
        var message = await app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Subject == subject && m.To == subscriber));
        var browser = app.CreateBrowser();

        var page = await browser.GetDocumentAsync(EmailListTestData.UnsubscribePath(message));
        using var response = await browser.SubmitAsync(page.Form());

        Assert.StartsWith("Unsubscribe from", page.Heading(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("You are unsubscribed", (await response.ToDocumentAsync()).Heading(), StringComparison.Ordinal);
        Assert.DoesNotContain(await RecipientsAsync(community.Id), r => r.Email == subscriber);
        using var unknown = await browser.PostAsync("/unsubscribe/not-a-real-token", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Queue_BySomeoneNotACoLead_IsRefusedAndSendsNothing()
    {
        var (community, _, member) = await app.ListAsync();
        MailingResult result = null!;

        await app.WithScopeAsync(async services => result = await services.GetRequiredService<Mailings>()
            .QueueAsync(community.Id, "Hello", "Hi all", null, member.Id, Guid.NewGuid()));

        Assert.Equal(MailingOutcome.NotACoLead, result.Outcome);
        Assert.False(await app.WithDbAsync(db => db.Mailings.AnyAsync(m => m.CommunityId == community.Id)));
    }

    private async Task<IReadOnlyList<ListRecipient>> RecipientsAsync(Guid communityId)
    {
        IReadOnlyList<ListRecipient> list = null!;
        await app.WithScopeAsync(async services => list = await services.GetRequiredService<Core.Mailing.EmailList>().RecipientsAsync(communityId));
        return list;
    }
}
