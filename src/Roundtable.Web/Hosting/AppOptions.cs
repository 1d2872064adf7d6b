namespace Roundtable.Web.Hosting;

public sealed class AppOptions
{
    // The address people use to reach Roundtable. Links in emails are built from it, never
    // from the request's Host header, which anyone can set.
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public bool LoadDemoData { get; set; }

    public Uri Link(string pathAndQuery) => new(new Uri(BaseUrl.TrimEnd('/') + "/"), pathAndQuery.TrimStart('/'));
}
