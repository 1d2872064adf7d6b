namespace Roundtable.Web.Security;

// The visitor's network address, as rate limits count it: behind a trusted proxy, the one the
// proxy forwarded (App:TrustForwardedHeaders); "local" for a request with none (a test server).
public static class NetworkAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";
}
