namespace Roundtable.Web.Tests.Security;

// What every response must carry, error or not (README, "Security"): which of the headers a
// response lacks. SecurityHeaderTests, the request error tests and the fuzz all ask it.
public static class SecurityHeaderCheck
{
    public static IReadOnlyList<string> Missing(HttpResponseMessage response)
    {
        var missing = new List<string>();
        var policy = Value(response, "Content-Security-Policy") ?? "";
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var directive in (string[])["script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
        {
            if (!directives.Contains(directive, StringComparer.Ordinal))
            {
                missing.Add($"Content-Security-Policy {directive}");
            }
        }

        Expect("X-Content-Type-Options", "nosniff");
        Expect("Referrer-Policy", "same-origin");
        Expect("X-Frame-Options", "DENY");
        return missing;

        void Expect(string header, string value)
        {
            if (!string.Equals(Value(response, header), value, StringComparison.OrdinalIgnoreCase))
            {
                missing.Add($"{header}: {value}");
            }
        }
    }

    public static void AssertPresent(HttpResponseMessage response) => Assert.Empty(Missing(response));

    private static string? Value(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? string.Join(",", values) : null;
}
