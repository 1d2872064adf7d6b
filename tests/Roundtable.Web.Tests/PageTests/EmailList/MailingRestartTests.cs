using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mailing;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.EmailList;

public class MailingRestartTests
{
    // The first app queues and stops before sending (its sender is off); one recipient is left as
    // if the app died while sending to them. The next app on the same database sends the rest,
    // each once, and marks that one failed rather than sending it again.
    [Fact]
    public async Task Restart_WithRecipientsPending_SendsEachOnce_AndNeverResendsOneCutOffMidSend()
    {
        await using var database = await TestDatabase.CreateAsync();
        Guid mailingId;
        string cutOff;
        var subject = TestData.Unique("Before the restart");
        await using (var before = await new RoundtableApp { ExistingDatabase = database, Settings = { ["Mailing:SendInBackground"] = "false" } }.StartAsync())
        {
            var (community, coLead, _) = await before.ListAsync();
            var extra = await before.CreatePersonAsync("Third Member");
            await before.JoinAsync(community, extra);
            await before.ConsentAsync(community, extra);
            mailingId = (await before.QueueAsync(community, coLead, subject)).Mailing!.Id;
            cutOff = extra.Email!;
            await before.WithDbAsync(db => db.MailingRecipients.Where(r => r.MailingId == mailingId && r.Email == cutOff)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.State, RecipientState.Sending)));
            Assert.Equal(2, await before.WithDbAsync(db => db.MailingRecipients.CountAsync(r => r.MailingId == mailingId && r.State == RecipientState.Pending)));
        }

        await using var after = await new RoundtableApp { ExistingDatabase = database }.StartAsync();
        var recipients = await after.SentAsync(mailingId);

        Assert.Equal(2, recipients.Count(r => r.State == RecipientState.Sent));
        var interrupted = Assert.Single(recipients, r => r.State == RecipientState.Failed);
        Assert.Equal(cutOff, interrupted.Email);
        Assert.Equal(MailingDelivery.Interrupted, interrupted.Failure);
        var sentTo = await after.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Subject == subject).Select(m => m.To).ToListAsync());
        Assert.Equal(2, sentTo.Count);
        Assert.DoesNotContain(cutOff, sentTo);
    }
}
