using System.Globalization;
using System.Net;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Doors;

// The same bad running order sent through both doors, the running order page (its form posted as
// a browser posts it) and the API (as JSON), is refused by each with the same words against the
// same item's field, and saves nothing. Each sends a good first item and the bad one second.
[Collection(SharedApps.Doors)]
public class RunningOrdersDoorsTests(RoundtableApp app)
{
    // An item as both doors can carry it: minutes as a number.
    public sealed record Item(string? Title, int? Minutes, string? Kind = null, string? Presenter = null, string? Notes = null);

    private static readonly Item Welcome = new("Welcome, and who is here", 10);

    // Field: the item's field the problem is against.
    public sealed record Row(Item Item, string Field, string Message);

    private static readonly Dictionary<string, Row> Table = new()
    {
        ["an item over 600 minutes"] = new(new("All day", 601), "Minutes", "The minutes must be between 1 and 600"),
        ["an item of no minutes"] = new(new("Nothing much", 0), "Minutes", "The minutes must be between 1 and 600"),
        ["an item without its minutes"] = new(new("Open-ended", null), "Minutes", "Enter how many minutes this item takes"),
        ["an item without a title"] = new(new("", 10), "Title", "Enter what happens in this item"),
        ["a title too long"] = new(new(new string('t', 201), 10), "Title", "What happens must be 200 characters or fewer (you have 201)"),
        ["a presentation over 5 minutes"] = new(
            new("Case study", 6, "Presentation", "Dr Amara Okafor"), "Minutes", "A presentation or case study holds up to 5 minutes"),
        ["a presentation with no presenter"] = new(
            new("Case study", 5, "Presentation"), "Presenter", "Enter who is presenting, or ‘to be confirmed’"),
        ["a presenter too long"] = new(
            new("Case study", 5, "Presentation", new string('p', 121)), "Presenter", "The presenter must be 120 characters or fewer (you have 121)"),
        ["a presenter for an ordinary item"] = new(
            new("Updates", 10, "Item", "Jo Updates"), "Presenter",
            "Only a presentation or case study has a presenter: choose that kind of item, or leave the presenter empty"),
        ["notes too long"] = new(new("Discussion", 25, Notes: new string('n', 1001)), "Notes", "The notes must be 1000 characters or fewer (you have 1001)"),
    };

    public static TheoryData<string> Cases() => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Put_BadItem_BothDoorsRefuseItWithTheSameWordsAndSaveNothing(string @case)
    {
        var (item, field, message) = Table[@case];
        var (session, browser, api, path, apiPath) = await SessionAsync();

        using var page = await browser.SubmitAsync(path, Form([Welcome, item]), "#running-order-form");
        var (response, problem) = await api.PutJsonAsync(apiPath, new { items = new[] { Json(Welcome), Json(item) } });

        await TwoDoors.PageSaysAsync(page, $"Rows_1__{field}", message);
        TwoDoors.ApiSays(response, problem, $"items[1].{TwoDoors.Camel(field)}", message);
        Assert.Empty((await app.ReloadAsync(session)).RunningOrder);
    }

    [Fact]
    public async Task Put_AfterSomeoneElseSaved_BothDoorsSaySoInTheSameWordsAndKeepWhatWasSaved()
    {
        var (session, browser, api, path, apiPath) = await SessionAsync();
        var form = (await browser.GetDocumentAsync(path)).Form("#running-order-form");
        var (_, before, _) = await api.GetJsonAsync(apiPath);
        await api.PutJsonAsync(apiPath, new { items = new[] { Json(new Item("Saved meanwhile", 120)) } });

        using var page = await browser.SubmitAsync(form, Form([new Item("Mine", 120)]));
        var (response, problem) = await api.PutJsonAsync(
            apiPath, new { version = before.GetProperty("version").GetString(), items = new[] { Json(new Item("Also mine", 120)) } });

        const string changed = "Someone else changed this running order while you were editing it.";
        Assert.StartsWith(changed, Assert.Single((await page.ToDocumentAsync()).ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith(changed, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Saved meanwhile", Assert.Single((await app.ReloadAsync(session)).RunningOrder).Title);
    }

    [Fact]
    public async Task Put_LongerThanTheSession_BothDoorsSaveItAndSayByHowMuch()
    {
        var (session, browser, api, path, apiPath) = await SessionAsync();

        using var page = await browser.SubmitAsync(path, Form([new Item("Everything", 130)]), "#running-order-form");
        var saidOnPage = (await browser.FollowAsync(page)).Notice();
        var (_, order) = await api.PutJsonAsync(apiPath, new { items = new[] { Json(new Item("Everything and more", 135)) } });

        Assert.Equal("The running order has been saved. The running order is 10 minutes longer than the session.", saidOnPage);
        Assert.Equal("The running order is 15 minutes longer than the session.", order.GetProperty("problem").GetString());
        Assert.Equal(135, Assert.Single((await app.ReloadAsync(session)).RunningOrder).Minutes);
    }

    // A two-hour session with no running order yet, and a facilitator at each door.
    // Path: the running order page; ApiPath: the running order in the API.
    private async Task<(Session Session, HttpClient Browser, HttpClient Api, string Path, string ApiPath)> SessionAsync()
    {
        var (community, facilitator, browser) = await app.CommunityWithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(83));
        var path = $"/communities/{community.Slug}/sessions/{session.Number}/running-order";
        return (session, browser, await app.ApiClientForAsync(facilitator), path, $"/api/v1{path}");
    }

    // The items typed into the page's rows, each in its place: a kind left unchosen is the form's own, Item.
    private static List<(string Name, string? Value)> Form(IReadOnlyList<Item> items) =>
    [
        .. items.SelectMany((item, i) => new (string Name, string? Value)[]
        {
            ($"Rows[{i}].Position", (i + 1).ToString(CultureInfo.InvariantCulture)),
            ($"Rows[{i}].Title", item.Title ?? ""),
            ($"Rows[{i}].Minutes", item.Minutes?.ToString(CultureInfo.InvariantCulture) ?? ""),
            ($"Rows[{i}].Kind", item.Kind ?? "Item"),
            ($"Rows[{i}].Presenter", item.Presenter ?? ""),
            ($"Rows[{i}].Notes", item.Notes ?? ""),
        }),
    ];

    private static Dictionary<string, object?> Json(Item item) => new()
    {
        ["title"] = item.Title,
        ["minutes"] = item.Minutes,
        ["kind"] = item.Kind,
        ["presenter"] = item.Presenter,
        ["notes"] = item.Notes,
    };
}
