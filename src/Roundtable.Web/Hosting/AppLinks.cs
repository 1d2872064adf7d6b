using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Roundtable.Core.Mail;

namespace Roundtable.Web.Hosting;

// Links in emails, calendars and the room's join links: from App:BaseUrl, or when it is not set
// (on a laptop), from the address the app listens on. Never from the request's Host header.
public sealed class AppLinks(IOptions<AppOptions> app, IServer server) : ILinks
{
    // Hosts that mean "every address of this machine", which a browser cannot open.
    private static readonly string[] AnyHost = ["0.0.0.0", "[::]", "::", "+", "*"];

    public Uri To(string pathAndQuery) => new(new Uri(BaseUrl.TrimEnd('/') + "/"), pathAndQuery.TrimStart('/'));

    public string BaseUrl =>
        string.IsNullOrWhiteSpace(app.Value.BaseUrl) ? ListeningAddress() : app.Value.BaseUrl;

    private string ListeningAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var first = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || a.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        // In memory (tests) nothing listens; a link there only has to be well formed.
        return first is null ? "http://localhost" : Openable(first);
    }

    // "http://[::]:5080" → "http://localhost:5080"; any other host is kept as it is.
    public static string Openable(string address)
    {
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal) + 3;
        var rest = address[schemeEnd..];
        var slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        var portAt = authority.LastIndexOf(':');
        if (portAt < authority.LastIndexOf(']'))
        {
            portAt = -1;
        }

        var host = portAt < 0 ? authority : authority[..portAt];
        return AnyHost.Contains(host) ? address[..schemeEnd] + "localhost" + address[(schemeEnd + host.Length)..] : address;
    }
}
