using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Tests.People;

public sealed class ProfilesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly CommunityDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public void Split_Needs_ListsEachInTheOrderPeopleAreAsked()
    {
        var needs = Profiles.Split(AccessNeeds.QuietSpace | AccessNeeds.EasyRead | AccessNeeds.Captions);

        Assert.Equal([AccessNeeds.EasyRead, AccessNeeds.Captions, AccessNeeds.QuietSpace], needs);
        Assert.Empty(Profiles.Split(AccessNeeds.None));
    }

    [Fact]
    public void AccessNeedOptions_CoverEveryNeed()
    {
        var all = Enum.GetValues<AccessNeeds>().Where(n => n != AccessNeeds.None);

        Assert.Equal(all, Profiles.AccessNeedOptions.Select(o => o.Need));
    }

    [Fact]
    public void OnOffer_RetiredOptions_AreKeptOnlyForThoseWhoHoldThem()
    {
        var current = new IdentityOption { Name = "Staff: health", Position = 1 };
        var retired = new IdentityOption { Name = "Person with ADHD", Position = 0, RetiredAt = Now };

        Assert.Equal([current], Profiles.OnOffer([retired, current], []));
        Assert.Equal([retired, current], Profiles.OnOffer([current, retired], [retired.Id]));
    }

    [Fact]
    public async Task Save_Details_SetsIdentitiesKeepsHeldRetiredOnesAndIgnoresOthers()
    {
        var membership = await database.MembershipAsync("Nadia Achterberg");
        var options = AddOptions(("Autistic person", false), ("Staff: health", false), ("Person with ADHD", true), ("Retired, not held", true));
        database.Db.MemberIdentities.Add(new MemberIdentity { MembershipId = membership.Id, IdentityOptionId = options[2].Id });
        await database.Db.SaveChangesAsync();
        await database.Db.Entry(membership).Collection(m => m.Identities).LoadAsync();
        var chosen = new[] { options[0].Id, options[2].Id, options[3].Id, Guid.NewGuid() };

        var changes = Profiles.Save(database.Db, membership, options, Details(chosen), Now);
        await database.Db.SaveChangesAsync();

        var held = await database.Db.MemberIdentities.Where(i => i.MembershipId == membership.Id).Select(i => i.IdentityOption.Name).OrderBy(n => n).ToListAsync();
        Assert.Equal(["Autistic person", "Person with ADHD"], held);
        Assert.Equal("Brackenmouth Council", membership.Organisation);
        Assert.Equal(Naming.RoleOnly, membership.Naming);
        Assert.Equal(AccessNeeds.Breaks, membership.AccessNeeds);
        Assert.Equal([ConsentKind.Contact], changes.Select(c => c.Kind));
    }

    [Fact]
    public async Task Save_UntickingEverything_RemovesEveryIdentity()
    {
        var membership = await database.MembershipAsync("Nadia Achterberg");
        var options = AddOptions(("Autistic person", false), ("Person with ADHD", true));
        database.Db.MemberIdentities.AddRange(options.Select(o => new MemberIdentity { MembershipId = membership.Id, IdentityOptionId = o.Id }));
        await database.Db.SaveChangesAsync();
        await database.Db.Entry(membership).Collection(m => m.Identities).LoadAsync();

        Profiles.Save(database.Db, membership, options, Details([]), Now);
        await database.Db.SaveChangesAsync();

        Assert.False(await database.Db.MemberIdentities.AnyAsync(i => i.MembershipId == membership.Id));
    }

    private List<IdentityOption> AddOptions(params (string Name, bool Retired)[] options)
    {
        var added = options.Select((o, i) => new IdentityOption
        {
            CommunityId = database.Community.Id,
            Name = o.Name,
            Position = i,
            RetiredAt = o.Retired ? Now : null,
        }).ToList();
        database.Db.IdentityOptions.AddRange(added);
        return added;
    }

    private static Profiles.Details Details(IReadOnlyCollection<Guid> identities) => new(
        identities,
        "Brackenmouth Council",
        "Co-lead",
        Naming.RoleOnly,
        AccessNeeds.Breaks,
        null,
        new Consents.Choice(Contact: true, QuoteConsent.NotQuoted, Photos: false),
        null,
        null);
}
