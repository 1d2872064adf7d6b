using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.Exports;

// Who may download the CSV exports, by link or through the API, and who may not: the people who
// run sessions (and site admins), 404 for a community someone may not know exists or a session
// that is not there. What was said in a preparation meeting is in no one's contributions file, and
// in the ledger's only for co-leads (the lived-expert group may not download).
[Collection(AccessTables.Name)]
public class ExportsAccessTests(AccessFixture app) : AccessMatrix
{
    private static readonly int[] Nobody = [404, 404, 404, 404, 404, 404, 404];
    private static readonly int[] OnlyAdmins = [404, 404, 404, 404, 404, 404, 200];
    private static readonly int[] Planners = [SignIn, 403, 403, 403, 200, 200, 200];
    private static readonly int[] ApiPlanners = [401, 403, 403, 403, 200, 200, 200];

    // AttendancePlaces: session 2 today, preparation meetings 1 to 3 (so no session 3).
    //                                                                                     Anon  NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Attendance =
    [
        ("/communities/{listed}/sessions/2/attendance.csv", Planners),
        ("/communities/{hidden}/sessions/1/attendance.csv", OnlyAdmins),
        ("/communities/{listed}/sessions/3/attendance.csv", [SignIn, 403, 403, 403, 404, 404, 404]),
        ("/communities/no-such-community/sessions/1/attendance.csv", Nobody),
        ("/api/v1/communities/{listed}/sessions/2/attendance.csv", ApiPlanners),
        ("/api/v1/communities/{hidden}/sessions/1/attendance.csv", OnlyAdmins),
        ("/api/v1/communities/{listed}/sessions/3/attendance.csv", [401, 403, 403, 403, 404, 404, 404]),
    ];

    // ThemePlaces: session 1 and preparation meeting 1, where the lived expert said "Secret words".
    private static readonly (string Path, int[] Expected)[] Contributions =
    [
        ("/communities/{listed}/sessions/1/contributions.csv", Planners),
        ("/communities/{hidden}/sessions/1/contributions.csv", OnlyAdmins),
        ("/communities/{listed}/preparation-meetings/1/contributions.csv", Nobody),
        ("/api/v1/communities/{listed}/sessions/1/contributions.csv", ApiPlanners),
        ("/api/v1/communities/{hidden}/sessions/1/contributions.csv", OnlyAdmins),
    ];

    // AskPlaces: a request from a preparation meeting, in the lived expert's "Secret words".
    private static readonly (string Path, int[] Expected)[] Ledger =
    [
        ("/communities/{listed}/you-said-we-did.csv", Planners),
        ("/communities/{hidden}/you-said-we-did.csv", OnlyAdmins),
        ("/api/v1/communities/{listed}/you-said-we-did.csv", ApiPlanners),
        ("/api/v1/communities/{hidden}/you-said-we-did.csv", OnlyAdmins),
    ];

    public static TheoryData<string, Visitor, int> AttendanceRows() => Rows(Attendance);

    public static TheoryData<string, Visitor, int> ContributionsRows() => Rows(Contributions);

    public static TheoryData<string, Visitor, int> LedgerRows() => Rows(Ledger);

    private async Task<string> AssertAnsweredAsync(Places places, string path, Visitor visitor, int expected)
    {
        var isApi = path.StartsWith("/api/", StringComparison.Ordinal);
        var client = isApi ? app.ApiClientAs(visitor) : await app.BrowserAsAsync(visitor);

        using var response = await client.GetAsync(Resolve(places, path));

        if (isApi)
        {
            Assert.Equal(expected, (int)response.StatusCode);
        }
        else
        {
            AssertAnswered(response, expected);
        }

        if (expected == 200)
        {
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        }

        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [MemberData(nameof(AttendanceRows))]
    public Task Get_AttendanceCsv_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected) =>
        AssertAnsweredAsync(app.AttendancePlaces, path, visitor, expected);

    [Theory]
    [MemberData(nameof(ContributionsRows))]
    public async Task Get_ContributionsCsv_AnswersEachVisitorAsDeclaredWithoutPreparationMeetings(string path, Visitor visitor, int expected)
    {
        var body = await AssertAnsweredAsync(app.ThemePlaces, path, visitor, expected);

        Assert.DoesNotContain("Secret words", body, StringComparison.Ordinal);
        if (expected == 200 && path.Contains("{listed}", StringComparison.Ordinal))
        {
            Assert.Contains("The bus never comes", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(LedgerRows))]
    public async Task Get_LedgerCsv_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var body = await AssertAnsweredAsync(app.AskPlaces, path, visitor, expected);

        Assert.Equal(visitor == CoLead && path.Contains("{listed}", StringComparison.Ordinal), body.Contains("Secret words", StringComparison.Ordinal));
    }
}
