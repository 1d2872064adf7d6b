using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Tests.People;

public sealed class ConsentsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly CommunityDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public void Apply_OnlyWhatChanged_GivesAChangeForEach()
    {
        var membership = new Membership { PhotoConsent = true };

        var changes = Consents.Apply(membership, new(Contact: true, QuoteConsent.ByRole, Photos: true), Monday);

        Assert.Equal([(ConsentKind.Contact, "Given"), (ConsentKind.Quote, "ByRole")], changes.Select(c => (c.Kind, c.Value)));
        Assert.All(changes, c => Assert.Equal((membership.Id, Monday), (c.MembershipId, c.At)));
        Assert.Equal(new Consents.Choice(true, QuoteConsent.ByRole, true), Consents.Current(membership));
    }

    [Fact]
    public void Apply_Withdrawing_SaysWithdrawn()
    {
        var membership = new Membership { ContactConsent = true, PhotoConsent = true, QuoteConsent = QuoteConsent.ByName };

        var changes = Consents.Apply(membership, new(Contact: false, QuoteConsent.NotQuoted, Photos: false), Monday);

        Assert.Equal(
            [(ConsentKind.Contact, "Withdrawn"), (ConsentKind.Quote, "NotQuoted"), (ConsentKind.Photos, "Withdrawn")],
            changes.Select(c => (c.Kind, c.Value)));
    }

    [Fact]
    public void Apply_TheSameChoiceAgain_GivesNoChange()
    {
        var membership = new Membership();
        var choice = new Consents.Choice(Contact: true, QuoteConsent.ByName, Photos: false);
        Consents.Apply(membership, choice, Monday);

        var again = Consents.Apply(membership, choice, Monday.AddMinutes(1));

        Assert.Empty(again);
    }

    [Fact]
    public async Task WhoMayBeContacted_SomeoneWithdraws_IsLeftOffAtOnce()
    {
        var ann = await database.MembershipAsync("Ann Able");
        var bea = await database.MembershipAsync("Bea Bright");
        await database.MembershipAsync("Cal Calm");
        Consents.Record(database.Db, ann, new(Contact: true, QuoteConsent.NotQuoted, Photos: false), Monday);
        Consents.Record(database.Db, bea, new(Contact: true, QuoteConsent.NotQuoted, Photos: false), Monday);
        await database.Db.SaveChangesAsync();
        var before = await Consents.WhoMayBeContactedAsync(database.Db, database.Community.Id);

        Consents.Record(database.Db, bea, new(Contact: false, QuoteConsent.NotQuoted, Photos: false), Monday.AddDays(2));
        await database.Db.SaveChangesAsync();
        var after = await Consents.WhoMayBeContactedAsync(database.Db, database.Community.Id);

        Assert.Equal(["ann.able@example.org", "bea.bright@example.org"], before.Select(c => c.Email).Order());
        Assert.Equal(["ann.able@example.org"], after.Select(c => c.Email));
        var history = await database.Db.ConsentChanges.Where(c => c.MembershipId == bea.Id).OrderBy(c => c.At).ToListAsync();
        Assert.Equal([("Given", Monday), ("Withdrawn", Monday.AddDays(2))], history.Select(c => (c.Value, c.At)));
    }

    [Fact]
    public async Task WhoMayBeContacted_LeavesOutFormerMembersAndOtherCommunities()
    {
        var elsewhere = new Community { Slug = "elsewhere", Name = "Elsewhere", Purpose = "To learn.", Region = "Away" };
        database.Db.Communities.Add(elsewhere);
        var former = await database.MembershipAsync("Fred Former");
        var other = await database.MembershipAsync("Olu Other", elsewhere);
        former.ContactConsent = true;
        former.LeftAt = Monday;
        other.ContactConsent = true;
        await database.Db.SaveChangesAsync();

        var list = await Consents.WhoMayBeContactedAsync(database.Db, database.Community.Id);

        Assert.Empty(list);
    }
}
