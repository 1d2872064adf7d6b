using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Connections;

public static class ConnectionsTestData
{
    public static Task CameAsync(this RoundtableApp app, Session session, params Person[] people) =>
        app.WithDbAsync(db =>
        {
            db.Attendance.AddRange(people.Select(p => new Attendee
            {
                SessionId = session.Id, PersonId = p.Id, Source = AttendanceSource.Marked, RecordedById = p.Id, RecordedAt = session.EndsAt,
            }));
            return db.SaveChangesAsync();
        });

    // A connection between a member and a service, brokered by `broker`.
    public static async Task<Connection> ConnectionAsync(this RoundtableApp app, Community community, Person member, Person broker, string service = "Falls service")
    {
        Connection connection = null!;
        await app.WithDbAsync(async db =>
        {
            var result = await new BrokeredConnections(db, app.Clock).RecordAsync(
                community.Id,
                new(new(ConnectionSideKind.Member, member.Id, null, null), new(ConnectionSideKind.Named, null, null, service), "To share what works", null),
                broker.Id);
            connection = result.Connection ?? throw new InvalidOperationException(string.Join("; ", result.Problems.Select(p => p.Message)));
            return 0;
        });
        return connection;
    }

    public static async Task<Offer> OfferAsync(this RoundtableApp app, Community community, Person by, string title = "A peer educator network")
    {
        Offer offer = null!;
        await app.WithDbAsync(async db =>
        {
            offer = (await new CollaborationOffers(db, new BrokeredConnections(db, app.Clock), app.Clock)
                .PostAsync(community.Id, by.Id, new(title, "We train peer educators", "Other trusts"))).Offer!;
            return 0;
        });
        return offer;
    }

    public static Task<Connection> ConnectionNowAsync(this RoundtableApp app, Guid id) =>
        app.WithDbAsync(db => db.Connections.AsNoTracking().Include(c => c.Changes).SingleAsync(c => c.Id == id));
}
