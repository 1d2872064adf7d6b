using System.Net;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Tests.Infrastructure.Hubs;

public static class HubSignIn
{
    // The cookies a person's browser holds once they have signed in with a link, to open a
    // hub connection as them.
    public static async Task<CookieContainer> CookiesForAsync(this RoundtableApp app, Person person)
    {
        var cookies = new CookieContainer();
        using var browser = app.CreateBrowser(cookies);
        await app.SignInAsync(browser, person.Email!);
        return cookies;
    }

    // Opens a connection to the hub at `path` on an app that ListensOnLoopback.
    public static Task<HubTestClient> ConnectHubAsync(this RoundtableApp app, string path, HubTestClientOptions? options = null) =>
        HubTestClient.ConnectAsync(new Uri(app.LoopbackAddress, path), options);

    public static async Task<HubTestClient> ConnectHubAsync(this RoundtableApp app, string path, Person person) =>
        await app.ConnectHubAsync(path, new HubTestClientOptions { Cookies = await app.CookiesForAsync(person) });
}
