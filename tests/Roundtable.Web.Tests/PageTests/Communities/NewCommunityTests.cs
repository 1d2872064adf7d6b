using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Communities;

[Collection(SharedApps.Sessions)]
public class NewCommunityTests(RoundtableApp app)
{
    private async Task<(Person Founder, HttpClient Browser)> CoLeadAsync()
    {
        var founder = await app.CreatePersonAsync("Founding Lead");
        await app.JoinAsync(await app.CreateCommunityAsync(), founder, CommunityRole.CoLead);
        return (founder, await app.BrowserForAsync(founder));
    }

    private static Dictionary<string, string> Valid(string slug) => new()
    {
        ["Input.Name"] = "Harbour Town Community of Practice",
        ["Input.Slug"] = slug,
        ["Input.Purpose"] = "To make the harbour's services work for everyone.",
        ["Input.Region"] = "Harbour Town",
        ["Input.Contact"] = "harbour@example.org",
        ["Input.Visibility"] = "InvitationOnly",
    };

    [Fact]
    public async Task Post_ValidDetails_FoundsTheCommunityWithItsFounderCharterAndIdentities()
    {
        var (founder, browser) = await CoLeadAsync();
        var slug = TestData.Unique("harbour");

        using var response = await browser.SubmitAsync("/communities/new", Valid(slug));

        Assert.Equal($"/communities/{slug}", response.Headers.Location?.OriginalString);
        var page = await browser.GetDocumentAsync($"/communities/{slug}");
        Assert.StartsWith("Your community has been created", page.Notice(), StringComparison.Ordinal);
        var (community, founderRole, charter, identities) = await app.WithDbAsync(async db =>
        {
            var community = await db.Communities.SingleAsync(c => c.Slug == slug);
            var role = await db.Memberships.Where(m => m.CommunityId == community.Id && m.PersonId == founder.Id).Select(m => m.Role).SingleAsync();
            var charter = await db.CharterVersions.Include(v => v.Sections).Include(v => v.Principles).SingleAsync(v => v.CommunityId == community.Id);
            var identities = await db.IdentityOptions.CountAsync(o => o.CommunityId == community.Id);
            return (community, role, charter, identities);
        });
        Assert.Equal(CommunityVisibility.InvitationOnly, community.Visibility);
        Assert.Equal(CommunityRole.CoLead, founderRole);
        Assert.Equal(1, charter.Number);
        Assert.Equal(founder.Id, charter.AuthorId);
        Assert.Equal(7, charter.Sections.Count);
        Assert.Equal(6, charter.Principles.Count);
        Assert.Equal(IdentityDefaults.All.Count, identities);
    }

    [Fact]
    public async Task Post_NoShortAddress_MakesOneFromTheName()
    {
        var (_, browser) = await CoLeadAsync();
        var name = $"Riverside Peer Space {TestData.Unique("x")}";
        var fields = Valid("");
        fields["Input.Name"] = name;

        using var response = await browser.SubmitAsync("/communities/new", fields);

        Assert.Equal($"/communities/{Slug.From(name)}", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("Has Spaces", "Short address must be at least 3 characters: lower-case letters, numbers and single hyphens, like brackenmouth-ld")]
    [InlineData("ab", "Short address must be at least 3 characters: lower-case letters, numbers and single hyphens, like brackenmouth-ld")]
    [InlineData("double--hyphen", "Short address must be at least 3 characters: lower-case letters, numbers and single hyphens, like brackenmouth-ld")]
    [InlineData("new", "That short address is used by Roundtable itself: choose another")]
    public async Task Post_MalformedShortAddress_SaysWhatIsWrongAndKeepsTheRest(string slug, string message)
    {
        var (_, browser) = await CoLeadAsync();

        using var response = await browser.SubmitAsync("/communities/new", Valid(slug));

        var page = await response.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.ErrorFor("Input_Slug"));
        Assert.Equal(slug, page.GetElementById("Input_Slug")?.GetAttribute("value"));
        Assert.Equal("Harbour Town", page.GetElementById("Input_Region")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_ShortAddressTaken_SaysSo()
    {
        var existing = await app.CreateCommunityAsync();
        var (_, browser) = await CoLeadAsync();

        using var response = await browser.SubmitAsync("/communities/new", Valid(existing.Slug));

        Assert.Equal($"The short address ‘{existing.Slug}’ is already taken: choose another", (await response.ToDocumentAsync()).ErrorFor("Input_Slug"));
    }

    [Fact]
    public async Task Post_EmptyAndOverlong_ShowEachProblem()
    {
        var (_, browser) = await CoLeadAsync();
        var fields = Valid(TestData.Unique("empty"));
        fields["Input.Name"] = "";
        fields["Input.Region"] = new string('r', 101);

        using var response = await browser.SubmitAsync("/communities/new", fields);

        var page = await response.ToDocumentAsync();
        Assert.Equal("Enter the community's name", page.ErrorFor("Input_Name"));
        Assert.Equal("Area must be 100 characters or fewer (you have 101)", page.ErrorFor("Input_Region"));
    }

    [Fact]
    public async Task Post_Twice_FoundsOneCommunity()
    {
        var (_, browser) = await CoLeadAsync();
        var slug = TestData.Unique("twice");
        var form = (await browser.GetDocumentAsync("/communities/new")).Form();

        using var first = await browser.SubmitAsync(form, Valid(slug));
        using var second = await browser.SubmitAsync(form, Valid(slug));

        Assert.Equal($"/communities/{slug}", first.Headers.Location?.OriginalString);
        Assert.Equal($"/communities/{slug}", second.Headers.Location?.OriginalString);
        Assert.Equal(1, await app.WithDbAsync(db => db.Communities.CountAsync(c => c.Slug == slug)));
    }

    [Fact]
    public async Task Get_Home_OffersToStartACommunityOnlyToThoseWhoMay()
    {
        var (_, coLead) = await CoLeadAsync();
        var member = await app.CreatePersonAsync();
        await app.JoinAsync(await app.CreateCommunityAsync(), member);

        var coLeadHome = await coLead.GetDocumentAsync("/");
        var memberHome = await (await app.BrowserForAsync(member)).GetDocumentAsync("/");

        Assert.NotNull(coLeadHome.QuerySelector("main a[href='/communities/new']"));
        Assert.Null(memberHome.QuerySelector("main a[href='/communities/new']"));
    }
}
