using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using static Roundtable.Web.Tests.Infrastructure.FakeEmbeddings;
using static Roundtable.Web.Tests.PageTests.Themes.ThemesTestData;

namespace Roundtable.Web.Tests.PageTests.Themes;

// The app with an OpenAI-compatible embeddings service configured: the fake one, on a loopback port.
public sealed class EmbeddingsApp : RoundtableApp
{
    public const string RunBy = "the Trust's data team";

    public FakeEmbeddings Service { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Service = await FakeEmbeddings.StartAsync();
        Settings["Themes:Embeddings:Endpoint"] = Service.Endpoint.ToString();
        Settings["Themes:Embeddings:Model"] = "fake-embeddings";
        Settings["Themes:Embeddings:ApiKey"] = "fake-key";
        Settings["Themes:Embeddings:RunBy"] = RunBy;
        Settings["Themes:Embeddings:Timeout"] = "00:00:02";
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Service.DisposeAsync();
    }
}

// Suggesting themes with the operator's embeddings service: off until a co-lead turns it on, then
// its vectors decide; only words are sent; when it fails, Roundtable's own engine answers and the
// co-lead is told. Each test's words are its own, so what the service received can be told apart
// (and no text was already sent, and kept, by another test).
public class EmbeddingsServiceTests(EmbeddingsApp app) : IClassFixture<EmbeddingsApp>
{
    private const string DidNotAnswer = "The embeddings service did not answer; these suggestions come from Roundtable's own engine.";

    private static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string ServicePath(Community community) => $"/communities/{community.Slug}/themes/embeddings-service";

    private sealed record Story(Community Community, Session Two, Person CoLead, Person Member, Theme Transport, Theme Waiting, string Bus);

    // "Getting there" and "Waiting lists" from session 1; at session 2, more about buses.
    private async Task<Story> TwoThemesAsync()
    {
        var (community, one, two, coLead, member) = await app.TwoPastSessionsAsync();
        var mark = TestData.Unique("said");
        var transport = await app.ThemeAsync(community, coLead, "Getting there", await app.SayAsync(one, member, $"the bus to the clinic never comes {mark}"));
        var waiting = await app.ThemeAsync(community, coLead, "Waiting lists", await app.SayAsync(one, member, $"two years on the waiting list for an assessment {mark}"));
        var bus = $"no bus to the clinic after six {mark}";
        await app.SayAsync(two, member, bus);
        return new Story(community, two, coLead, member, transport, waiting, bus);
    }

    private Task TurnOnAsync(Story story) =>
        app.WithScopeAsync(async services =>
            Assert.Equal(ThemeOutcome.Saved, await services.GetRequiredService<ThemeEngines>().TurnAsync(story.Community.Id, true, story.CoLead.Id)));

    private static List<string> Suggested(IDocument find, string text) =>
        find.QuerySelectorAll("#unassigned > li")
            .Single(li => Text(li.QuerySelector("p")) == text)
            .QuerySelectorAll("form[action*='handler=Assign'] button")
            .Select(b => Text(b).Split('”')[0].Replace("Add to “", "", StringComparison.Ordinal))
            .ToList();

    private Task<EmbeddingsChoice?> ChoiceAsync(Community community) =>
        app.WithDbAsync(db => db.EmbeddingsChoices.AsNoTracking().SingleOrDefaultAsync(c => c.CommunityId == community.Id));

    [Fact]
    public async Task Get_FindThemes_WhileOff_SendsNothingAndSuggestsWithItsOwnEngine()
    {
        var story = await TwoThemesAsync();
        var browser = await app.BrowserForAsync(story.CoLead);

        var find = await browser.GetDocumentAsync(FindPath(story.Community, story.Two));

        Assert.Equal("Getting there", Suggested(find, story.Bus)[0]);
        Assert.Null(find.GetElementById("suggested-by"));
        Assert.DoesNotContain(app.Service.Texts, t => t.Contains(story.Bus.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Null(await ChoiceAsync(story.Community));
    }

    [Fact]
    public async Task Post_TurnOn_AsCoLead_ItsVectorsDecideTheSuggestionsAndEachTextIsSentOnce()
    {
        var story = await TwoThemesAsync();
        // The service takes the bus to mean waiting: Roundtable's own engine never would.
        app.Service.ReadAs(story.Bus, "two years on the waiting list for an assessment");
        var browser = await app.BrowserForAsync(story.CoLead);
        var page = await browser.GetDocumentAsync(ServicePath(story.Community));
        Assert.Equal(
            $"When this is on, the words of this community's contributions and themes are sent to {EmbeddingsApp.RunBy} at {app.Service.Endpoint.Authority} to be turned into numbers that help suggest themes.",
            Text(page.QuerySelector("#statement p")));

        var turnedOn = await browser.FollowAsync(await browser.SubmitAsync(page.Form()));
        var find = await browser.GetDocumentAsync(FindPath(story.Community, story.Two));
        await browser.GetDocumentAsync(FindPath(story.Community, story.Two));

        Assert.Equal($"Themes in this community are now suggested with {EmbeddingsApp.RunBy}'s service.", turnedOn.Notice());
        Assert.StartsWith("This is on. Cleo turned it on on ", Text(turnedOn.GetElementById("state")), StringComparison.Ordinal);
        Assert.Equal(["Waiting lists", "Getting there"], Suggested(find, story.Bus));
        Assert.Equal("These suggestions were made with the embeddings service this community turned on.", Text(find.GetElementById("suggested-by")));
        Assert.Equal(1, app.Service.Texts.Count(t => t == story.Bus));
        var request = app.Service.Requests.First(r => r.Input.Contains(story.Bus));
        Assert.Equal(("fake-embeddings", "Bearer fake-key"), (request.Model, request.Authorization));
        var choice = await ChoiceAsync(story.Community);
        Assert.Equal((story.CoLead.Id, app.Clock.GetUtcNow()), (choice!.TurnedOnById, choice.TurnedOnAt));
    }

    [Fact]
    public async Task Get_FindThemes_WhileOn_SendsNoNamesNoEmailsAndNothingFromPreparationMeetings()
    {
        var story = await TwoThemesAsync();
        var mark = story.Bus.Split(' ')[^1];
        var preparation = await app.CreateSessionAsync(story.Community, app.Today.AddDays(-21), SessionKind.PreparationMeeting);
        var secret = $"what our group said in private {mark}";
        var secretTheme = await app.ThemeAsync(story.Community, story.CoLead, $"Shaped in private {mark}", await app.SayAsync(preparation, story.Member, secret));
        var privateBus = $"a private worry about buses {mark}";
        await app.WithScopeAsync(async services => Assert.True((await services.GetRequiredService<ThemeDecisions>()
            .AssignAsync(story.Community.Id, story.Transport.Id, [await app.SayAsync(preparation, story.Member, privateBus)], story.CoLead.Id)).Done));
        var emailed = $"ring me or write to sam.jones@example.org about the bus {mark}";
        await app.SayAsync(story.Two, story.Member, emailed);
        await app.WithDbAsync(async db =>
        {
            var room = await db.Rooms.SingleAsync(r => r.SessionId == story.Two.Id);
            room.LastSequence++;
            db.Contributions.Add(new Contribution
            {
                Id = Guid.CreateVersion7(), RoomId = room.Id, Sequence = room.LastSequence, Kind = ContributionKind.Text, Source = ContributionSource.Chat,
                SenderName = "Priya Sender", SenderEmail = "priya.sender@example.org", Text = $"lifts to the clinic would help {mark}", CreatedAt = story.Two.StartsAt,
            });
            return await db.SaveChangesAsync();
        });
        await TurnOnAsync(story);

        using var response = await (await app.BrowserForAsync(story.CoLead)).GetAsync(FindPath(story.Community, story.Two));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = app.Service.Texts.Where(t => t.Contains(mark, StringComparison.Ordinal)).ToList();
        Assert.Contains($"lifts to the clinic would help {mark}", sent);
        Assert.Contains($"ring me or write to {EmbeddingsClient.EmailAddressLeftOut} about the bus {mark}", sent);
        Assert.Contains("Getting there. What we heard about Getting there", app.Service.Texts);
        string[] never = [story.Member.DisplayName!, story.Member.Email!, story.CoLead.DisplayName!, story.CoLead.Email!, "Priya", "priya.sender@example.org", "sam.jones", secret, privateBus, secretTheme.Title];
        Assert.All(never, word => Assert.DoesNotContain(sent, t => t.Contains(word, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(app.Service.Texts, t => t.Contains(secretTheme.Title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Answering.ServerError)]
    [InlineData(Answering.NotJson)]
    [InlineData(Answering.TooFewVectors)]
    [InlineData(Answering.Never)]
    public async Task Get_FindThemesAndTheApi_WhenTheServiceFails_SuggestWithItsOwnEngineAndSaySo(Answering answers)
    {
        var story = await TwoThemesAsync();
        await TurnOnAsync(story);
        var asked = app.Service.Requests.Count;
        app.Service.Answers = answers;
        try
        {
            var find = await (await app.BrowserForAsync(story.CoLead)).GetDocumentAsync(FindPath(story.Community, story.Two));
            var (api, found, _) = await (await app.ApiClientForAsync(story.CoLead)).GetJsonAsync(
                $"/api/v1/communities/{story.Community.Slug}/sessions/{story.Two.Number}/theme-suggestions");

            Assert.Equal(DidNotAnswer, Text(find.QuerySelector("#suggested-by p")));
            Assert.Equal("Getting there", Suggested(find, story.Bus)[0]);
            Assert.True(app.Service.Requests.Count > asked);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            Assert.Equal("Getting there", found.GetProperty("unassigned")[0].GetProperty("suggestions")[0].GetProperty("title").GetString());
        }
        finally
        {
            app.Service.Answers = Answering.Vectors;
        }
    }

    [Fact]
    public async Task Post_TurnOff_AsCoLead_SendsNothingMoreAndASecondClickChangesNothing()
    {
        var story = await TwoThemesAsync();
        await TurnOnAsync(story);
        var browser = await app.BrowserForAsync(story.CoLead);
        var page = await browser.GetDocumentAsync(ServicePath(story.Community));

        var turnedOff = await browser.FollowAsync(await browser.SubmitAsync(page.Form()));
        using var again = await browser.SubmitAsync(page.Form());
        var find = await browser.GetDocumentAsync(FindPath(story.Community, story.Two));

        Assert.Equal("Themes in this community are now suggested by Roundtable's own engine. Nothing more is sent.", turnedOff.Notice());
        Assert.Equal("This is off: nothing is sent anywhere.", Text(turnedOff.GetElementById("state")));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Null(await ChoiceAsync(story.Community));
        Assert.Null(find.GetElementById("suggested-by"));
        Assert.DoesNotContain(story.Bus, app.Service.Texts);
    }

    [Fact]
    public async Task Get_FindThemes_TurnedOnForAnAddressNoLongerUsed_SendsNothingUntilTurnedOnAgain()
    {
        var story = await TwoThemesAsync();
        await app.WithDbAsync(db =>
        {
            db.EmbeddingsChoices.Add(new EmbeddingsChoice { CommunityId = story.Community.Id, Endpoint = "https://old-embeddings.example.org/v1", TurnedOnById = story.CoLead.Id, TurnedOnAt = app.Clock.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        var browser = await app.BrowserForAsync(story.CoLead);

        var find = await browser.GetDocumentAsync(FindPath(story.Community, story.Two));
        var page = await browser.GetDocumentAsync(ServicePath(story.Community));
        var turnedOn = await browser.FollowAsync(await browser.SubmitAsync(page.Form()));

        Assert.Null(find.GetElementById("suggested-by"));
        Assert.DoesNotContain(story.Bus, app.Service.Texts);
        Assert.Contains("It was turned on for a service at old-embeddings.example.org, which Roundtable no longer uses", Text(page.GetElementById("state")), StringComparison.Ordinal);
        Assert.StartsWith("This is on.", Text(turnedOn.GetElementById("state")), StringComparison.Ordinal);
        Assert.Equal(app.Service.Endpoint.ToString(), (await ChoiceAsync(story.Community))!.Endpoint);
    }

    public enum Someone
    {
        SignedOut,
        Member,
        OtherCommunitysCoLead,
    }

    [Theory]
    [InlineData(Someone.SignedOut, HttpStatusCode.Redirect)]
    [InlineData(Someone.Member, HttpStatusCode.Forbidden)]
    [InlineData(Someone.OtherCommunitysCoLead, HttpStatusCode.Forbidden)]
    public async Task Post_TurnOn_AsAnyoneButItsCoLead_IsRefusedAndNothingIsStored(Someone someone, HttpStatusCode expected)
    {
        var story = await TwoThemesAsync();
        var other = await app.CreateCommunityAsync();
        var otherCoLead = await app.CreatePersonAsync("Olu Otherlead");
        await app.JoinAsync(other, otherCoLead, CommunityRole.CoLead);
        var browser = await app.BrowserForAsync(someone switch
        {
            Someone.Member => story.Member,
            Someone.OtherCommunitysCoLead => otherCoLead,
            _ => null,
        });

        using var page = await browser.GetAsync(ServicePath(story.Community));
        using var post = await browser.PostWithTokenAsync($"{ServicePath(story.Community)}?handler=TurnOn");

        Assert.Equal((expected, expected), (page.StatusCode, post.StatusCode));
        Assert.Null(await ChoiceAsync(story.Community));
    }

    [Fact]
    public async Task Get_ThemesPage_TellsOnlyCoLeadsWhereSuggestionsComeFrom()
    {
        var story = await TwoThemesAsync();
        await TurnOnAsync(story);

        var asCoLead = await (await app.BrowserForAsync(story.CoLead)).GetDocumentAsync(ThemesPath(story.Community));
        var asMember = await (await app.BrowserForAsync(story.Member)).GetDocumentAsync(ThemesPath(story.Community));

        Assert.Equal(
            "Themes are suggested with the embeddings service this community turned on. Suggesting themes with another service",
            Text(asCoLead.GetElementById("embeddings-service")));
        Assert.Equal(ServicePath(story.Community), asCoLead.QuerySelector<IHtmlAnchorElement>("#embeddings-service a")!.GetAttribute("href"));
        Assert.Null(asMember.GetElementById("embeddings-service"));
    }
}
