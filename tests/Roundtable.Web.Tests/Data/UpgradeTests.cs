using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Roundtable.Core.Data;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Data;

// An installation made before migrations were generated: a database built by the five
// hand-written migrations and filled with one of everything (Data/Fixtures/README.md), loaded
// into a fresh database on this run's provider; then the app starts on it, migrating it as it
// would on upgrade.
public sealed class OlderInstallation : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public RoundtableApp App { get; private set; } = null!;

    public IReadOnlyList<string> SchemaBefore { get; private set; } = null!;

    public IReadOnlyDictionary<string, long> RowsBefore { get; private set; } = null!;

    // Counted as soon as the app has started, before any test signs in or adds anything.
    public IReadOnlyDictionary<string, long> RowsAfter { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var fixture = Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", $"{SchemaReader.Baseline}.{Database.Provider.ToString().ToLowerInvariant()}.sql");
        await Database.RunScriptAsync(await File.ReadAllTextAsync(fixture));
        await using (var db = new RoundtableDb(Database.Options()))
        {
            SchemaBefore = await SchemaReader.DescribeAsync(db);
            RowsBefore = await SchemaReader.CountRowsAsync(db);
        }

        App = await new RoundtableApp { ExistingDatabase = Database }.StartAsync();
        RowsAfter = await App.WithDbAsync(SchemaReader.CountRowsAsync);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}

public class UpgradeTests(OlderInstallation older) : IClassFixture<OlderInstallation>
{
    private const string Slug = "harbourside";

    private RoundtableApp App => older.App;

    [Fact]
    public async Task Baseline_OnANewDatabase_BuildsTheSchemaTheHandWrittenMigrationsBuilt()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = new RoundtableDb(database.Options(App.Services));

        await db.GetService<IMigrator>().MigrateAsync(SchemaReader.Baseline);

        Assert.Equal(string.Join('\n', older.SchemaBefore), string.Join('\n', await SchemaReader.DescribeAsync(db)));
    }

    [Fact]
    public void Start_OnAnOlderDatabase_KeepsEveryRow()
    {
        Assert.Equal(older.RowsBefore, older.RowsAfter.Where(t => older.RowsBefore.ContainsKey(t.Key)));
        // Tables added since start empty: nobody had signed in on the server before it kept sessions.
        // But for what the contributions mean, which the background worker starts storing at once.
        Assert.All(older.RowsAfter.Where(t => !older.RowsBefore.ContainsKey(t.Key) && t.Key != "ContributionMeanings"), t => Assert.Equal(0, t.Value));
        Assert.InRange(older.RowsAfter["ContributionMeanings"], 0, older.RowsBefore["Contributions"]);
        // Identity's claims, logins and tokens are the only tables Roundtable does not use.
        Assert.Equal(["PersonClaims", "PersonLogins", "PersonTokens", "RoleClaims"], older.RowsBefore.Where(t => t.Value == 0).Select(t => t.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Start_OnAnOlderDatabase_LeavesTheSchemaTheModelDescribes()
    {
        var expected = await SchemaReader.DescribeModelAsync(App);

        var upgraded = await App.WithDbAsync(SchemaReader.DescribeAsync);

        Assert.Equal(string.Join('\n', expected), string.Join('\n', upgraded));
    }

    [Fact]
    public async Task Start_OnAnOlderDatabase_RunsNoMigrationItAlreadyHad()
    {
        var (applied, pending) = await App.WithDbAsync(async db =>
            (await db.Database.GetAppliedMigrationsAsync(), await db.Database.GetPendingMigrationsAsync()));

        Assert.Equal(
            ["20261121120000_Foundation", "20261122090000_CommunitiesAndPeople", "20261123090000_InvitationNote", "20261124090000_Sessions", SchemaReader.Baseline],
            applied.Take(5));
        Assert.Empty(pending);
    }

    [Fact]
    public async Task Get_CommunityAndCharter_AfterUpgrade_ShowWhatTheyHeld()
    {
        var browser = await SignedInAsync("chidi.okafor@example.org");

        var community = await browser.GetDocumentAsync($"/communities/{Slug}");
        var charter = await browser.GetDocumentAsync($"/communities/{Slug}/charter");
        var history = await browser.GetDocumentAsync($"/communities/{Slug}/charter/history");

        Assert.Equal("Harbourside Learning Community", community.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("kinder", charter.QuerySelector("main strong")?.TextContent);
        Assert.Contains("Our purpose, in our own words", history.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_People_AfterUpgrade_NamesEachMemberAsTheyChose()
    {
        var browser = await SignedInAsync("chidi.okafor@example.org");

        var people = (await browser.GetDocumentAsync($"/communities/{Slug}/people")).QuerySelector("main")!.TextContent;

        Assert.Contains("Morgan", people, StringComparison.Ordinal);
        Assert.DoesNotContain("Morgan Price", people, StringComparison.Ordinal);
        Assert.Contains("Ward manager, Harbourside NHS Trust", people, StringComparison.Ordinal);
        Assert.DoesNotContain("Riley", people, StringComparison.Ordinal);
        Assert.DoesNotContain("Lee Barnes", people, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MembersApi_AfterUpgrade_KeepsConsentsAndAccessNeeds()
    {
        var client = await ApiClientAsync("fatima.hussain@example.org");

        var (response, members, _) = await client.GetJsonAsync($"/api/v1/communities/{Slug}/members");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var morgan = members.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Morgan");
        Assert.Contains("Twenty years", morgan.GetProperty("offers").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(0, morgan.GetProperty("accessNeeds").GetProperty("needs").GetArrayLength());
        Assert.Equal(5, await App.WithDbAsync(db => db.ConsentChanges.CountAsync()));
    }

    [Fact]
    public async Task Get_SessionsAndAttendance_AfterUpgrade_ShowWhoCameAndWhoIsBooked()
    {
        var client = await ApiClientAsync("fatima.hussain@example.org");

        var (_, sessions, _) = await client.GetJsonAsync($"/api/v1/communities/{Slug}/sessions");
        var (_, first, _) = await client.GetJsonAsync($"/api/v1/communities/{Slug}/sessions/1/attendance");
        var (_, second, _) = await client.GetJsonAsync($"/api/v1/communities/{Slug}/sessions/2/attendance");
        var (_, signUps, _) = await client.GetJsonAsync($"/api/v1/communities/{Slug}/sessions/3/sign-ups");

        Assert.Equal([1, 2, 3], sessions.EnumerateArray().Select(s => s.GetProperty("number").GetInt32()).Order());
        Assert.Equal(3, first.GetProperty("present").GetArrayLength());
        Assert.Equal(["Gina Walsh"], first.GetProperty("guests").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(["Una Quinn"], second.GetProperty("notMatched").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(2, signUps.GetProperty("booked").GetArrayLength());
        Assert.Equal(1, signUps.GetProperty("waiting").GetArrayLength());
    }

    [Fact]
    public async Task Get_Room_AfterUpgrade_ReadsEveryContributionAsItWasMade()
    {
        var client = await ApiClientAsync("chidi.okafor@example.org");
        var room = $"/api/v1/communities/{Slug}/sessions/2/room";

        var (_, summary, _) = await client.GetJsonAsync(room);
        var (_, read, _) = await client.GetJsonAsync(room + "/contributions");
        var contributions = read.GetProperty("contributions").EnumerateArray().ToList();
        var photo = contributions.Single(c => c.GetProperty("photo").ValueKind == JsonValueKind.Object).GetProperty("photo");
        using var image = await client.GetAsync(photo.GetProperty("url").GetString());

        Assert.Equal("Closed", summary.GetProperty("state").GetString());
        Assert.Contains(contributions, c => c.GetProperty("text").GetString() == "Being asked, not told." && c.GetProperty("pinned").GetBoolean());
        Assert.Contains(contributions, c => c.GetProperty("text").GetString() == "Said aloud: the café helped.");
        Assert.Contains(contributions, c => c.GetProperty("text").GetString() == "Thank you for having me.");
        Assert.Contains(contributions, c => c.GetProperty("text").GetString() == "Off topic." && c.GetProperty("hidden").GetBoolean());
        Assert.Equal("Our flipchart of hopes", photo.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var browser = App.CreateBrowser();
        await App.SignInAsync(browser, email);
        return browser;
    }

    private async Task<HttpClient> ApiClientAsync(string email) =>
        await App.ApiClientForAsync(await App.WithDbAsync(db => db.Users.SingleAsync(p => p.Email == email)));
}
