using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Core.Communities;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Tests.Shared;
using static Roundtable.Core.Tests.Connections.ConnectionsTestData;

namespace Roundtable.Core.Tests.Connections;

// Who sees a brokered connection, how each person in it is named, and how it went, against a real database.
public sealed class BrokeredConnectionsTests : IAsyncLifetime
{
    private readonly CommunityDatabase database = new();
    private readonly FakeTimeProvider clock = TestClock.StartingToday();
    private Person broker = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        broker = await database.MemberAsync("Fay Facilitator", Naming.FullName, QuoteConsent.ByName, null, false, CommunityRole.Facilitator);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private BrokeredConnections Connections() => new(database.NewContext(), clock);

    private async Task<Connection> RecordAsync(BrokeredConnections.Side from, BrokeredConnections.Side to, int? session = null, SessionKind kind = SessionKind.Session, Person? by = null)
    {
        var result = await Connections().RecordAsync(database.Community.Id, new(from, to, "To share what works", session, null, kind), (by ?? broker).Id);
        Assert.Equal(ConnectionOutcome.Saved, result.Outcome);
        return result.Connection!;
    }

    private async Task<IReadOnlyList<string>> SeenByAsync(Person viewer) =>
        (await Connections().ReadAsync(database.Community.Id, await database.ViewerAsync(viewer))).Select(v => $"{v.From} + {v.To}").Order().ToList();

    [Fact]
    public async Task Read_BySides_CoLeadsAndOthers_EachSeesWhatTheyMayNamedAsTheyMay()
    {
        var named = await database.MemberAsync("Nia Named", Naming.FullName, QuoteConsent.ByName);
        var byRole = await database.MemberAsync("Rob Role", Naming.FullName, QuoteConsent.ByRole, jobRole: "Social worker");
        var unnamed = await database.MemberAsync("Uma Unnamed", Naming.NotNamed, QuoteConsent.ByName);
        var notQuoted = await database.MemberAsync("Nora Notquoted", Naming.FirstName, QuoteConsent.NotQuoted);
        var coLead = await database.MemberAsync("Cal Colead", Naming.FullName, QuoteConsent.ByName, null, false, CommunityRole.CoLead);
        var other = await database.MemberAsync("Otto Other", Naming.FullName, QuoteConsent.ByName);
        await RecordAsync(Side(named), Side(byRole));
        await RecordAsync(Side(unnamed), Named("Carers' Hub"));
        await RecordAsync(Side(notQuoted), Side(named));

        // A side sees theirs, each named as they chose to be; someone in none sees only the
        // one whose people all consented to be quoted, by name or by role as they consented.
        Assert.Equal(["Nia Named + Rob Role", "Nora + Nia Named"], await SeenByAsync(named));
        Assert.Equal([$"{MemberNames.NotNamed} + Carers' Hub", "Nia Named + Social worker"], await SeenByAsync(unnamed));
        Assert.Equal(["Nia Named + Social worker"], await SeenByAsync(other));
        Assert.Equal([$"{MemberNames.NotNamed} + Carers' Hub", "Nia Named + Rob Role", "Nora + Nia Named"], await SeenByAsync(coLead));
        Assert.Equal(3, (await SeenByAsync(broker)).Count);
    }

    [Fact]
    public async Task Read_MadeInAPreparationMeeting_StaysInsideTheLivedExpertGroup()
    {
        var meeting = await database.SessionAsync(1, TestClock.Today.AddDays(-3), kind: SessionKind.PreparationMeeting);
        var livedExpert = await database.MemberAsync("Lee Livedexpert", Naming.FullName, QuoteConsent.ByName, livedExpert: true);
        var alsoInGroup = await database.MemberAsync("Gil Group", Naming.FullName, QuoteConsent.ByName, livedExpert: true);
        var other = await database.MemberAsync("Otto Other", Naming.FullName, QuoteConsent.ByName);
        var outsideTheGroup = await Connections().RecordAsync(
            database.Community.Id, new(Side(livedExpert), Named("Self-advocacy network"), "To share what works", meeting.Number, null, SessionKind.PreparationMeeting), broker.Id);
        await RecordAsync(Side(livedExpert), Named("Self-advocacy network"), meeting.Number, SessionKind.PreparationMeeting, by: livedExpert);

        // To a facilitator outside the group the meeting is not there at all.
        Assert.Equal(ConnectionOutcome.Invalid, outsideTheGroup.Outcome);
        Assert.Equal("There is no preparation meeting 1 in this community", Assert.Single(outsideTheGroup.Problems).Message);

        Assert.Equal(["Lee Livedexpert + Self-advocacy network"], await SeenByAsync(alsoInGroup));
        Assert.Empty(await SeenByAsync(other));
        Assert.Equal(0, await Connections().CountAsync((await database.SessionAsync(2, TestClock.Today.AddDays(-2))).Id));
        Assert.Equal(1, await Connections().CountAsync(meeting.Id));
    }

    [Fact]
    public async Task MoveOn_IntroducedToEnded_KeepsEveryStepWithItsDateAndWho()
    {
        var amy = await database.MemberAsync("Amy Side", Naming.FullName, QuoteConsent.ByName);
        var connection = await RecordAsync(Side(amy), Named("Falls service"));
        var introduced = clock.GetUtcNow();
        var steps = new[] { ConnectionStatus.InTouch, ConnectionStatus.WorkingTogether, ConnectionStatus.Ended };
        foreach (var step in steps)
        {
            clock.Advance(TimeSpan.FromDays(10));
            var moved = await Connections().MoveOnAsync(database.Community.Id, connection.Id, new(step, $"Now {step}", null), await database.ViewerAsync(amy));
            Assert.Equal(ConnectionOutcome.Saved, moved.Outcome);
        }

        var view = (await Connections().FindAsync(database.Community.Id, connection.Id, await database.ViewerAsync(amy)))!;

        Assert.Equal(ConnectionStatus.Ended, view.Connection.Status);
        Assert.Equal(
            [(ConnectionStatus.Introduced, introduced, "Fay Facilitator"), (ConnectionStatus.InTouch, introduced.AddDays(10), "Amy Side"),
             (ConnectionStatus.WorkingTogether, introduced.AddDays(20), "Amy Side"), (ConnectionStatus.Ended, introduced.AddDays(30), "Amy Side")],
            view.History.Select(h => (h.Status, h.At, h.By)).ToList());
    }

    [Fact]
    public async Task MoveOn_TwoAtOnceFromTheSameVersion_TheSecondIsToldAndNothingIsLost()
    {
        var amy = await database.MemberAsync("Amy Side", Naming.FullName, QuoteConsent.ByName);
        var connection = await RecordAsync(Side(amy), Named("Falls service"));

        var first = await Connections().MoveOnAsync(database.Community.Id, connection.Id, new(ConnectionStatus.InTouch, null, connection.Version), await database.ViewerAsync(amy));
        var second = await Connections().MoveOnAsync(database.Community.Id, connection.Id, new(ConnectionStatus.Ended, "Not needed", connection.Version), await database.ViewerAsync(broker));

        Assert.Equal((ConnectionOutcome.Saved, ConnectionOutcome.ChangedMeanwhile), (first.Outcome, second.Outcome));
        var now = await database.NewContext().Connections.Include(c => c.Changes).SingleAsync(c => c.Id == connection.Id);
        Assert.Equal((ConnectionStatus.InTouch, 2), (now.Status, now.Changes.Count));
    }

    [Fact]
    public async Task MoveOn_BySomeoneNotInIt_IsRefused()
    {
        var amy = await database.MemberAsync("Amy Side", Naming.FullName, QuoteConsent.ByName);
        var other = await database.MemberAsync("Otto Other", Naming.FullName, QuoteConsent.ByName);
        var connection = await RecordAsync(Side(amy), Named("Falls service"));

        var result = await Connections().MoveOnAsync(database.Community.Id, connection.Id, new(ConnectionStatus.Ended, null, null), await database.ViewerAsync(other));

        Assert.Equal(ConnectionOutcome.Refused, result.Outcome);
    }

    [Fact]
    public async Task Record_BadSides_SaysWhatIsWrongBesideEachField()
    {
        var amy = await database.MemberAsync("Amy Side", Naming.FullName, QuoteConsent.ByName);

        var noKind = await Connections().RecordAsync(database.Community.Id, new(new(null, null, null, null), Named(" "), " ", 99), broker.Id);
        var sameTwice = await Connections().RecordAsync(database.Community.Id, new(Side(amy), Side(amy), "Why not", null), broker.Id);
        var stranger = await Connections().RecordAsync(database.Community.Id, new(Side(amy), new(ConnectionSideKind.Member, Guid.NewGuid(), null, null), "Why not", null), broker.Id);

        Assert.Equal(["From.Kind", "SessionNumber", "To.Name", "Why"], noKind.Problems.Select(p => p.Field).Order().ToList());
        Assert.Equal("To.Kind", Assert.Single(sameTwice.Problems).Field);
        Assert.Equal("To.PersonId", Assert.Single(stranger.Problems).Field);
        Assert.Equal(0, await database.NewContext().Connections.CountAsync());
    }
}
