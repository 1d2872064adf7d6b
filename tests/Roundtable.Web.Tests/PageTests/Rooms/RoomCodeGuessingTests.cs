using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

// Wrong room codes are counted per network address (RoomCodeGuesses) and right ones are not: a
// room of 60 on one venue's Wi-Fi all come in, and someone guessing is stopped and logged. Each
// test has an app of its own, so its count starts from nothing; addresses come through a trusted
// proxy's X-Forwarded-For, as they would behind a trust's load balancer.
public class RoomCodeGuessingTests
{
    private const string Venue = "198.51.100.7";

    [Fact]
    public async Task Post_ManyWrongCodesFromOneAddress_AreRefusedWith429AndLoggedWithTheAddress()
    {
        await using var app = await NewAppAsync();
        var warnings = new Warnings();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(warnings);
        var room = await app.OpenRoomAsync();
        var code = (await app.CodeOfAsync(room))!;
        var guesser = From(app, Venue);

        for (var i = 0; i < RoomCodeGuesses.Limit; i++)
        {
            using var wrong = await EnterAsync(guesser, WrongCode(i));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var refused = await EnterAsync(guesser, WrongCode(RoomCodeGuesses.Limit));
        using var rightButRefused = await EnterAsync(guesser, code);
        using var scanned = await guesser.GetAsync($"/join/{code}");
        using var elsewhere = await EnterAsync(From(app, "203.0.113.9"), code);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, "429 without Retry-After");
        Assert.StartsWith("Too many wrong room codes", (await refused.ToDocumentAsync()).ErrorFor("Code"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightButRefused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, scanned.StatusCode);
        Assert.Equal("Too many attempts", (await scanned.ToDocumentAsync()).Heading());
        Assert.Equal($"/join/{code}", elsewhere.Headers.Location?.OriginalString);
        var logged = Assert.Single(warnings.Lines, line => line.Contains("wrong room codes", StringComparison.Ordinal));
        Assert.Contains(Venue, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(code, logged, StringComparison.Ordinal);

        app.Clock.Advance(RoomCodeGuesses.Window);
        using var later = await EnterAsync(guesser, code);
        Assert.Equal($"/join/{code}", later.Headers.Location?.OriginalString);
    }

    // Sixty people on one venue's Wi-Fi type the code at the start of a session, a third of them
    // mistyping it first, and all come in as guests; someone on the same Wi-Fi who goes on
    // guessing is still stopped, within the same window, at the limit.
    [Fact]
    public async Task Post_ARoomOfSixtyOnOneAddress_AllComeInByTheCodeAndAGuesserIsStillStopped()
    {
        await using var app = await NewAppAsync();
        var room = await app.OpenRoomAsync();
        var code = (await app.CodeOfAsync(room))!;
        await app.UseAsync<RoomCodes, bool>(codes => codes.LetGuestsInAsync(room.RoomId, guestsMayJoin: true));
        var mistyped = 0;

        for (var i = 0; i < 60; i++)
        {
            var phone = From(app, Venue);
            if (i % 3 == 0)
            {
                using var typo = await EnterAsync(phone, WrongCode(i));
                Assert.Equal(HttpStatusCode.OK, typo.StatusCode);
                mistyped++;
            }

            using var entered = await EnterAsync(phone, code.ToLowerInvariant());
            var page = await phone.FollowAsync(entered);
            using var joined = await phone.SubmitAsync(page.Form("#join"), new Dictionary<string, string> { ["DisplayName"] = $"Person {i}" });
            Assert.Equal("/rooms/guest", joined.Headers.Location?.OriginalString);
            using var inRoom = await phone.GetAsync("/rooms/guest");
            Assert.Equal(HttpStatusCode.OK, inRoom.StatusCode);
        }

        var guesser = From(app, Venue);
        var guesses = 0;
        HttpStatusCode answer;
        do
        {
            using var response = await EnterAsync(guesser, WrongCode(1000 + guesses));
            answer = response.StatusCode;
            guesses++;
        }
        while (answer != HttpStatusCode.TooManyRequests && guesses <= RoomCodeGuesses.Limit);

        Assert.Equal(20, mistyped);
        Assert.Equal(RoomCodeGuesses.Limit - mistyped + 1, guesses);
    }

    private static async Task<RoundtableApp> NewAppAsync() =>
        await new RoundtableApp { Settings = { ["App:TrustForwardedHeaders"] = "true" } }.StartAsync();

    private static HttpClient From(RoundtableApp app, string address)
    {
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return browser;
    }

    private static async Task<HttpResponseMessage> EnterAsync(HttpClient browser, string code) =>
        await browser.SubmitAsync("/join", new Dictionary<string, string> { ["Code"] = code });

    // A different code for each number, spelled from it in the code's alphabet: that one is an
    // open room's random code is a chance of about one in 887 million.
    private static string WrongCode(int i) =>
        new(Enumerable.Range(0, RoomCode.Length).Select(place => RoomCode.Alphabet[(i / (int)Math.Pow(RoomCode.Alphabet.Length, place)) % RoomCode.Alphabet.Length]).ToArray());

    private sealed class Warnings : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> lines = new();

        public IReadOnlyList<string> Lines => lines.ToList();

        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    lines.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
