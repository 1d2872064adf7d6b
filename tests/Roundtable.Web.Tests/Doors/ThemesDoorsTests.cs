using Roundtable.Core.Communities;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Themes;

namespace Roundtable.Web.Tests.Doors;

// The same bad note for settling a theme sent through both doors, the theme's page (its form posted
// as a browser posts it) and the API (as JSON), is refused by each with the same words against the
// note, and the theme stays open.
[Collection(SharedApps.Doors)]
public class ThemesDoorsTests(RoundtableApp app)
{
    public sealed record Row(string? Note, string Message);

    private static readonly Dictionary<string, Row> Table = new()
    {
        ["no note"] = new("", "Enter what was agreed or done"),
        ["only spaces"] = new("   ", "Enter what was agreed or done"),
        ["a note too long"] = new(new string('n', 501), "What was agreed or done must be 500 characters or fewer (you have 501)"),
    };

    public static TheoryData<string> Cases() => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_SettleWithABadNote_BothDoorsRefuseItWithTheSameWordsAndKeepItOpen(string @case)
    {
        var (note, message) = Table[@case];
        var community = await app.CreateCommunityAsync();
        var coLead = await app.CreatePersonAsync("Cleo Colead");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var theme = await app.ThemeAsync(community, coLead, "Getting there", await app.SayAsync(session, coLead, "the bus never comes"));
        var browser = await app.BrowserForAsync(coLead);
        var api = await app.ApiClientForAsync(coLead);

        using var page = await browser.SubmitAsync(ThemesTestData.ThemePath(community, theme.Id), new Dictionary<string, string> { ["Settle.Note"] = note ?? "" }, "#settle-form");
        var (response, problem) = await api.PostJsonAsync($"/api/v1/communities/{community.Slug}/themes/{theme.Id}/settle", new { note });

        await TwoDoors.PageSaysAsync(page, "Settle_Note", message);
        TwoDoors.ApiSays(response, problem, "note", message);
        Assert.False((await app.ThemeNowAsync(theme.Id)).IsSettled);
    }
}
