using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Roundtable.Web.Tests.Infrastructure;

// An OpenAI-compatible embeddings service on a real loopback socket (Kestrel), so the app's client
// is tested over the wire. Its vectors are a hashed bag of the words (each word adds one to the
// dimension its hash picks), so texts sharing words are alike; ReadAs makes it take a text to mean
// other words, so a test can tell its suggestions from Roundtable's own. It keeps every request it
// received, and can answer as a broken service does.
public sealed class FakeEmbeddings : IAsyncDisposable
{
    public const int Dimensions = 256;

    public enum Answering
    {
        Vectors,
        ServerError,
        NotJson,
        TooFewVectors,
        Never,
    }

    public sealed record Received(string? Model, IReadOnlyList<string> Input, string? Authorization);

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, string> readAs = new(StringComparer.Ordinal);

    private FakeEmbeddings(WebApplication app) => this.app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public Answering Answers { get; set; } = Answering.Vectors;

    public Uri Endpoint => new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/v1");

    // Every text it was sent, in any request.
    public IReadOnlyList<string> Texts => Requests.SelectMany(r => r.Input).ToList();

    public static async Task<FakeEmbeddings> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeEmbeddings(app);
        app.MapPost("/v1/embeddings", fake.AnswerAsync);
        await app.StartAsync();
        return fake;
    }

    // From now on, text is embedded as if it said words instead.
    public void ReadAs(string text, string words) => readAs[text] = words;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task AnswerAsync(HttpContext http)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var input = body.RootElement.GetProperty("input").EnumerateArray().Select(e => e.GetString()!).ToList();
        Requests.Enqueue(new Received(body.RootElement.GetProperty("model").GetString(), input, http.Request.Headers.Authorization.ToString()));
        switch (Answers)
        {
            case Answering.ServerError:
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await http.Response.WriteAsync("Internal Server Error", http.RequestAborted);
                return;
            case Answering.NotJson:
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync("<html><body>Gateway says hello</body></html>", http.RequestAborted);
                return;
            case Answering.Never:
                // Until the app gives up and drops the connection.
                await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
        }

        var answered = Answers == Answering.TooFewVectors ? input.Skip(1) : input;
        await http.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            data = answered.Select((text, i) => new { @object = "embedding", index = i, embedding = Vector(readAs.GetValueOrDefault(text, text)) }),
            model = "fake",
        }, http.RequestAborted);
    }

    private static float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in Regex.Split(text.ToLowerInvariant(), @"\P{L}+").Where(w => w.Length > 2))
        {
            vector[BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(word))) % Dimensions] += 1;
        }

        // A text with no word of three letters still means something.
        vector[0] += 0.01f;
        return vector;
    }
}
