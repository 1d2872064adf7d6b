using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Roundtable.Bench;

// The live room's clients. Each is a guest who came in with the room's join link as a browser
// does (the join page, its form, then the guest cookie it sets), and connects to the room's hub
// with that cookie through the .NET SignalR client, over a WebSocket without the negotiate
// request (as the browser's client does when told to skip negotiation). Each joins the room
// (Join) and hears every contribution (client method RoomEvent); the sender contributes each
// message's text (Contribute), as a participant typing would.
public sealed partial class RoomHubTransport(Uri hub, Uri joinLink) : FanoutTransport
{
    // RoomHub.GuestCookie in the app.
    private const string GuestCookie = "roundtable.room-guest";

    private readonly List<CookieContainer> guests = [];

    public override async Task PrepareAsync(int connections)
    {
        var joined = new CookieContainer[connections];
        // A few at a time, as people arriving at a session.
        await Parallel.ForAsync(0, connections, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (i, cancellationToken) => joined[i] = await JoinAsGuestAsync(cancellationToken));
        guests.AddRange(joined);
    }

    public override async Task<FanoutConnection> ConnectAsync(int index, Action<long, long> heard) =>
        await RoomHubConnection.ConnectAsync(hub, guests[index], heard);

    private async Task<CookieContainer> JoinAsGuestAsync(CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var page = await http.GetStringAsync(joinLink, cancellationToken);
        var antiforgery = AntiforgeryField().Match(page);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException($"the join page {joinLink} has no form to join with");
        }

        using var form = new FormUrlEncodedContent([
            new("DisplayName", ""),
            new("__RequestVerificationToken", WebUtility.HtmlDecode(antiforgery.Groups["token"].Value)),
        ]);
        using var answer = await http.PostAsync(joinLink, form, cancellationToken);
        if (answer.StatusCode != HttpStatusCode.Redirect || cookies.GetCookies(joinLink)[GuestCookie] is null)
        {
            throw new InvalidOperationException($"joining with {joinLink} answered {(int)answer.StatusCode} and gave no guest cookie");
        }

        return cookies;
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<token>[^"]*)"[^>]*>""")]
    private static partial Regex AntiforgeryField();
}

// One guest's connection to the room's hub, through the .NET SignalR client (which also keeps
// the connection alive with its pings), with only what the fan-out needs.
public sealed class RoomHubConnection : FanoutConnection
{
    private readonly HubConnection connection;
    private readonly List<Task> contributions = [];
    private volatile bool disposed;

    private RoomHubConnection(HubConnection connection)
    {
        this.connection = connection;
        connection.Closed += error =>
        {
            // Its deliveries from here on show as missed; this says why.
            return disposed
                ? Task.CompletedTask
                : Console.Error.WriteLineAsync($"A guest's connection to the room's hub ended during the run: {error?.Message ?? "the server closed it"}");
        };
    }

    public static async Task<RoomHubConnection> ConnectAsync(Uri hub, CookieContainer cookies, Action<long, long> heard)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, options =>
            {
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
                options.Cookies = cookies;
            })
            .Build();
        // The moment the client hands the event over: after it has been read and parsed, as a
        // page's script would see it.
        connection.On<JsonElement>("RoomEvent", roomEvent =>
        {
            var arrived = Stopwatch.GetTimestamp();
            if (Sent(roomEvent) is { } sent)
            {
                heard(sent, arrived);
            }
        });

        var room = new RoomHubConnection(connection);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await connection.StartAsync(timeout.Token);
            // A new client: it has seen nothing of the room yet.
            await connection.InvokeAsync<JsonElement>("Join", new { lastSeen = 0 }, timeout.Token);
        }
        catch (HubException refused)
        {
            await room.DisposeAsync();
            throw new InvalidOperationException($"the room's hub refused Join: {refused.Message}", refused);
        }
        catch
        {
            await room.DisposeAsync();
            throw;
        }

        return room;
    }

    // Contributes without waiting for the answer, so that a slow answer does not slow the rate;
    // FinishAsync counts the answers.
    public override Task SendAsync(int number)
    {
        contributions.Add(connection.InvokeAsync<JsonElement>(
            "Contribute", new { clientId = Guid.NewGuid(), promptId = (Guid?)null, text = FanoutMessage.Text(number) }));
        return Task.CompletedTask;
    }

    public override async Task<int> FinishAsync(TimeSpan limit)
    {
        // A refusal or a lost connection fails its task; either counts below, as does no answer.
        await Task.WhenAny(Task.WhenAll(contributions), Task.Delay(limit));
        return contributions.Count(c => !c.IsCompletedSuccessfully);
    }

    public override async ValueTask DisposeAsync()
    {
        disposed = true;
        await connection.DisposeAsync();
    }

    // When the contribution a room event adds was sent, from the text the sender gave it.
    private static long? Sent(JsonElement roomEvent) =>
        roomEvent.GetProperty("kind").GetString() == "ContributionAdded" &&
        roomEvent.GetProperty("payload").TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String &&
        FanoutMessage.TryReadSent(text.GetString(), out var sent)
            ? sent
            : null;
}
