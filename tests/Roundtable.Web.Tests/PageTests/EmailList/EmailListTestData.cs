using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mailing;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.EmailList;

public static partial class EmailListTestData
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // A community with a co-lead (who consented to contact) and a member who consented.
    public static async Task<(Community Community, Person CoLead, Person Member)> ListAsync(this RoundtableApp app)
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.CreatePersonAsync("Cora Lead");
        var member = await app.CreatePersonAsync("Mo Member");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        await app.JoinAsync(community, member);
        await app.ConsentAsync(community, coLead);
        await app.ConsentAsync(community, member);
        return (community, coLead, member);
    }

    public static Task ConsentAsync(this RoundtableApp app, Community community, Person person, bool contact = true) =>
        app.WithDbAsync(db => db.Memberships.Where(m => m.CommunityId == community.Id && m.PersonId == person.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ContactConsent, contact)));

    // A subscriber added by the co-lead who followed the link.
    public static async Task<string> ConfirmedSubscriberAsync(this RoundtableApp app, Community community, Person coLead, string email)
    {
        await app.WithScopeAsync(services => services.GetRequiredService<Core.Mailing.EmailList>().AddAsync(community.Id, email, coLead.Id));
        var link = await app.LatestConfirmLinkAsync(email.ToLowerInvariant());
        var browser = app.CreateBrowser();
        using var confirmed = await browser.SubmitAsync(link);
        Assert.Equal(200, (int)confirmed.StatusCode);
        return email.ToLowerInvariant();
    }

    public static async Task<string> LatestConfirmLinkAsync(this RoundtableApp app, string email)
    {
        var messages = await app.MessagesToAsync(email);
        var link = ConfirmLink().Match(Assert.Single(messages.TakeLast(1)).Body);
        Assert.True(link.Success, "The email has no confirmation link.");
        return new Uri(link.Value).PathAndQuery;
    }

    public static async Task<MailingResult> QueueAsync(this RoundtableApp app, Community community, Person by, string subject = "News from the community")
    {
        MailingResult result = null!;
        await app.WithScopeAsync(async services => result = await services.GetRequiredService<Mailings>()
            .QueueAsync(community.Id, subject, "We met on Tuesday.", null, by.Id, Guid.NewGuid()));
        Assert.Equal(MailingOutcome.Queued, result.Outcome);
        return result;
    }

    // Waits, without sleeping, for the background sender to finish a mailing: it writes as it goes.
    public static async Task<List<MailingRecipient>> SentAsync(this RoundtableApp app, Guid mailingId)
    {
        var writes = app.Services.GetRequiredService<DatabaseWrites>();
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var nextWrite = writes.NextWrite;
            var finished = await app.WithDbAsync(db => db.Mailings.AnyAsync(m => m.Id == mailingId && m.FinishedAt != null));
            if (finished)
            {
                return await app.WithDbAsync(db => db.MailingRecipients.AsNoTracking().Where(r => r.MailingId == mailingId).ToListAsync());
            }

            await nextWrite.WaitAsync(timeout.Token);
        }
    }

    public static Dictionary<string, string> HeadersOf(OutboxMessage message) =>
        (message.Headers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim(), StringComparer.Ordinal);

    // The path of the unsubscribe link in a list email's List-Unsubscribe header.
    public static string UnsubscribePath(OutboxMessage message) =>
        new Uri(HeadersOf(message)["List-Unsubscribe"].Trim('<', '>')).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/email-list/confirm/\S+")]
    private static partial Regex ConfirmLink();
}
