using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.ChatImports;

// Importing a meeting's chat through the page, as a person does it without JavaScript: paste,
// preview, import, then map a sender and undo.
[Collection(SharedApps.Pages)]
public class ImportPageTests(RoundtableApp app)
{
    private const string Chat =
        "[14:02] Robin Member\n" +
        "Hello all 👋\n" +
        "Kit Stranger joined the meeting\n" +
        "[14:03] Kit Stranger\n" +
        "The tool: https://example.org/tool\n";

    private static string PathOf(OpenRoom room) => $"/communities/{room.Community.Slug}/sessions/{room.Session.Number}/chat-imports";

    private async Task<(HttpClient Browser, OpenRoom Room)> ImporterAsync()
    {
        var room = await app.OpenRoomAsync();
        return (await app.BrowserForAsync(room.Facilitator), room);
    }

    [Fact]
    public async Task Post_PasteThenPreview_ShowsWhatWillBeImportedAndSavesNothing()
    {
        var (browser, room) = await ImporterAsync();

        using var response = await browser.SubmitAsync(PathOf(room), new Dictionary<string, string> { ["Text"] = Chat }, "form#paste");
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Robin, 14:02", "Not matched, 14:03 (written as Kit Stranger)"],
            page.QuerySelectorAll("#preview-messages li p:first-child").Select(p => p.TextContent.Trim()));
        Assert.Equal("1", page.QuerySelectorAll("#preview-figures .nhsuk-summary-list__row")[2].QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.ContributionImports.CountAsync(i => i.SessionId == room.Session.Id)));
    }

    [Fact]
    public async Task Post_ConfirmTwice_ImportsOnceAndListsLinksAndUnmatchedSenders()
    {
        var (browser, room) = await ImporterAsync();
        using var previewed = await browser.SubmitAsync(PathOf(room), new Dictionary<string, string> { ["Text"] = Chat }, "form#paste");
        var preview = await previewed.ToDocumentAsync();

        using var first = await browser.SubmitAsync(preview.Form("form#confirm"));
        var page = await browser.FollowAsync(first);
        using var again = await browser.SubmitAsync(preview.Form("form#confirm"));

        Assert.Equal("Imported 2 contributions from a Microsoft Teams chat.", page.Notice());
        Assert.Equal(["https://example.org/tool"], page.QuerySelectorAll("#import-links li").Select(li => li.TextContent.Trim()));
        Assert.Equal("Not matched (1)", page.GetElementById("not-matched")!.TextContent.Trim());
        Assert.Equal("This was imported already. Nothing was imported twice.", (await browser.FollowAsync(again)).Notice());
        Assert.Equal(2, await app.WithDbAsync(db => db.Contributions.CountAsync(c => c.RoomId == room.RoomId)));
    }

    [Fact]
    public async Task Post_AChatInNoLayoutWeKnow_SaysSoBesideTheFieldWithItsFirstLinesAndTheTextKept()
    {
        var (browser, room) = await ImporterAsync();
        const string notes = "Notes from the session\nWe talked about peer support";

        using var response = await browser.SubmitAsync(PathOf(room), new Dictionary<string, string> { ["Text"] = notes }, "form#paste");
        var page = await response.ToDocumentAsync();

        Assert.StartsWith("We could not read this chat", page.ErrorFor("Text"));
        Assert.Equal(["Notes from the session", "We talked about peer support"], page.QuerySelectorAll("#first-lines li").Select(li => li.TextContent.Trim()));
        Assert.Equal(notes, page.QuerySelector("textarea#Text")!.TextContent.Trim().Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_MapThenUndo_NamesTheSenderThenTakesTheWholeImportOut()
    {
        var (browser, room) = await ImporterAsync();
        using var previewed = await browser.SubmitAsync(PathOf(room), new Dictionary<string, string> { ["Text"] = Chat }, "form#paste");
        using var imported = await browser.SubmitAsync((await previewed.ToDocumentAsync()).Form("form#confirm"));
        var result = await browser.FollowAsync(imported);

        using var mapped = await browser.SubmitAsync(result.Form("#not-matched ~ form"), new Dictionary<string, string> { ["personId"] = room.Member.Id.ToString() });
        var afterMap = await browser.FollowAsync(mapped);
        using var undone = await browser.SubmitAsync(afterMap.Form("#import-list form"));
        var afterUndo = await browser.FollowAsync(undone);

        Assert.StartsWith("‘Kit Stranger’ is Robin: 1 contributions are theirs now", afterMap.Notice());
        Assert.StartsWith("The import is undone", afterUndo.Notice());
        Assert.Equal(0, await app.WithDbAsync(db => db.Contributions.CountAsync(c => c.RoomId == room.RoomId && c.DeletedAt == null)));
    }
}
