namespace Roundtable.Web.Hosting;

public sealed class AppOptions
{
    public const string BaseUrlMissing =
        "App:BaseUrl is not set. In Production Roundtable needs the address people use to reach it " +
        "(for example App__BaseUrl=https://roundtable.example.org), because links in emails are built from it.";

    // The address people use to reach Roundtable. Links in emails are built from it, never
    // from the request's Host header, which anyone can set. Unset, AppLinks uses the address the
    // app listens on, which is right for a laptop and is refused in Production.
    public string? BaseUrl { get; set; }

    public bool LoadDemoData { get; set; }

    // Behind a reverse proxy or load balancer, take the visitor's address and scheme from its
    // X-Forwarded-For and X-Forwarded-Proto headers: otherwise every visitor looks like the
    // proxy, and shares one sign-in rate limit. Only switch on when a proxy sets them.
    public bool TrustForwardedHeaders { get; set; }

    public static bool IsAbsoluteWebAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
