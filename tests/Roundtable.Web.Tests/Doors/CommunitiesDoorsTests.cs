using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Doors;

// The same bad community sent through both doors, the "Start a community" page (its form posted as
// a browser posts it) and the API (as JSON), is refused by each with the same words against the same
// field, and starts nothing. A short address already taken is a conflict in the API (409), said
// beside the short address on the page.
[Collection(SharedApps.Doors)]
public class CommunitiesDoorsTests(RoundtableApp app)
{
    // In a row, stands for the short address of a community that already exists.
    private const string Taken = "{taken}";

    public sealed record Founding(string? Name, string? Slug, string? Purpose, string? Region, string? Contact, string? Visibility);

    // Field: the field the problem is against, as the page's form and the API's request both name it.
    public sealed record Row(Func<Founding, Founding> Change, string Field, string Message);

    private static readonly Dictionary<string, Row> Table = new()
    {
        ["no name"] = new(f => f with { Name = " " }, "Name", "Enter the community's name"),
        ["a name too long"] = new(f => f with { Name = new string('n', 121) }, "Name", "Name must be 120 characters or fewer (you have 121)"),
        ["a short address with spaces"] = new(
            f => f with { Slug = "Has Spaces" }, "Slug",
            "Short address must be at least 3 characters: lower-case letters, numbers and single hyphens, like brackenmouth-ld"),
        ["a short address too short"] = new(
            f => f with { Slug = "ab" }, "Slug",
            "Short address must be at least 3 characters: lower-case letters, numbers and single hyphens, like brackenmouth-ld"),
        ["a short address too long"] = new(f => f with { Slug = new string('s', 61) }, "Slug", "Short address must be 60 characters or fewer"),
        ["a short address Roundtable uses"] = new(f => f with { Slug = "new" }, "Slug", "That short address is used by Roundtable itself: choose another"),
        ["a short address taken"] = new(f => f with { Slug = Taken }, "Slug", $"The short address ‘{Taken}’ is already taken: choose another"),
        ["no purpose"] = new(f => f with { Purpose = "" }, "Purpose", "Enter what the community is for"),
        ["an area too long"] = new(f => f with { Region = new string('r', 101) }, "Region", "Area must be 100 characters or fewer (you have 101)"),
        ["a contact too long"] = new(f => f with { Contact = new string('c', 201) }, "Contact", "Contact must be 200 characters or fewer (you have 201)"),
    };

    public static TheoryData<string> Cases() => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadCommunity_BothDoorsRefuseItWithTheSameWordsAndStartNothing(string @case)
    {
        var (change, field, message) = Table[@case];
        var taken = await app.CreateCommunityAsync();
        var founding = change(Valid());
        founding = founding with { Slug = founding.Slug?.Replace(Taken, taken.Slug, StringComparison.Ordinal) };
        message = message.Replace(Taken, taken.Slug, StringComparison.Ordinal);
        var (browser, api) = await CoLeadAsync();
        var before = await CommunitiesAsync();

        using var page = await browser.SubmitAsync("/communities/new", Form(founding));
        var (response, problem) = await api.PostJsonAsync("/api/v1/communities", founding);

        await TwoDoors.PageSaysAsync(page, $"Input_{field}", message);
        if (founding.Slug == taken.Slug)
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal(message, problem.GetProperty("detail").GetString());
        }
        else
        {
            TwoDoors.ApiSays(response, problem, TwoDoors.Camel(field), message);
        }

        Assert.Equal(before, await CommunitiesAsync());
        Assert.Equal(taken.Name, await app.WithDbAsync(db => db.Communities.Where(c => c.Id == taken.Id).Select(c => c.Name).SingleAsync()));
    }

    private static Founding Valid() => new(
        "Harbour Town Community of Practice", TestData.Unique("harbour"), "To make the harbour's services work for everyone.", "Harbour Town",
        "harbour@example.org", "InvitationOnly");

    // Someone who may start a community, at each door.
    private async Task<(HttpClient Browser, HttpClient Api)> CoLeadAsync()
    {
        var (_, person, browser) = await app.CommunityWithAsync(CommunityRole.CoLead);
        return (browser, await app.ApiClientForAsync(person));
    }

    private Task<int> CommunitiesAsync() => app.WithDbAsync(db => db.Communities.CountAsync());

    private static Dictionary<string, string> Form(Founding founding) => new()
    {
        ["Input.Name"] = founding.Name ?? "",
        ["Input.Slug"] = founding.Slug ?? "",
        ["Input.Purpose"] = founding.Purpose ?? "",
        ["Input.Region"] = founding.Region ?? "",
        ["Input.Contact"] = founding.Contact ?? "",
        ["Input.Visibility"] = founding.Visibility ?? "",
    };
}
