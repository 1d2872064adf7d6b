using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.YouSaidWeDid;

namespace Roundtable.Web.Tests.Doors;

// The same bad status change sent through both doors, the request's page (its form posted as a
// browser posts it) and the API (as JSON), is refused by each with the same words against the same
// field, and the request stays as it was.
[Collection(SharedApps.Doors)]
public class YouSaidWeDidDoorsTests(RoundtableApp app)
{
    public sealed record Row(string Status, string? Reason, string? RaisedWith, string? DueOn, string Field, string Message);

    private static readonly Dictionary<string, Row> Table = new()
    {
        ["not upheld without a reason"] = new("NotUpheld", " ", null, null, "Reason", "Say why it is not upheld"),
        ["outside our control, raised with nobody"] = new("OutsideOurControl", null, "", null, "RaisedWith", "Say who it was raised with"),
        ["a due date in the past"] = new("InProgress", null, null, "1 January 2020", "DueOn", "The due date must be today or in the future"),
        ["a due date that is not one"] = new("InProgress", null, null, "next Tuesday-ish", "DueOn", "Enter a real date, like 3 March 2027"),
    };

    public static TheoryData<string> Cases() => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadStatusChange_BothDoorsRefuseItWithTheSameWordsAndChangeNothing(string @case)
    {
        var row = Table[@case];
        var community = await app.CreateCommunityAsync();
        var coLead = await app.CreatePersonAsync("Cleo Colead");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        var ask = await app.AskAsync(community, coLead, "Evening sessions");
        var browser = await app.BrowserForAsync(coLead);
        var api = await app.ApiClientForAsync(coLead);

        using var page = await browser.SubmitAsync(
            AsksTestData.AskPath(community, ask),
            new Dictionary<string, string> { ["Input.Status"] = row.Status, ["Input.Reason"] = row.Reason ?? "", ["Input.RaisedWith"] = row.RaisedWith ?? "", ["Input.DueOn"] = row.DueOn ?? "" },
            "#update-ask");
        var (response, problem) = await api.PostJsonAsync(
            $"/api/v1/communities/{community.Slug}/you-said-we-did/{ask}", new { status = row.Status, reason = row.Reason, raisedWith = row.RaisedWith, dueOn = row.DueOn });

        await TwoDoors.PageSaysAsync(page, $"Input_{row.Field}", row.Message);
        TwoDoors.ApiSays(response, problem, TwoDoors.Camel(row.Field), row.Message);
        var now = await app.AskNowAsync(ask);
        Assert.Equal((AskStatus.Open, 1), (now.Status, now.Changes.Count));
    }
}
