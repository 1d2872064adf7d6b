using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Tests.Shared;

namespace Roundtable.Core.Tests.Connections;

// An offer to collaborate, the people interested in it, and the connection one becomes.
public sealed class CollaborationOffersTests : IAsyncLifetime
{
    private readonly CommunityDatabase database = new();
    private readonly FakeTimeProvider clock = TestClock.StartingToday();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private CollaborationOffers Offers()
    {
        var db = database.NewContext();
        return new(db, new BrokeredConnections(db, clock), clock);
    }

    [Fact]
    public async Task OfferInterestConnection_TheOffererTurnsAnInterestIntoAConnectionWithBothAsSides()
    {
        var offerer = await database.MemberAsync("Olu Offerer", Naming.FullName, QuoteConsent.ByName);
        var keen = await database.MemberAsync("Kit Keen", Naming.FirstName, QuoteConsent.NotQuoted);
        var offer = (await Offers().PostAsync(database.Community.Id, offerer.Id, new("A peer educator network", "We train peer educators", "Other trusts"))).Offer!;

        await Offers().InterestAsync(database.Community.Id, offer.Id, keen.Id, "We start next year");
        var again = await Offers().InterestAsync(database.Community.Id, offer.Id, keen.Id, "We start in spring");
        var seenByOfferer = (await Offers().FindAsync(database.Community.Id, offer.Id, await database.ViewerAsync(offerer)))!;
        var interest = Assert.Single(seenByOfferer.Interests);
        var connected = await Offers().ConnectAsync(database.Community.Id, offer.Id, interest.InterestId, await database.ViewerAsync(offerer));
        var pressedAgain = await Offers().ConnectAsync(database.Community.Id, offer.Id, interest.InterestId, await database.ViewerAsync(offerer));

        Assert.Equal(OfferOutcome.Saved, again.Outcome);
        Assert.Equal(("Kit", "We start in spring"), (interest.Name, interest.Note));
        Assert.Equal((OfferOutcome.Saved, OfferOutcome.Unchanged), (connected.Outcome, pressedAgain.Outcome));
        Assert.Equal(connected.Connection!.Id, pressedAgain.Connection!.Id);
        var connection = await database.NewContext().Connections.SingleAsync();
        Assert.Equal((offerer.Id, keen.Id, offerer.Id), (connection.From.PersonId, connection.To.PersonId, connection.BrokeredById));
        Assert.Equal("Interested in the offer “A peer educator network”: We start in spring", connection.Why);
        Assert.Equal(connection.Id, (await database.NewContext().OfferInterests.SingleAsync()).ConnectionId);
    }

    [Fact]
    public async Task Interests_OnlyTheOffererSeesWho_AndNobodyMayConnectSomeoneElsesOffer()
    {
        var offerer = await database.MemberAsync("Olu Offerer", Naming.FullName, QuoteConsent.ByName);
        var keen = await database.MemberAsync("Kit Keen", Naming.FirstName, QuoteConsent.ByName);
        var other = await database.MemberAsync("Otto Other", Naming.FullName, QuoteConsent.ByName);
        var offer = (await Offers().PostAsync(database.Community.Id, offerer.Id, new("Shared training", "Places on our course", null))).Offer!;
        await Offers().InterestAsync(database.Community.Id, offer.Id, keen.Id, null);

        var seenByOther = (await Offers().FindAsync(database.Community.Id, offer.Id, await database.ViewerAsync(other)))!;
        var interestId = (await database.NewContext().OfferInterests.SingleAsync()).Id;
        var refused = await Offers().ConnectAsync(database.Community.Id, offer.Id, interestId, await database.ViewerAsync(other));
        var own = await Offers().InterestAsync(database.Community.Id, offer.Id, offerer.Id, "Me too");

        Assert.Equal((1, 0), (seenByOther.InterestCount, seenByOther.Interests.Count));
        Assert.Equal(OfferOutcome.Refused, refused.Outcome);
        Assert.Equal((OfferOutcome.Refused, CollaborationOffers.OwnOffer), (own.Outcome, own.Refusal));
        Assert.Equal(0, await database.NewContext().Connections.CountAsync());
    }

    [Fact]
    public async Task Post_WithoutATitleOrWhatItIs_SaysSoBesideEach()
    {
        var offerer = await database.MemberAsync("Olu Offerer", Naming.FullName, QuoteConsent.ByName);

        var result = await Offers().PostAsync(database.Community.Id, offerer.Id, new(" ", null, new string('x', Offer.LookingForMaxLength + 1)));

        Assert.Equal(["LookingFor", "Title", "What"], result.Problems.Select(p => p.Field).Order().ToList());
    }
}
