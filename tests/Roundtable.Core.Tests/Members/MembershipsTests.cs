using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Members;
using Roundtable.Core.People;

namespace Roundtable.Core.Tests.Members;

public class MembershipsRuleTests
{
    [Theory]
    [InlineData(CommunityRole.CoLead, CommunityRole.Member, 0, true)]
    [InlineData(CommunityRole.CoLead, CommunityRole.Facilitator, 0, true)]
    [InlineData(CommunityRole.CoLead, null, 0, true)]
    [InlineData(CommunityRole.CoLead, CommunityRole.Member, 1, false)]
    [InlineData(CommunityRole.CoLead, null, 2, false)]
    [InlineData(CommunityRole.CoLead, CommunityRole.CoLead, 0, false)]
    [InlineData(CommunityRole.Facilitator, null, 0, false)]
    [InlineData(CommunityRole.Member, CommunityRole.CoLead, 0, false)]
    public void LeavesNoCoLead_OnlyWhenTheLastCoLeadStepsDownOrLeaves(CommunityRole current, CommunityRole? after, int others, bool expected) =>
        Assert.Equal(expected, Memberships.LeavesNoCoLead(current, after, others));
}

// The rules against a real (in-memory SQLite) database, migrated as the app migrates it.
public sealed class MembershipsDatabaseTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
    private RoundtableDb db = null!;
    private Community community = null!;

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        db = new RoundtableDb(new DbContextOptionsBuilder<RoundtableDb>()
            .UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(DatabaseSetup.SqliteMigrations))
            .Options);
        await db.Database.MigrateAsync();
        community = new Community { Slug = "harbour", Name = "Harbour", Purpose = "To learn.", Region = "Harbour Town" };
        db.Communities.Add(community);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task<Membership> JoinAsync(string name, CommunityRole role, bool inGroup = false)
    {
        var person = new Person { Id = Guid.CreateVersion7(), UserName = $"{name}@example.org", Email = $"{name}@example.org", DisplayName = name };
        db.Users.Add(person);
        var membership = new Membership { CommunityId = community.Id, PersonId = person.Id, Role = role, InLivedExpertGroup = inGroup, JoinedAt = clock.GetUtcNow() };
        db.Memberships.Add(membership);
        await db.SaveChangesAsync();
        return membership;
    }

    private Memberships Service() => new(db, clock);

    [Fact]
    public async Task ChangeRole_TheOnlyCoLead_IsRefusedAndUnchanged()
    {
        var lead = await JoinAsync("lead", CommunityRole.CoLead);

        var change = await Service().ChangeRoleAsync(community.Id, lead.Id, CommunityRole.Facilitator);

        Assert.Equal(MembershipChange.LastCoLead, change);
        await db.Entry(lead).ReloadAsync();
        Assert.Equal(CommunityRole.CoLead, lead.Role);
    }

    [Fact]
    public async Task ChangeRole_ACoLeadWhoLeftDoesNotCount()
    {
        var lead = await JoinAsync("lead", CommunityRole.CoLead);
        var gone = await JoinAsync("gone", CommunityRole.CoLead);
        gone.LeftAt = clock.GetUtcNow();
        await db.SaveChangesAsync();

        Assert.Equal(MembershipChange.LastCoLead, await Service().ChangeRoleAsync(community.Id, lead.Id, CommunityRole.Member));
    }

    [Fact]
    public async Task ChangeRole_ToTheSameRole_IsUnchanged()
    {
        var member = await JoinAsync("member", CommunityRole.Member);

        Assert.Equal(MembershipChange.Unchanged, await Service().ChangeRoleAsync(community.Id, member.Id, CommunityRole.Member));
    }

    [Fact]
    public async Task Remove_ClearsAccessNeedsAndSubGroupsButKeepsNamingAndConsent()
    {
        await JoinAsync("lead", CommunityRole.CoLead);
        var member = await JoinAsync("member", CommunityRole.Member, inGroup: true);
        member.AccessNeeds = AccessNeeds.Captions;
        member.OtherAccessNeeds = "Breaks every 20 minutes";
        member.Naming = Naming.NotNamed;
        member.QuoteConsent = QuoteConsent.ByRole;
        var group = new SubGroup { CommunityId = community.Id, Name = "Actions", Purpose = "Take actions forward." };
        db.SubGroups.Add(group);
        db.SubGroupMembers.Add(new SubGroupMember { SubGroupId = group.Id, MembershipId = member.Id });
        await db.SaveChangesAsync();

        var change = await Service().RemoveAsync(community.Id, member.Id);

        Assert.Equal(MembershipChange.Done, change);
        await db.Entry(member).ReloadAsync();
        Assert.Equal(clock.GetUtcNow(), member.LeftAt);
        Assert.Equal(AccessNeeds.None, member.AccessNeeds);
        Assert.Null(member.OtherAccessNeeds);
        Assert.Equal(Naming.NotNamed, member.Naming);
        Assert.Equal(QuoteConsent.ByRole, member.QuoteConsent);
        Assert.False(await db.SubGroupMembers.AnyAsync(s => s.MembershipId == member.Id));
    }

    [Fact]
    public async Task Remove_SomeoneAlreadyGone_IsNotFound()
    {
        await JoinAsync("lead", CommunityRole.CoLead);
        var member = await JoinAsync("member", CommunityRole.Member);
        await Service().RemoveAsync(community.Id, member.Id);

        Assert.Equal(MembershipChange.NotFound, await Service().RemoveAsync(community.Id, member.Id));
    }

    [Fact]
    public async Task Remove_FromTheWrongCommunity_IsNotFound()
    {
        var member = await JoinAsync("member", CommunityRole.Member);

        Assert.Equal(MembershipChange.NotFound, await Service().RemoveAsync(Guid.NewGuid(), member.Id));
    }

    [Fact]
    public async Task SetLivedExpertGroup_TwiceTheSame_IsDoneThenUnchanged()
    {
        var member = await JoinAsync("member", CommunityRole.Member);

        Assert.Equal(MembershipChange.Done, await Service().SetLivedExpertGroupAsync(community.Id, member.Id, true));
        Assert.Equal(MembershipChange.Unchanged, await Service().SetLivedExpertGroupAsync(community.Id, member.Id, true));
    }
}
