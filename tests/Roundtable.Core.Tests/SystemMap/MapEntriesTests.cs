using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.SystemMap;

namespace Roundtable.Core.Tests.SystemMap;

// The system map's rules, against a real database.
public sealed class MapEntriesTests : IAsyncLifetime
{
    private const string NotAWebAddress = "Enter a web address that starts with https:// or http://, like https://www.example.org";

    private readonly CommunityDatabase database = new();
    private Guid adder;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        adder = (await database.JoinAsync("Ada Adder")).Id;
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private MapEntries Entries(RoundtableDb? db = null) => new(db ?? database.NewContext(), database.Clock);

    private CommunityMap Map() => new(database.NewContext());

    private static MapEntries.Details Details(
        string name, string kind = "Group", string sector = "VoluntaryAndCommunity", string? offers = null, string? needs = null, string? web = null) =>
        new(name, kind, sector, offers, needs, web);

    private async Task<MapEntry> AddAsync(string name, string kind = "Group", string sector = "VoluntaryAndCommunity", string? offers = null, string? needs = null)
    {
        var result = await Entries().AddAsync(database.Community.Id, Guid.CreateVersion7(), Details(name, kind, sector, offers, needs), adder);
        Assert.Equal(MapOutcome.Saved, result.Outcome);
        return result.Entry!;
    }

    [Theory]
    [InlineData("javascript:alert(1)", "Only web addresses can be used here: start it with https:// or http://, not javascript:")]
    [InlineData("JavaScript:alert(document.cookie)", "Only web addresses can be used here: start it with https:// or http://, not javascript:")]
    [InlineData("data:text/html,<script>alert(1)</script>", "Only web addresses can be used here: start it with https:// or http://, not data:")]
    [InlineData("ftp://files.example.org", "Only web addresses can be used here: start it with https:// or http://, not ftp:")]
    [InlineData("www.example.org", NotAWebAddress)]
    [InlineData("https://", NotAWebAddress)]
    public async Task Add_WithAWebAddressThatIsNotHttp_IsRefusedAndAddsNothing(string address, string message)
    {
        var result = await Entries().AddAsync(database.Community.Id, Guid.CreateVersion7(), Details("Riverside Carers", web: address), adder);

        Assert.Equal(MapOutcome.Invalid, result.Outcome);
        Assert.Equal([new Problem("WebAddress", message)], result.Problems);
        Assert.Empty(await Map().EntriesAsync(database.Community.Id));
    }

    [Fact]
    public async Task Add_WithNothingChosen_SaysWhatIsMissingForEachField()
    {
        var result = await Entries().AddAsync(database.Community.Id, Guid.CreateVersion7(), new MapEntries.Details(" ", "", "3", null, null, null), adder);

        Assert.Equal(
            [
                new Problem("Name", "Enter the name of the organisation, service or group"),
                new Problem("Kind", "Choose whether it is an organisation, a service or a group"),
                new Problem("Sector", "Choose the sector it is in"),
            ],
            result.Problems);
    }

    [Fact]
    public async Task Add_ANameAlreadyOnTheMap_IsRefused()
    {
        await AddAsync("Riverside Carers");

        var result = await Entries().AddAsync(database.Community.Id, Guid.CreateVersion7(), Details("riverside carers"), adder);

        Assert.Equal([new Problem("Name", "There is already an entry called “riverside carers” on the map")], result.Problems);
    }

    [Fact]
    public async Task Add_TheSameFormSentTwiceAtOnce_AddsOneEntry()
    {
        var key = Guid.CreateVersion7();

        var results = await AtOnce.Run(2, _ => Entries().AddAsync(database.Community.Id, key, Details("Riverside Carers", web: "https://carers.example.org"), adder));

        Assert.All(results, r => Assert.Equal(key, r.Entry!.Id));
        Assert.Equal(["Riverside Carers"], (await Map().EntriesAsync(database.Community.Id)).Select(e => e.Name));
    }

    [Fact]
    public async Task Change_AfterSomeoneElseChangedIt_IsRefusedAndKeepsTheirChange()
    {
        var entry = await AddAsync("Riverside Carers");
        var first = await Entries().ChangeAsync(database.Community.Id, entry.Id, Details("Riverside Carers", offers: "Peer support"), entry.Version);

        var second = await Entries().ChangeAsync(database.Community.Id, entry.Id, Details("Riverside Carers", needs: "A room"), entry.Version);

        Assert.Equal((MapOutcome.Saved, MapOutcome.ChangedMeanwhile), (first.Outcome, second.Outcome));
        Assert.Equal(MapEntries.ChangedMeanwhile, second.Refusal);
        var now = (await Map().ReadAsync(database.Community.Id, entry.Id))!.Entry;
        Assert.Equal(("Peer support", (string?)null, 2), (now.Offers, now.Needs, now.Version));
    }

    [Fact]
    public async Task Change_TwoAtOnceFromTheSameVersion_SavesOneAndTellsTheOther()
    {
        var entry = await AddAsync("Riverside Carers");

        var results = await AtOnce.Run(2, i => Entries().ChangeAsync(database.Community.Id, entry.Id, Details("Riverside Carers", offers: $"Offer {i}"), entry.Version));

        Assert.Equal([MapOutcome.Saved, MapOutcome.ChangedMeanwhile], results.Select(r => r.Outcome).Order());
        var saved = results.Single(r => r.Outcome == MapOutcome.Saved).Entry!.Offers;
        Assert.Equal(saved, (await Map().ReadAsync(database.Community.Id, entry.Id))!.Entry.Offers);
    }

    [Fact]
    public async Task Remove_TakesItsConnectionsAndPeopleWithIt_AndASecondClickFindsItDone()
    {
        var carers = await AddAsync("Riverside Carers");
        var team = await AddAsync("Liaison Team", "Service", "Nhs");
        await Entries().LinkAsync(database.Community.Id, carers.Id, new(team.Id, "Refers carers"), adder);
        await Entries().LinkMemberAsync(carers, await database.MembershipAsync("Lin Linked"));

        var first = await Entries().RemoveAsync(database.Community.Id, carers.Id, carers.Version);
        var second = await Entries().RemoveAsync(database.Community.Id, carers.Id, carers.Version);

        Assert.Equal((MapOutcome.Saved, MapOutcome.Unchanged), (first.Outcome, second.Outcome));
        Assert.Empty(await Map().ConnectionsAsync(database.Community.Id));
        Assert.Equal(0, await database.NewContext().MapEntryMembers.CountAsync());
        Assert.Equal(["Liaison Team"], (await Map().EntriesAsync(database.Community.Id)).Select(e => e.Name));
    }

    [Fact]
    public async Task Link_ToItselfWithoutWords_IsRefusedOnBothFields()
    {
        var carers = await AddAsync("Riverside Carers");

        var result = await Entries().LinkAsync(database.Community.Id, carers.Id, new(carers.Id, ""), adder);

        Assert.Equal(
            [
                new Problem("ToId", "Choose an organisation, service or group other than this one"),
                new Problem("How", "Enter how they work together"),
            ],
            result.Problems);
    }

    [Fact]
    public async Task Link_ToAnotherCommunitysEntry_IsRefused()
    {
        var carers = await AddAsync("Riverside Carers");
        var elsewhere = new Community { Slug = "elsewhere", Name = "Elsewhere CoP", Purpose = "To learn.", Region = "Elsewhere" };
        database.Db.Communities.Add(elsewhere);
        await database.Db.SaveChangesAsync();
        var theirs = await Entries().AddAsync(elsewhere.Id, Guid.CreateVersion7(), Details("Their team"), adder);

        var result = await Entries().LinkAsync(database.Community.Id, carers.Id, new(theirs.Entry!.Id, "Works with"), adder);

        Assert.Equal([new Problem("ToId", "Choose an organisation, service or group on this community's map")], result.Problems);
    }

    [Fact]
    public async Task Link_SentTwice_IsOneConnection_AndOtherWordsChangeIt()
    {
        var carers = await AddAsync("Riverside Carers");
        var team = await AddAsync("Liaison Team", "Service", "Nhs");

        var first = await Entries().LinkAsync(database.Community.Id, carers.Id, new(team.Id, "Refers carers"), adder);
        var again = await Entries().LinkAsync(database.Community.Id, carers.Id, new(team.Id, "Refers carers"), adder);
        var reworded = await Entries().LinkAsync(database.Community.Id, carers.Id, new(team.Id, "Refers carers to the team"), adder);

        Assert.Equal([MapOutcome.Saved, MapOutcome.Unchanged, MapOutcome.Saved], new[] { first, again, reworded }.Select(r => r.Outcome));
        var connection = Assert.Single(await Map().ConnectionsAsync(database.Community.Id));
        Assert.Equal(("Riverside Carers", "Liaison Team", "Refers carers to the team"), (connection.From.Name, connection.To.Name, connection.How));
    }

    [Theory]
    [InlineData("carers", null, null, new[] { "Liaison Team", "Riverside Carers" })]
    [InlineData("ROOM", null, null, new[] { "Riverside Carers" })]
    [InlineData(null, Sector.Nhs, null, new[] { "Liaison Team" })]
    [InlineData(null, null, MapEntryKind.Organisation, new[] { "Council Adult Care" })]
    [InlineData("carers", Sector.VoluntaryAndCommunity, MapEntryKind.Group, new[] { "Riverside Carers" })]
    [InlineData("nothing like this", null, null, new string[0])]
    public async Task Find_ByWordsSectorAndKind_FindsOnlyWhatMatches(string? words, Sector? sector, MapEntryKind? kind, string[] expected)
    {
        await AddAsync("Riverside Carers", offers: "Peer support", needs: "A room to meet in");
        await AddAsync("Liaison Team", "Service", "Nhs", offers: "Hospital passports for carers to fill in");
        await AddAsync("Council Adult Care", "Organisation", "CouncilAndSocialCare", offers: "Assessments");

        var found = await Map().FindAsync(database.Community.Id, new MapSearch(words, sector, kind));

        Assert.Equal(expected, found.Select(e => e.Name));
    }

    [Fact]
    public async Task Read_PeopleLinked_AreNamedAsTheyChose_AndThoseWhoLeftAreNotShown()
    {
        var carers = await AddAsync("Riverside Carers");
        var named = await database.MembershipAsync("Nia Named");
        named.Naming = Naming.FullName;
        var unnamed = await database.MembershipAsync("Una Unnamed");
        unnamed.Naming = Naming.NotNamed;
        var left = await database.MembershipAsync("Lee Left");
        await database.Db.SaveChangesAsync();
        foreach (var membership in new[] { named, unnamed, left })
        {
            await Entries().LinkMemberAsync(carers, membership);
        }

        left.LeftAt = database.Clock.GetUtcNow();
        await database.Db.SaveChangesAsync();

        var people = (await Map().ReadAsync(database.Community.Id, carers.Id))!.People.Select(p => p.Name);

        Assert.Equal(["Nia Named", MemberNames.NotNamed], people);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void MayChange_TheAdderAndCoLeadsOnly(bool isAdder, bool isCoLead, bool expected)
    {
        var entry = new MapEntry { Name = "Riverside Carers", AddedById = adder };

        Assert.Equal(expected, MapEntries.MayChange(entry, isAdder ? adder : Guid.CreateVersion7(), isCoLead));
    }

    [Fact]
    public async Task EntriesAsync_ListsEveryEntryByName_ForOtherPartsToPointAt()
    {
        await AddAsync("Zephyr Group");
        await AddAsync("Alder Service", "Service", "Nhs");

        var entries = await Map().EntriesAsync(database.Community.Id);

        Assert.Equal([("Alder Service", MapEntryKind.Service), ("Zephyr Group", MapEntryKind.Group)], entries.Select(e => (e.Name, e.Kind)));
    }
}
