using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.Rooms;

// Who may use each page of the live room: a session's room is for its community's members (and
// guests with the join link, in a room of their own); its console for facilitators; a preparation
// meeting's room and console for the lived-expert group and its co-leads, invisible to everyone
// else, site admins included; the projector for anyone with its link.
[Collection(AccessTables.Name)]
public class RoomAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                                                   Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/sessions/1/room", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1/room", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sessions/9/room", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/sessions/1/room/console", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1/room/console", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sessions/9/room/console", [SignIn, 403, 403, 403, 404, 404, 404]),
        ("/communities/{listed}/preparation-meetings/1/room", [404, 404, 404, 200, 404, 200, 404]),
        ("/communities/{hidden}/preparation-meetings/1/room", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/preparation-meetings/1/room/console", [404, 404, 404, 403, 404, 200, 404]),
        ("/communities/{hidden}/preparation-meetings/1/room/console", [404, 404, 404, 404, 404, 404, 404]),
        ("/rooms/projector/{projector}", [200, 200, 200, 200, 200, 200, 200]),
        ("/rooms/projector/rp_not-a-real-link", [404, 404, 404, 404, 404, 404, 404]),
        // A preparation meeting's room is only for the lived-expert group: no projector shows it.
        ("/rooms/projector/{preparation-projector}", [404, 404, 404, 404, 404, 404, 404]),
        ("/rooms/join/rj_not-a-real-link", [404, 404, 404, 404, 404, 404, 404]),
        ("/join", [200, 200, 200, 200, 200, 200, 200]),
        // No open room has it; and no room code ever opens a preparation meeting, which has none.
        ("/join/ZZZ 9ZZ", [404, 404, 404, 404, 404, 404, 404]),
        // Without a guest cookie there is no guest room to show.
        ("/rooms/guest", [404, 404, 404, 404, 404, 404, 404]),
        ("/css/room.css", [200, 200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(app.RoomPlaces, path)
            .Replace("{projector}", app.RoomPlaces.ProjectorToken, StringComparison.Ordinal)
            .Replace("{preparation-projector}", app.RoomPlaces.PreparationProjectorToken, StringComparison.Ordinal));

        AssertAnswered(response, expected);
    }

    [Theory]
    [InlineData(Anonymous, 200)]
    [InlineData(NonMember, 200)]
    public async Task Get_JoinLink_AsSomeoneNotInTheCommunity_AsksForAName(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync($"/rooms/join/{app.RoomPlaces.JoinToken}");

        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(LivedExpert)]
    [InlineData(Facilitator)]
    [InlineData(CoLead)]
    [InlineData(Visitor.Admin)]
    public async Task Get_JoinLink_AsSomeoneWhoMayBeInTheRoom_GoesToTheRoomAsThemselves(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync($"/rooms/join/{app.RoomPlaces.JoinToken}");

        Assert.Equal($"/communities/{app.RoomPlaces.Listed.Slug}/sessions/1/room", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(Anonymous)]
    [InlineData(NonMember)]
    public async Task Get_RoomCode_AsSomeoneNotInTheCommunity_OffersSignInButNoGuestSeat(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        var page = await browser.GetDocumentAsync($"/join/{await ListedCodeAsync()}");

        Assert.NotNull(page.GetElementById("members-only"));
        Assert.Null(page.QuerySelector("form#join"));
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(LivedExpert)]
    [InlineData(Facilitator)]
    [InlineData(CoLead)]
    [InlineData(Visitor.Admin)]
    public async Task Get_RoomCode_AsSomeoneWhoMayBeInTheRoom_GoesToTheRoomAsThemselves(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync($"/join/{await ListedCodeAsync()}");

        Assert.Equal($"/communities/{app.RoomPlaces.Listed.Slug}/sessions/1/room", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_RoomCodes_OnlyTheSessionsRoomHasOne()
    {
        var codes = await app.WithDbAsync(db => db.Rooms
            .Where(r => r.Id == app.RoomPlaces.ListedRoomId || r.Id == app.RoomPlaces.ListedPreparationRoomId)
            .ToDictionaryAsync(r => r.Id, r => r.Code));

        Assert.NotNull(codes[app.RoomPlaces.ListedRoomId]);
        Assert.Null(codes[app.RoomPlaces.ListedPreparationRoomId]);
    }

    [Theory]
    [InlineData(Member, 404)]
    [InlineData(Facilitator, 404)]
    [InlineData(Visitor.Admin, 404)]
    [InlineData(NonMember, 404)]
    public async Task Post_ContributeToThePreparationMeetingRoom_AsSomeoneOutsideTheGroup_IsNotFoundAndStoresNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.RoomPlaces.Listed.Slug}/preparation-meetings/1/room?handler=Contribute",
            ("form", "general"), ("Forms[general].ClientId", Guid.NewGuid().ToString()), ("Forms[general].Text", $"Slipped in by {visitor}"));

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Contributions.AnyAsync(c => c.RoomId == app.RoomPlaces.ListedPreparationRoomId)));
    }

    [Theory]
    [InlineData(NonMember, 403)]
    [InlineData(Member, 403)]
    [InlineData(LivedExpert, 403)]
    public async Task Post_ConsoleActions_AsSomeoneNotAFacilitator_AreForbiddenAndChangeNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var console = $"/communities/{app.RoomPlaces.Listed.Slug}/sessions/1/room/console";

        using var close = await browser.PostWithTokenAsync($"{console}?handler=Close");
        using var ask = await browser.PostWithTokenAsync($"{console}?handler=Prompt", ("Prompt.Kind", "Free"), ("Prompt.Text", "Taken over?"));
        using var link = await browser.PostWithTokenAsync($"{console}?handler=JoinLink");
        using var guests = await browser.PostWithTokenAsync($"{console}?handler=GuestsByCode", ("allow", "true"));

        Assert.Equal([expected, expected, expected, expected], new[] { (int)close.StatusCode, (int)ask.StatusCode, (int)link.StatusCode, (int)guests.StatusCode });
        Assert.False(await app.WithDbAsync(db => db.Rooms.Where(r => r.Id == app.RoomPlaces.ListedRoomId).Select(r => r.GuestsMayJoinByCode).SingleAsync()));
        Assert.Equal(Core.Data.Entities.RoomState.Open, await app.WithDbAsync(db => db.Rooms.Where(r => r.Id == app.RoomPlaces.ListedRoomId).Select(r => r.State).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.RoomPrompts.AnyAsync(p => p.RoomId == app.RoomPlaces.ListedRoomId)));
    }

    // Recording what someone said aloud from the room is for a breakout group's chair (no one
    // here chairs one); facilitators record from the console. Someone not signed in has no form
    // token, so the antiforgery check refuses them first.
    //                                                              Anon NonMem Member LivedEx Facil CoLead Admin
    public static TheoryData<Visitor, int> ScribeInTheRoomRows() => Rows([400, 403, 403, 403, 403, 403, 403]);

    [Theory]
    [MemberData(nameof(ScribeInTheRoomRows))]
    public async Task Post_ScribeInTheRoom_AsSomeoneWhoChairsNoGroup_IsRefusedAndStoresNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var text = $"Recorded in the room by {visitor}";

        using var response = await browser.PostWithTokenAsync($"/communities/{app.RoomPlaces.Listed.Slug}/sessions/1/room?handler=Scribe",
            ("Scribe.ClientId", Guid.NewGuid().ToString()), ("Scribe.Text", text));

        AssertAnswered(response, expected);
        Assert.False(await app.WithDbAsync(db => db.Contributions.AnyAsync(c => c.Text == text)));
    }

    // The console of a preparation meeting makes no projector link, for anyone.
    //                                                                  Anon NonMem Member LivedEx Facil CoLead Admin
    public static TheoryData<Visitor, int> PreparationProjectorLinkRows() => Rows([404, 404, 404, 403, 404, 404, 404]);

    [Theory]
    [MemberData(nameof(PreparationProjectorLinkRows))]
    public async Task Post_ProjectorLinkForAPreparationMeeting_IsRefusedAndMakesNone(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var before = await PreparationProjectorHashAsync();

        using var response = await browser.PostWithTokenAsync($"/communities/{app.RoomPlaces.Listed.Slug}/preparation-meetings/1/room/console?handler=ProjectorLink");

        AssertAnswered(response, expected);
        Assert.Equal(before, await PreparationProjectorHashAsync());
    }

    [Fact]
    public async Task Post_Contribute_AsSomeoneNotSignedIn_IsSentToSignInAndStoresNothing()
    {
        var browser = await app.BrowserAsAsync(Anonymous);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.RoomPlaces.Listed.Slug}/sessions/1/room?handler=Contribute",
            ("form", "general"), ("Forms[general].ClientId", Guid.NewGuid().ToString()), ("Forms[general].Text", "No one signed in"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Contributions.AnyAsync(c => c.Text == "No one signed in")));
    }

    private Task<string?> PreparationProjectorHashAsync() =>
        app.WithDbAsync(db => db.Rooms.Where(r => r.Id == app.RoomPlaces.ListedPreparationRoomId).Select(r => r.ProjectorTokenHash).SingleAsync());

    private Task<string?> ListedCodeAsync() =>
        app.WithDbAsync(db => db.Rooms.Where(r => r.Id == app.RoomPlaces.ListedRoomId).Select(r => r.Code).SingleAsync());
}
