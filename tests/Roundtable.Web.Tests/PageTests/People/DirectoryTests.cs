using Roundtable.Core.Communities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.People;

[Collection(SharedApps.People)]
public class DirectoryTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Directory_ShowsOffersAndLookingForButNeverEmailsIdentitiesOrAccessNeeds()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, _) = await app.MemberAsync(community, "Nadia Achterberg");
        await app.GiveIdentitiesAsync(community, nadia, "Person with a learning disability");
        await app.ChangeMembershipAsync(community, nadia, m =>
        {
            m.Offers = "Training on easy read";
            m.LookingFor = "Someone in housing";
            m.AccessNeeds = AccessNeeds.BslInterpreter | AccessNeeds.Breaks;
            m.OtherAccessNeeds = "A hearing loop, please";
            m.Organisation = "Brackenmouth Council";
        });
        var (_, viewer) = await app.MemberAsync(community, "Olu Other");

        using var response = await viewer.GetAsync($"/communities/{community.Slug}/people");

        var html = await response.Content.ReadAsStringAsync();
        var card = (await response.ToDocumentAsync()).QuerySelectorAll("#people li").Single(li => li.QuerySelector("h2")!.TextContent == "Nadia");
        Assert.Contains("Training on easy read", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Someone in housing", card.TextContent, StringComparison.Ordinal);
        foreach (var secret in new[] { nadia.Email!, "Person with a learning disability", "British Sign Language", "Breaks", "hearing loop", "Brackenmouth" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Get_Directory_ShowsSomeoneNotNamedAsSuchWithWhatTheyOffer()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, _) = await app.MemberAsync(community, "Nadia Achterberg");
        await app.ChangeMembershipAsync(community, nadia, m => (m.Naming, m.Offers) = (Naming.NotNamed, "Peer support"));
        var (_, viewer) = await app.MemberAsync(community, "Olu Other");

        var page = await viewer.GetDocumentAsync($"/communities/{community.Slug}/people");

        var card = page.QuerySelectorAll("#people li").Single(li => li.QuerySelector("h2")!.TextContent == MemberNames.NotNamed);
        Assert.Contains("Peer support", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Nadia", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Directory_ShowsCoLeadsAndFacilitatorsRolesAndLeavesOutFormerMembers()
    {
        var community = await app.CreateCommunityAsync();
        await app.MemberAsync(community, "Cora Lead", CommunityRole.CoLead);
        await app.MemberAsync(community, "Fay Facilitator", CommunityRole.Facilitator);
        var (former, _) = await app.MemberAsync(community, "Fred Former");
        await app.ChangeMembershipAsync(community, former, m => m.LeftAt = app.Clock.GetUtcNow());
        var (_, viewer) = await app.MemberAsync(community, "Olu Other");

        var page = await viewer.GetDocumentAsync($"/communities/{community.Slug}/people");

        var people = page.QuerySelectorAll("#people li")
            .Select(li => (li.QuerySelector("h2")!.TextContent, li.QuerySelector(".nhsuk-tag")?.TextContent))
            .ToList();
        Assert.Equal([("Cora", "Co-lead"), ("Fay", "Facilitator"), ("Olu", null)], people);
    }

    [Fact]
    public async Task Get_Directory_AsASiteAdminWhoIsNotAMember_ListsPeopleWithoutAPlaceOfTheirOwn()
    {
        var community = await app.CreateCommunityAsync();
        await app.MemberAsync(community, "Ann Able");
        var admin = await app.CreatePersonAsync("Ada Admin");
        await app.MakeSiteAdminAsync(admin);
        var browser = await app.BrowserForAsync(admin);

        var page = await browser.GetDocumentAsync($"/communities/{community.Slug}/people");

        Assert.Equal(["Ann"], page.QuerySelectorAll("#people h2").Select(h => h.TextContent));
        Assert.Null(page.QuerySelector($"main a[href='/communities/{community.Slug}/me']"));
    }

    [Theory]
    [InlineData("HOUSING", new[] { "Ann", "Bea" })]
    [InlineData("easy read", new[] { "Bea" })]
    [InlineData("astronomy", new string[0])]
    public async Task Get_Directory_WithASearch_ShowsOnlyPeopleWhoseOffersOrNeedsMentionIt(string search, string[] expected)
    {
        var community = await app.CreateCommunityAsync();
        var (ann, _) = await app.MemberAsync(community, "Ann Able");
        var (bea, _) = await app.MemberAsync(community, "Bea Bright");
        await app.ChangeMembershipAsync(community, ann, m => m.LookingFor = "Someone who knows housing");
        await app.ChangeMembershipAsync(community, bea, m => (m.Offers, m.LookingFor) = ("Housing advice and easy read", null));
        var (_, viewer) = await app.MemberAsync(community, "Olu Other");

        var page = await viewer.GetDocumentAsync($"/communities/{community.Slug}/people?q={Uri.EscapeDataString(search)}");

        Assert.Equal(expected, page.QuerySelectorAll("#people h2").Select(h => h.TextContent));
        Assert.Equal(search, page.GetElementById("q")?.GetAttribute("value"));
    }
}
