namespace Roundtable.Web.Hosting;

public sealed class AppOptions
{
    // The address people use to reach Roundtable. Links in emails are built from it, never
    // from the request's Host header, which anyone can set.
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public bool LoadDemoData { get; set; }

    // Behind a reverse proxy or load balancer, take the visitor's address and scheme from its
    // X-Forwarded-For and X-Forwarded-Proto headers: otherwise every visitor looks like the
    // proxy, and shares one sign-in rate limit. Only switch on when a proxy sets them.
    public bool TrustForwardedHeaders { get; set; }

    public Uri Link(string pathAndQuery) => new(new Uri(BaseUrl.TrimEnd('/') + "/"), pathAndQuery.TrimStart('/'));
}
