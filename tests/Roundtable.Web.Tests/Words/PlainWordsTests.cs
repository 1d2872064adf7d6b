using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Roundtable.Web.Tests.Words;

// The member-facing pages, as a demo member sees them, measured by Flesch reading ease on the
// words the page itself says (PageWords). Plain English for everyone: 70 or more. Easy read: 80
// or more, and no sentence longer than 12 words. docs/plain-words.md keeps the figures.
public sealed class PlainWordsTests(PlainWordsTests.DemoApp demo, ITestOutputHelper output) : IClassFixture<PlainWordsTests.DemoApp>
{
    public const double Plain = 70;
    public const double EasyRead = 80;
    public const int EasyReadLongestSentence = 12;

    private const string Community = "/communities/brackenmouth-ld-autism";

    public static TheoryData<string, string> StandardPages() => new()
    {
        { "home", "/" },
        { "community", Community },
        { "session", "{session}" },
        { "live room", "{session}/room" },
        { "your place", $"{Community}/me" },
    };

    public static TheoryData<string, string> EasyReadPages() => new()
    {
        { "joining a community", "/communities/kilnbridge-city/join" },
        { "your place", $"{Community}/me" },
        { "session", "{session}" },
        { "signing up", "{session}/sign-up" },
        { "live room", "{session}/room" },
    };

    [Theory]
    [MemberData(nameof(StandardPages))]
    public async Task Get_StandardPage_IsPlainEnglish(string name, string path)
    {
        var page = await demo.ReadAsync(path, easyRead: false);

        var score = PageWords.Score(page);

        output.WriteLine($"{name}: {score}");
        Assert.Null(page.QuerySelector(".rt-easy-read"));
        Assert.True(score.Value >= Plain, $"{name} scores {score}; the longest sentence: \"{score.LongestSentence}\"");
    }

    [Theory]
    [MemberData(nameof(EasyReadPages))]
    public async Task Get_EasyReadPage_IsEasyRead(string name, string path)
    {
        var page = await demo.ReadAsync(path, easyRead: true);

        var score = PageWords.Score(page);

        output.WriteLine($"{name} (easy read): {score}");
        Assert.NotNull(page.QuerySelector(".rt-easy-read"));
        Assert.True(score.Value >= EasyRead, $"{name} scores {score}");
        Assert.True(score.LongestSentenceWords <= EasyReadLongestSentence, $"{name}: \"{score.LongestSentence}\" has {score.LongestSentenceWords} words");
    }

    // Brackenmouth as the demo lays it, its next session's room open with a question asked, and
    // Kwame, a member of Brackenmouth only, signed in.
    public sealed class DemoApp : RoundtableApp
    {
        private string session = "";

        public override async Task InitializeAsync()
        {
            Settings["App:LoadDemoData"] = "true";
            await base.InitializeAsync();
            var (next, facilitator) = await WithDbAsync(async db =>
            {
                var now = Clock.GetUtcNow();
                var upcoming = await db.Sessions.Include(s => s.Community).Include(s => s.RunningOrder)
                    .Where(s => s.Community.Slug == "brackenmouth-ld-autism" && s.Kind == SessionKind.Session && s.EndsAt > now)
                    .OrderBy(s => s.Number).FirstAsync();
                var nadia = await db.Users.SingleAsync(p => p.Email == "nadia.achterberg@example.org");
                return (upcoming, nadia.Id);
            });
            session = $"{Community}/sessions/{next.Number}";
            await WithScopeAsync(async services =>
            {
                var rooms = services.GetRequiredService<LiveRooms>();
                var room = await rooms.GetOrCreateAsync(next.Id);
                await rooms.OpenAsync(room.Id);
                await rooms.MoveToItemAsync(room.Id, next.RunningOrder.OrderBy(i => i.Position).First().Id);
                await services.GetRequiredService<Prompts>().OpenAsync(
                    room.Id, PromptKind.Scaling, "How well do services listen to you?", PromptAudience.Everyone, asksGoodEnough: true, facilitator);
            });
        }

        public async Task<IDocument> ReadAsync(string path, bool easyRead)
        {
            var browser = CreateBrowser();
            await this.SignInAsync(browser, "kwame.mensah@example.org");
            using var chosen = await browser.GetAsync($"/easy-read?show={(easyRead ? "easy" : "standard")}&returnUrl=/");
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
            return await browser.GetDocumentAsync(path.Replace("{session}", session, StringComparison.Ordinal));
        }
    }
}
