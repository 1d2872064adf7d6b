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
}
