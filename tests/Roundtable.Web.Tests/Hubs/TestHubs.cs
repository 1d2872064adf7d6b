using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Web.Security;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Hubs;

// SignalR calls only instance methods of a hub, whether or not they use the hub's state.
#pragma warning disable CA1822

// The real app on a loopback socket, with hubs that exist only for proving HubTestClient:
// they sit in front of the app's pipeline, with its authentication, under /test-hubs.
public sealed class HubTestApp : RoundtableApp
{
    public HubTestApp() => ListensOnLoopback = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            // Either a browser's sign-in cookie or a personal API token, each challenged in its
            // own way (a redirect to sign in, or a 401).
            services.AddAuthentication().AddPolicyScheme(SignedInHub.Scheme, null, scheme =>
                scheme.ForwardDefaultSelector = context => context.Request.Headers.Authorization.Count > 0
                    ? ApiTokenAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme);
            services.AddSignalR()
                // Pings every fifth of a second, so every test here also shows they are tolerated.
                .AddHubOptions<EchoHub>(hub => hub.KeepAliveInterval = TimeSpan.FromMilliseconds(200))
                .AddHubOptions<QuietHub>(hub => hub.ClientTimeoutInterval = TimeSpan.FromSeconds(2));
            services.AddSingleton<IStartupFilter, MapTestHubs>();
        });
    }

    private sealed class MapTestHubs : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/test-hubs", hubs =>
            {
                hubs.UseRouting();
                hubs.UseAuthentication();
                hubs.UseAuthorization();
                hubs.UseEndpoints(endpoints =>
                {
                    endpoints.MapHub<EchoHub>("/echo");
                    endpoints.MapHub<QuietHub>("/quiet");
                    endpoints.MapHub<SignedInHub>("/signed-in");
                });
            });
            next(app);
        };
    }
}

public sealed record Said(string Group, string Text);

[AllowAnonymous]
public sealed class EchoHub : Hub
{
    public string Echo(string text) => text;

    public Said Describe(string group, string text) => new(group, text);

    public string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    public void Refuse(string reason) => throw new HubException(reason);

    public void Crash() => throw new InvalidOperationException("a detail only the server should know");

    public Task Tell(string text) => Clients.Caller.SendAsync("Told", text, Context.ConnectionId);

    public async Task Join(string group)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        Context.Items["group"] = group;
    }

    public Task Say(string group, string text) => Clients.Group(group).SendAsync("Said", new Said(group, text));

    public void Leave() => Context.Abort();

    // Tells the rest of the group who went. A socket closed without the WebSocket close handshake
    // reaches the hub as a normal close (no exception), so the hub cannot tell a lost phone from
    // one that left.
    public override Task OnDisconnectedAsync(Exception? exception) =>
        Context.Items.TryGetValue("group", out var group)
            ? Clients.Group((string)group!).SendAsync("Gone", Context.ConnectionId)
            : Task.CompletedTask;
}

// Drops a client that has said nothing for two seconds (after its first ping).
[AllowAnonymous]
public sealed class QuietHub : Hub
{
    public string Echo(string text) => text;
}

[Authorize(AuthenticationSchemes = Scheme)]
public sealed class SignedInHub : Hub
{
    public const string Scheme = "SignedInHub";

    public string? WhoAmI() => Context.UserIdentifier;
}
