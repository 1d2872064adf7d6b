using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mailing;
using Roundtable.Core.Security;

namespace Roundtable.Core.DemoData;

// Outside subscribers to the demo community's email list: two invented board members who
// confirmed, and one whose link is still waiting. Invented addresses.
public static class DemoEmailList
{
    private static readonly (string Email, int DaysAgo, bool Confirmed)[] Subscribers =
    [
        ("gwen.farrowdale@example.org", 30, true),
        ("oswin.marrable@example.org", 12, true),
        ("hattie.penlowe@example.org", 2, false),
    ];

    public static async Task SubscribeAsync(RoundtableDb db, Community community, Guid coLeadId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (email, daysAgo, confirmed) in Subscribers)
        {
            var added = now.AddDays(-daysAgo);
            db.Subscribers.Add(new Subscriber
            {
                CommunityId = community.Id, Email = email, AddedById = coLeadId, AddedAt = added,
                // Nobody holds the demo's links: the hash is of a token thrown away.
                ConfirmTokenHash = SecretToken.Hash(SecretToken.Create()), ConfirmExpiresAt = added + EmailList.ConfirmLinkLifetime,
                ConfirmedAt = confirmed ? added.AddHours(5) : null,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
