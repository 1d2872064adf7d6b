using System.Net;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

// The live room's participant pages are sent compressed to a browser that asks; pages that hold
// a lasting secret beside text others wrote, like the console with its join link, never are
// (see CompressedPages).
[Collection(SharedApps.Rooms)]
public class CompressedPagesTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_RoomAskingForBrotli_IsSentCompressed()
    {
        var room = await app.OpenRoomAsync();
        var member = await app.BrowserForAsync(room.Member);

        using var response = await member.SendAsync(AskingForBrotli(room.RoomPath()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Get_ConsoleAskingForBrotli_IsSentAsItIs()
    {
        var room = await app.OpenRoomAsync();
        var facilitator = await app.BrowserForAsync(room.Facilitator);

        using var response = await facilitator.SendAsync(AskingForBrotli(room.ConsolePath()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static HttpRequestMessage AskingForBrotli(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        return request;
    }
}
