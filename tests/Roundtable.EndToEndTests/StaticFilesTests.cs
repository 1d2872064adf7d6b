using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Roundtable.Web.Security;

namespace Roundtable.EndToEndTests;

// However the app is started, in whichever environment, every stylesheet and script a page links
// arrives whole: compressed on the wire when the browser asks for it, decompressing to the file
// itself, with the security headers, and cached for a year under an address that changes with
// its content. Its six app processes take about 50 s: run beside the every-page checks (the
// longest class), among the journeys, rather than after them.
[Collection(BrowserCollection.Name)]
public sealed partial class StaticFilesTests(StaticFilesTests.PublishedApp published) : IClassFixture<StaticFilesTests.PublishedApp>
{
    [Theory]
    [InlineData(AppProcess.Way.DotnetRun, "Development")]
    [InlineData(AppProcess.Way.DotnetRun, "Production")]
    [InlineData(AppProcess.Way.BuildOutput, "Development")]
    [InlineData(AppProcess.Way.BuildOutput, "Production")]
    [InlineData(AppProcess.Way.Published, "Development")]
    [InlineData(AppProcess.Way.Published, "Production")]
    public async Task Get_PageAssetsHoweverStarted_ArriveWholeWithSecurityHeaders(AppProcess.Way way, string environment)
    {
        // Arrange
        await using var app = await AppProcess.StartAsync(way, environment, published.Folder);
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = app.BaseUrl };
        var assets = await LinkedAssetsAsync(client, "/sign-in");
        Assert.Contains(assets, a => a.Contains("nhsuk-frontend.min", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("nhsuk-frontend.min", StringComparison.Ordinal) && a.EndsWith(".js", StringComparison.Ordinal));

        foreach (var asset in assets)
        {
            // Act
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br, zstd");
            using var response = await client.SendAsync(request);
            var sent = await response.Content.ReadAsByteArrayAsync();

            // Assert
            var file = await File.ReadAllBytesAsync(SourceFile(asset));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
            Assert.True(Decompress(sent, response.Content.Headers.ContentEncoding).SequenceEqual(file), $"{asset} ({environment}, {way}): {sent.Length} bytes, {string.Join(",", response.Content.Headers.ContentEncoding)}, do not decompress to the {file.Length} bytes of the file");
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            if (file.Length > 10_000)
            {
                Assert.True(sent.Length < file.Length / 3, $"{asset} ({environment}, {way}): {sent.Length} bytes sent for a file of {file.Length}");
            }
        }
    }

    // Every stylesheet, script and icon the page links, by the address it links them.
    private static async Task<List<string>> LinkedAssetsAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var links = document.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!);
        var scripts = document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!);
        var assets = links.Concat(scripts).ToList();
        Assert.All(assets, a => Assert.Matches(Fingerprinted(), a));
        return assets;
    }

    // The file in the project's wwwroot that a fingerprinted address stands for.
    private static string SourceFile(string address)
    {
        var path = Fingerprinted().Replace(address, "$1$2").TrimStart('/');
        return Path.Combine(AppProcess.Project, "wwwroot", path);
    }

    private static byte[] Decompress(byte[] body, ICollection<string> encodings)
    {
        using var input = new MemoryStream(body);
        using Stream decoded = encodings.SingleOrDefault() switch
        {
            null => input,
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            var other => throw new InvalidOperationException($"Unexpected Content-Encoding {other}"),
        };
        using var output = new MemoryStream();
        decoded.CopyTo(output);
        return output.ToArray();
    }

    // /css/site.etr59kf358.css: the name, a fingerprint of ten letters and digits, the extension.
    [GeneratedRegex(@"^(/.+)\.[a-z0-9]{10}(\.[a-z]+)$")]
    private static partial Regex Fingerprinted();

    // Published once, from the tests' own build, for the rows that run the published app.
    public sealed class PublishedApp : IAsyncLifetime
    {
        public string Folder { get; private set; } = "";

        public async Task InitializeAsync() => Folder = await AppProcess.PublishAsync();

        public Task DisposeAsync()
        {
            Directory.Delete(Folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
