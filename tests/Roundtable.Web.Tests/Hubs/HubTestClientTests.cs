using System.Net;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Infrastructure.Hubs;

namespace Roundtable.Web.Tests.Hubs;

// HubTestClient against real hubs over a real socket: what the room's hub tests stand on.
public class HubTestClientTests(HubTestApp app) : IClassFixture<HubTestApp>
{
    private const string Echo = "/test-hubs/echo";

    [Fact]
    public async Task Invoke_AMethodWithAResult_ReturnsIt()
    {
        await using var client = await app.ConnectHubAsync(Echo);

        Assert.Equal("hello", await client.InvokeAsync<string>("Echo", "hello"));
        Assert.Equal(new Said("blue", "hopeful"), await client.InvokeAsync<Said>("Describe", "blue", "hopeful"));
    }

    [Fact]
    public async Task Invoke_AResultLongerThanOneRead_ArrivesWhole()
    {
        await using var client = await app.ConnectHubAsync(Echo);

        var result = await client.InvokeAsync<string>("Repeat", "speaking, typing, drawing, listening; ", 5_000);

        Assert.Equal(string.Concat(Enumerable.Repeat("speaking, typing, drawing, listening; ", 5_000)), result);
        Assert.Equal("and the next", await client.InvokeAsync<string>("Echo", "and the next"));
    }

    [Fact]
    public async Task Invoke_WhenTheHubRefuses_ThrowsTheHubsReason()
    {
        await using var client = await app.ConnectHubAsync(Echo);

        var refused = await Assert.ThrowsAsync<HubInvocationException>(() => client.InvokeAsync("Refuse", "The room is closed."));

        Assert.Contains("The room is closed.", refused.Message, StringComparison.Ordinal);
        Assert.Equal("still here", await client.InvokeAsync<string>("Echo", "still here"));
    }

    [Fact]
    public async Task Invoke_WhenTheHubFails_ThrowsWithoutTheServersDetail()
    {
        await using var client = await app.ConnectHubAsync(Echo);

        var failed = await Assert.ThrowsAsync<HubInvocationException>(() => client.InvokeAsync("Crash"));

        Assert.Equal("An unexpected error occurred invoking 'Crash' on the server.", failed.Message);
        Assert.DoesNotContain("only the server should know", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TheServerCallsTheClientBack()
    {
        await using var client = await app.ConnectHubAsync(Echo);
        var handled = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = client.On("Told", told => handled.TrySetResult(told.Argument<string>(0)));

        await client.SendAsync("Tell", "best hopes");

        var told = await client.NextAsync("Told");
        Assert.Equal("best hopes", told.Argument<string>(0));
        Assert.Equal(client.ConnectionId, told.Argument<string>(1));
        Assert.Equal("best hopes", await handled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Group_ABroadcast_ReachesEveryMemberAndNoOneElse()
    {
        var group = TestData.Unique("breakout");
        await using var first = await app.ConnectHubAsync(Echo);
        await using var second = await app.ConnectHubAsync(Echo);
        await using var outside = await app.ConnectHubAsync(Echo);
        await first.InvokeAsync("Join", group);
        await second.InvokeAsync("Join", group);

        await first.InvokeAsync("Say", group, "what's gone well");

        Assert.Equal(new Said(group, "what's gone well"), await first.NextAsync<Said>("Said"));
        Assert.Equal(new Said(group, "what's gone well"), await second.NextAsync<Said>("Said"));
        await outside.InvokeAsync("Echo", "a round trip after the broadcast");
        Assert.Empty(outside.Drain("Said"));
    }

    [Fact]
    public async Task Ping_FromTheServer_IsToleratedBetweenCalls()
    {
        await using var client = await app.ConnectHubAsync(Echo);

        await client.NextPingAsync();
        await client.NextPingAsync();

        Assert.True(client.PingsReceived >= 2);
        Assert.Contains("""{"type":6}""", client.ReceivedFrames);
        Assert.Equal("after pings", await client.InvokeAsync<string>("Echo", "after pings"));
    }

    [Fact]
    public async Task KeepAlive_AClientThatPingsStays_WhileOneThatFellSilentIsClosedByTheServer()
    {
        await using var pinging = await app.ConnectHubAsync("/test-hubs/quiet", new HubTestClientOptions { KeepAliveInterval = TimeSpan.FromMilliseconds(100) });
        await using var silent = await app.ConnectHubAsync("/test-hubs/quiet", new HubTestClientOptions { KeepAliveInterval = null });

        await silent.PingAsync();

        var close = await silent.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(new HubClose("Connection closed with an error.", AllowReconnect: true, "the server sent a close message"), close);
        Assert.Equal("still here", await pinging.InvokeAsync<string>("Echo", "still here"));
    }

    [Fact]
    public async Task Close_FromTheServer_IsSurfacedAndEndsWaiting()
    {
        await using var client = await app.ConnectHubAsync(Echo);
        var waiting = client.NextAsync("Told", TimeSpan.FromSeconds(30));

        await client.SendAsync("Leave");

        var close = await client.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("the server sent a close message", close.How);
        await Assert.ThrowsAsync<HubConnectionClosedException>(() => waiting);
        await Assert.ThrowsAsync<HubConnectionClosedException>(() => client.InvokeAsync("Echo", "anyone?"));
    }

    [Fact]
    public async Task Drop_TheServerSeesTheConnectionLost_AndAReconnectedClientHearsTheRoomAgain()
    {
        var group = TestData.Unique("room");
        await using var staying = await app.ConnectHubAsync(Echo);
        await using var phone = await app.ConnectHubAsync(Echo);
        await staying.InvokeAsync("Join", group);
        await phone.InvokeAsync("Join", group);

        await phone.DropAsync();

        Assert.Equal(phone.ConnectionId, await staying.NextAsync<string>("Gone"));
        Assert.Equal("this client dropped the connection", (await phone.Closed).How);
        await using var back = await app.ConnectHubAsync(Echo);
        await back.InvokeAsync("Join", group);
        await staying.InvokeAsync("Say", group, "welcome back");
        Assert.Equal(new Said(group, "welcome back"), await back.NextAsync<Said>("Said"));
        Assert.NotEqual(phone.ConnectionId, back.ConnectionId);
    }

    [Fact]
    public async Task Dispose_ClosesTheConnectionCleanly()
    {
        var group = TestData.Unique("room");
        await using var staying = await app.ConnectHubAsync(Echo);
        var leaving = await app.ConnectHubAsync(Echo);
        await staying.InvokeAsync("Join", group);
        await leaving.InvokeAsync("Join", group);

        await leaving.DisposeAsync();

        Assert.Equal(leaving.ConnectionId, await staying.NextAsync<string>("Gone"));
        Assert.Equal("the server closed the socket (NormalClosure)", (await leaving.Closed).How);
    }

    [Fact]
    public async Task SignedIn_WithABrowsersSignInCookie_IsThatPerson()
    {
        var person = await app.CreatePersonAsync();

        await using var client = await app.ConnectHubAsync("/test-hubs/signed-in", person);

        Assert.Equal(person.Id.ToString(), await client.InvokeAsync<string>("WhoAmI"));
    }

    [Fact]
    public async Task SignedIn_WithAPersonalApiToken_IsThatPerson()
    {
        var person = await app.CreatePersonAsync();
        var token = await app.CreateTokenAsync(person);

        await using var client = await app.ConnectHubAsync("/test-hubs/signed-in", new HubTestClientOptions { AccessToken = token });

        Assert.Equal(person.Id.ToString(), await client.InvokeAsync<string>("WhoAmI"));
    }

    [Fact]
    public async Task SignedIn_WithoutCookieOrToken_IsRefusedBeforeConnecting()
    {
        var refused = await Assert.ThrowsAsync<HubNegotiationException>(() => app.ConnectHubAsync("/test-hubs/signed-in"));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }

    [Fact]
    public async Task SignedIn_WithATokenThatIsNotValid_IsRefusedBeforeConnecting()
    {
        var refused = await Assert.ThrowsAsync<HubNegotiationException>(
            () => app.ConnectHubAsync("/test-hubs/signed-in", new HubTestClientOptions { AccessToken = "rt_not-a-token" }));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }
}
