using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class MembersApiTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Members_NamesEachAsTheyChose()
    {
        var community = await app.CreateCommunityAsync();
        var viewer = await app.MemberAsync(community, "Viola Viewer", choose: m => m.Naming = Naming.FullName);
        await app.MemberAsync(community, "Fiona Fuller", choose: m => m.Naming = Naming.FullName);
        await app.MemberAsync(community, "Sam Firstly", choose: m => m.Naming = Naming.FirstName);
        await app.MemberAsync(community, "Rory Roleton", choose: m =>
        {
            m.Naming = Naming.RoleOnly;
            m.JobRole = "Community nurse";
            m.Organisation = "Testshire Trust";
        });
        await app.MemberAsync(community, "Nia Nameless", choose: m => m.Naming = Naming.NotNamed);
        var client = await app.ApiClientForAsync(viewer);

        var (_, members, body) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/members");

        Assert.Equal(
            ["A member who prefers not to be named", "Community nurse, Testshire Trust", "Fiona Fuller", "Sam", "Viola Viewer"],
            Names(members));
        Assert.DoesNotContain("Firstly", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Rory", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Nia", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Members_ShowsNoEmailsIdentitiesOrIds()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.MemberAsync(community, "Cara Colead", CommunityRole.CoLead);
        var other = await app.MemberAsync(community, "Olu Other", livedExpertGroup: true);
        await app.WithDbAsync(async db =>
        {
            var membership = db.Memberships.Single(m => m.CommunityId == community.Id && m.PersonId == other.Id);
            var option = db.IdentityOptions.First(o => o.CommunityId == community.Id);
            db.MemberIdentities.Add(new MemberIdentity { MembershipId = membership.Id, IdentityOptionId = option.Id });
            return await db.SaveChangesAsync();
        });
        var identity = await app.WithDbAsync(db => Task.FromResult(db.IdentityOptions.First(o => o.CommunityId == community.Id).Name));
        var client = await app.ApiClientForAsync(coLead);

        var (response, members, body) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/members");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, members.GetArrayLength());
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.DoesNotContain(identity, body, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(coLead.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.All(members.EnumerateArray(), m => Assert.False(m.TryGetProperty("email", out _)));
    }

    [Theory]
    [InlineData(CommunityRole.Facilitator)]
    [InlineData(CommunityRole.CoLead)]
    public async Task Get_Members_AsFacilitatorOrCoLead_ShowsAccessNeeds(CommunityRole role)
    {
        var community = await app.CreateCommunityAsync();
        var planner = await app.MemberAsync(community, "Pat Planner", role);
        await app.MemberAsync(community, "Nadia Needs", choose: m =>
        {
            m.Naming = Naming.FullName;
            m.AccessNeeds = AccessNeeds.EasyRead | AccessNeeds.Captions;
            m.OtherAccessNeeds = "Slides a day before";
        });
        var client = await app.ApiClientForAsync(planner);

        var (_, members, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/members");

        var needs = ByName(members, "Nadia Needs").GetProperty("accessNeeds");
        Assert.Equal(["EasyRead", "Captions"], needs.GetProperty("needs").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("Slides a day before", needs.GetProperty("other").GetString());
        Assert.Empty(ByName(members, "Pat").GetProperty("accessNeeds").GetProperty("needs").EnumerateArray());
    }

    [Fact]
    public async Task Get_Members_AsMember_OmitsAccessNeeds()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Mo Member");
        await app.MemberAsync(community, "Nadia Needs", choose: m =>
        {
            m.AccessNeeds = AccessNeeds.BslInterpreter;
            m.OtherAccessNeeds = "A quiet seat";
        });
        var client = await app.ApiClientForAsync(member);

        var (_, members, body) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/members");

        Assert.Equal(2, members.GetArrayLength());
        Assert.All(members.EnumerateArray(), m => Assert.False(m.TryGetProperty("accessNeeds", out _)));
        Assert.DoesNotContain("A quiet seat", body, StringComparison.Ordinal);
        Assert.DoesNotContain("BslInterpreter", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Members_AsOrdinaryMember_OmitsLivedExpertGroup()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Mo Member");
        await app.MemberAsync(community, "Lee Lived", livedExpertGroup: true);
        var client = await app.ApiClientForAsync(member);

        var (_, members, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/members");

        Assert.Equal(2, members.GetArrayLength());
        Assert.All(members.EnumerateArray(), m => Assert.False(m.TryGetProperty("inLivedExpertGroup", out _)));
    }

    [Theory]
    [InlineData(CommunityRole.Member, true)]
    [InlineData(CommunityRole.CoLead, false)]
    public async Task Get_Members_AsGroupMemberOrCoLead_ShowsWhoIsInTheGroup(CommunityRole role, bool inGroup)
    {
        var community = await app.CreateCommunityAsync();
        var viewer = await app.MemberAsync(community, "Vic Viewer", role, livedExpertGroup: inGroup);
        await app.MemberAsync(community, "Lee Lived", livedExpertGroup: true);
        await app.MemberAsync(community, "Ola Outside");
        var client = await app.ApiClientForAsync(viewer);

        var (_, members, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/members");

        Assert.True(ByName(members, "Lee").GetProperty("inLivedExpertGroup").GetBoolean());
        Assert.False(ByName(members, "Ola").GetProperty("inLivedExpertGroup").GetBoolean());
        Assert.Equal(inGroup, ByName(members, "Vic").GetProperty("inLivedExpertGroup").GetBoolean());
    }

    [Fact]
    public async Task Get_Members_FormerMember_IsNotListed()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Mo Member");
        var former = await app.MemberAsync(community, "Fen Former");
        await app.LeaveAsync(community, former);
        var client = await app.ApiClientForAsync(member);

        var (_, members, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/members");

        Assert.Equal(["Mo"], Names(members));
    }

    [Fact]
    public async Task Get_Members_ShowsRoleOffersAndLookingFor()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Mo Member", choose: m =>
        {
            m.Offers = "Easy-read writing";
            m.LookingFor = "People in primary care";
        });
        await app.MemberAsync(community, "Fay Facilitator", CommunityRole.Facilitator);
        var client = await app.ApiClientForAsync(member);

        var (_, members, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/members");

        var mo = ByName(members, "Mo");
        Assert.Equal("Member", mo.GetProperty("role").GetString());
        Assert.Equal("Easy-read writing", mo.GetProperty("offers").GetString());
        Assert.Equal("People in primary care", mo.GetProperty("lookingFor").GetString());
        Assert.Equal("Facilitator", ByName(members, "Fay").GetProperty("role").GetString());
    }

    [Fact]
    public async Task Get_SubGroups_ListsEachWithItsActiveMembersAsNamed()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Mo Member", choose: m => m.Naming = Naming.FullName);
        var anonymous = await app.MemberAsync(community, "Nia Nameless", choose: m => m.Naming = Naming.NotNamed);
        var former = await app.MemberAsync(community, "Fen Former");
        var groupId = await app.WithDbAsync(async db =>
        {
            var group = new SubGroup { CommunityId = community.Id, Name = "System mapping", Purpose = "Map who does what.", CreatedAt = app.Clock.GetUtcNow() };
            db.SubGroups.Add(group);
            foreach (var person in new[] { member, anonymous, former })
            {
                var membership = db.Memberships.Single(m => m.CommunityId == community.Id && m.PersonId == person.Id);
                db.SubGroupMembers.Add(new SubGroupMember { SubGroupId = group.Id, MembershipId = membership.Id, JoinedAt = app.Clock.GetUtcNow() });
            }

            await db.SaveChangesAsync();
            return group.Id;
        });
        await app.LeaveAsync(community, former);
        var client = await app.ApiClientForAsync(member);

        var (_, groups, body) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/sub-groups");

        var group = Assert.Single(groups.EnumerateArray());
        Assert.Equal(groupId, group.GetProperty("id").GetGuid());
        Assert.Equal("System mapping", group.GetProperty("name").GetString());
        Assert.Equal("Map who does what.", group.GetProperty("purpose").GetString());
        Assert.Equal([MemberNames.NotNamed, "Mo Member"], group.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.DoesNotContain("Fen", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Nia", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SubGroups_NoneYet_IsAnEmptyList()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Mo Member");
        var client = await app.ApiClientForAsync(member);

        var (response, groups, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/sub-groups");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, groups.GetArrayLength());
    }

    [Fact]
    public async Task Get_OpenApi_MemberSchema_DoesNotRequireWhatSomeCallersAreNotShown()
    {
        var document = await app.CreateBrowser().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var member = document.GetProperty("components").GetProperty("schemas").GetProperty("Member");
        var required = member.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("name", required);
        Assert.DoesNotContain("inLivedExpertGroup", required);
        Assert.DoesNotContain("accessNeeds", required);
        Assert.True(member.GetProperty("properties").TryGetProperty("accessNeeds", out _));
    }

    private static List<string?> Names(JsonElement members) =>
        members.EnumerateArray().Select(m => m.GetProperty("name").GetString()).Order(StringComparer.Ordinal).ToList();

    private static JsonElement ByName(JsonElement members, string name) =>
        members.EnumerateArray().Single(m => m.GetProperty("name").GetString() == name);
}
