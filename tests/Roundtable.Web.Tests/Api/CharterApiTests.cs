using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class CharterApiTests(RoundtableApp app)
{
    private const string NewPurpose = "We come together to change one thing at a time.";

    [Fact]
    public async Task Get_Charter_NewCommunity_IsVersionOneFromTheTemplate()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Mo Member");
        var client = await app.ApiClientForAsync(member);

        var (response, charter, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/charter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, charter.GetProperty("number").GetInt32());
        Assert.Equal("Started from the charter template", charter.GetProperty("note").GetString());
        Assert.Equal(
            CharterTemplate.Sections(community.Region).Select(s => s.Key),
            charter.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        var first = charter.GetProperty("sections")[0];
        Assert.Equal("What we are", first.GetProperty("title").GetString());
        Assert.Contains("in Testshire", first.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            CharterTemplate.Principles.Select(p => (p.Name, p.Description)),
            charter.GetProperty("principles").EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("description").GetString()!)));
    }

    [Fact]
    public async Task Get_Charter_AfterASave_IsTheNewVersionByItsAuthorAsNamed()
    {
        var (community, coLead) = await CommunityWithSecondVersionAsync();
        var client = await app.ApiClientForAsync(coLead);

        var (_, charter, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/charter");

        Assert.Equal(2, charter.GetProperty("number").GetInt32());
        Assert.Equal("Made our purpose plainer", charter.GetProperty("note").GetString());
        Assert.Equal("Carys Colead", charter.GetProperty("author").GetString());
        Assert.Equal(app.Clock.GetUtcNow(), charter.GetProperty("savedAt").GetDateTimeOffset());
        Assert.Equal(NewPurpose, Section(charter, CharterTemplate.OurPurpose).GetProperty("body").GetString());
    }

    [Fact]
    public async Task Get_CharterVersions_ListsEachNewestFirst()
    {
        var (community, coLead) = await CommunityWithSecondVersionAsync();
        var client = await app.ApiClientForAsync(coLead);

        var (_, versions, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/charter/versions");

        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("Carys Colead", versions[0].GetProperty("author").GetString());
        Assert.Equal("Made our purpose plainer", versions[0].GetProperty("note").GetString());
        // Version 1 was written by someone who is not a member.
        Assert.Equal("A former member", versions[1].GetProperty("author").GetString());
        Assert.False(versions[1].TryGetProperty("sections", out _));
    }

    [Fact]
    public async Task Get_CharterVersion_Earlier_IsItsOwnText()
    {
        var (community, coLead) = await CommunityWithSecondVersionAsync();
        var client = await app.ApiClientForAsync(coLead);

        var (_, first, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/charter/versions/1");
        var (_, second, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/charter/versions/2");

        Assert.Equal(1, first.GetProperty("number").GetInt32());
        Assert.StartsWith("We come together to:", Section(first, CharterTemplate.OurPurpose).GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(NewPurpose, Section(second, CharterTemplate.OurPurpose).GetProperty("body").GetString());
        Assert.Equal(6, first.GetProperty("principles").GetArrayLength());
    }

    [Fact]
    public async Task Get_Charter_AuthorWhoHasLeft_IsAFormerMember()
    {
        var (community, coLead) = await CommunityWithSecondVersionAsync();
        var reader = await app.MemberAsync(community, "Rhi Reader");
        await app.LeaveAsync(community, coLead);
        var client = await app.ApiClientForAsync(reader);

        var (_, charter, body) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/charter");

        Assert.Equal("A former member", charter.GetProperty("author").GetString());
        Assert.DoesNotContain("Carys", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Charter_AuthorNotNamed_IsNotNamed()
    {
        var (community, coLead) = await CommunityWithSecondVersionAsync();
        await app.ChangeMembershipAsync(community, coLead, m => m.Naming = Naming.NotNamed);
        var client = await app.ApiClientForAsync(coLead);

        var (_, versions, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/charter/versions");

        Assert.Equal(MemberNames.NotNamed, versions[0].GetProperty("author").GetString());
    }

    [Fact]
    public async Task Get_Charter_ListsOnlyWhatIsStillToBeConfirmed()
    {
        var dueOn = app.Today.AddDays(216);
        var community = await app.CreateCommunityAsync();
        var coLead = await app.MemberAsync(community, "Carys Colead", CommunityRole.CoLead);
        await app.WithDbAsync(async db =>
        {
            db.ToBeConfirmed.Add(new ToBeConfirmed
            {
                CommunityId = community.Id,
                SectionKey = CharterTemplate.HowWeAreStructured,
                Text = "How the lived experience group want to be named",
                DueOn = dueOn,
                ConfirmedWith = "the lived experience group",
                CreatedById = coLead.Id,
                CreatedAt = app.Clock.GetUtcNow(),
            });
            db.ToBeConfirmed.Add(new ToBeConfirmed
            {
                CommunityId = community.Id,
                SectionKey = CharterTemplate.OurValues,
                Text = "Already agreed",
                DueOn = app.Today.AddDays(41),
                ConfirmedWith = "co-leads",
                CreatedById = coLead.Id,
                CreatedAt = app.Clock.GetUtcNow(),
                ConfirmedAt = app.Clock.GetUtcNow(),
                Outcome = "Agreed",
            });
            return await db.SaveChangesAsync();
        });
        var client = await app.ApiClientForAsync(coLead);

        var (_, charter, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/charter");

        var open = Assert.Single(charter.GetProperty("toBeConfirmed").EnumerateArray());
        Assert.Equal(CharterTemplate.HowWeAreStructured, open.GetProperty("sectionKey").GetString());
        Assert.Equal("How the lived experience group want to be named", open.GetProperty("text").GetString());
        Assert.Equal(TestClock.Iso(dueOn), open.GetProperty("dueOn").GetString());
        Assert.Equal("the lived experience group", open.GetProperty("confirmedWith").GetString());
    }

    [Fact]
    public async Task Get_Charter_OfAListedCommunity_IsOpenToAnyTokenHolder()
    {
        var (community, _) = await CommunityWithSecondVersionAsync();
        var outsider = await app.CreatePersonAsync("Olu Outsider");
        var client = await app.ApiClientForAsync(outsider);

        var (response, charter, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/charter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, charter.GetProperty("number").GetInt32());
    }

    // A community whose co-lead, named in full, saved version 2 with a new purpose.
    private async Task<(Community Community, Person CoLead)> CommunityWithSecondVersionAsync()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.MemberAsync(community, "Carys Colead", CommunityRole.CoLead, choose: m => m.Naming = Naming.FullName);
        CharterSave? save = null;
        await app.WithScopeAsync(async services => save = await services.GetRequiredService<Charters>()
            .SaveSectionAsync(community.Id, CharterTemplate.OurPurpose, NewPurpose, "Made our purpose plainer", basedOn: 1, coLead.Id));
        Assert.IsType<CharterSave.Saved>(save);
        return (community, coLead);
    }

    private static JsonElement Section(JsonElement charter, string key) =>
        charter.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == key);
}
