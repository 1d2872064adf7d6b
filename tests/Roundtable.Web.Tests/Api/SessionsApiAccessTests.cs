using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Breakouts;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Breakouts;
using Roundtable.Web.Tests.PageTests.Sessions;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.Api;

// Who may use each sessions endpoint, by personal token (Anonymous sends none): the same rules as
// the session, sign-up, attendance and breakout pages. A community someone may not know about is
// "not found"; so is a preparation meeting to anyone outside the lived-expert group and its co-leads,
// site admins included.
[Collection(AccessTables.Name)]
public class SessionsApiAccessTests(AccessFixture app) : AccessMatrix
{
    private const string Api = "/api/v1/communities";

    //                                                                                   Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Gets =
    [
        ($"{Api}/{{listed}}/series", [401, 200, 200, 200, 200, 200, 200]),
        ($"{Api}/{{hidden}}/series", [404, 404, 404, 404, 404, 404, 200]),
        ($"{Api}/{{listed}}/series/{{listedSeries}}", [401, 200, 200, 200, 200, 200, 200]),
        ($"{Api}/{{hidden}}/series/{{hiddenSeries}}", [404, 404, 404, 404, 404, 404, 200]),
        // Another community's series is not this one's.
        ($"{Api}/{{listed}}/series/{{hiddenSeries}}", [401, 404, 404, 404, 404, 404, 404]),
        ($"{Api}/{{listed}}/sessions", [401, 200, 200, 200, 200, 200, 200]),
        ($"{Api}/{{hidden}}/sessions", [404, 404, 404, 404, 404, 404, 200]),
        ($"{Api}/no-such-community/sessions", [404, 404, 404, 404, 404, 404, 404]),
        ($"{Api}/{{listed}}/sessions/1", [401, 200, 200, 200, 200, 200, 200]),
        ($"{Api}/{{hidden}}/sessions/1", [404, 404, 404, 404, 404, 404, 200]),
        // A preparation meeting's number is no session's: the sessions routes find only sessions.
        ($"{Api}/{{listed}}/sessions/{{only}}", [401, 404, 404, 404, 404, 404, 404]),
        ($"{Api}/{{listed}}/preparation-meetings/{{only}}", [404, 404, 404, 200, 404, 200, 404]),
        ($"{Api}/{{hidden}}/preparation-meetings/1", [404, 404, 404, 404, 404, 404, 404]),
        ($"{Api}/{{listed}}/preparation-meetings/999", [404, 404, 404, 404, 404, 404, 404]),
        ($"{Api}/{{listed}}/sessions/1/running-order", [401, 403, 200, 200, 200, 200, 200]),
        ($"{Api}/{{hidden}}/sessions/1/running-order", [404, 404, 404, 404, 404, 404, 200]),
        ($"{Api}/{{listed}}/sessions/{{only}}/running-order", [401, 403, 404, 404, 404, 404, 404]),
        // A site admin who is not a member has no place to sign up with.
        ($"{Api}/{{listed}}/sessions/1/sign-up", [401, 403, 200, 200, 200, 200, 404]),
        ($"{Api}/{{hidden}}/sessions/1/sign-up", [404, 404, 404, 404, 404, 404, 404]),
        ($"{Api}/{{listed}}/sessions/{{only}}/sign-up", [401, 403, 404, 404, 404, 404, 404]),
        ($"{Api}/{{listed}}/sessions/1/sign-ups", [401, 403, 403, 403, 200, 200, 200]),
        ($"{Api}/{{hidden}}/sessions/1/sign-ups", [404, 404, 404, 404, 404, 404, 200]),
        ($"{Api}/{{listed}}/sessions/{{only}}/sign-ups", [401, 403, 403, 403, 404, 404, 404]),
        ($"{Api}/{{listed}}/sessions/1/attendance", [401, 403, 403, 403, 200, 200, 200]),
        ($"{Api}/{{hidden}}/sessions/1/attendance", [404, 404, 404, 404, 404, 404, 200]),
        ($"{Api}/{{listed}}/sessions/{{only}}/attendance", [401, 403, 403, 403, 404, 404, 404]),
        ($"{Api}/{{listed}}/sessions/1/attendance/unmatched", [401, 403, 403, 403, 200, 200, 200]),
        ($"{Api}/{{hidden}}/sessions/1/attendance/unmatched", [404, 404, 404, 404, 404, 404, 200]),
        ($"{Api}/{{listed}}/sessions/{{only}}/attendance/unmatched", [401, 403, 403, 403, 404, 404, 404]),
        ($"{Api}/{{listed}}/attendance", [401, 403, 200, 200, 200, 200, 200]),
        ($"{Api}/{{hidden}}/attendance", [404, 404, 404, 404, 404, 404, 200]),
        ($"{Api}/{{listed}}/sessions/1/breakouts", [401, 403, 403, 403, 200, 200, 200]),
        ($"{Api}/{{hidden}}/sessions/1/breakouts", [404, 404, 404, 404, 404, 404, 200]),
        ($"{Api}/{{listed}}/sessions/{{only}}/breakouts", [401, 403, 403, 403, 404, 404, 404]),
        ($"{Api}/{{listed}}/sessions/1/breakouts/mine", [401, 403, 200, 200, 200, 200, 200]),
        ($"{Api}/{{hidden}}/sessions/1/breakouts/mine", [404, 404, 404, 404, 404, 404, 200]),
        ($"{Api}/{{listed}}/sessions/{{only}}/breakouts/mine", [401, 403, 404, 404, 404, 404, 404]),
        .. RoomRows("/room"),
        .. RoomRows("/room/prompts"),
        .. RoomRows("/room/contributions"),
        .. RoomRows("/room/reactions"),
        .. RoomRows("/room/contributions/{photo}/photo"),
    ];

    // A session's live room is for its community's members (a site admin facilitates); a
    // preparation meeting's for the lived-expert group and co-leads, and not found to anyone else.
    //                                                                                          Anon NonMem Member LivedEx Facil CoLead Admin
    private static IEnumerable<(string Path, int[] Expected)> RoomRows(string endpoint) =>
    [
        ($"{Api}/{{listed}}/sessions/1{endpoint.Replace("{photo}", "{listedPhoto}", StringComparison.Ordinal)}", [401, 403, 200, 200, 200, 200, 200]),
        ($"{Api}/{{hidden}}/sessions/1{endpoint.Replace("{photo}", "{hiddenPhoto}", StringComparison.Ordinal)}", [404, 404, 404, 404, 404, 404, 200]),
        ($"{Api}/{{listed}}/sessions/{{only}}{endpoint.Replace("{photo}", "{preparationPhoto}", StringComparison.Ordinal)}", [401, 403, 404, 404, 404, 404, 404]),
        ($"{Api}/{{listed}}/preparation-meetings/{{only}}{endpoint.Replace("{photo}", "{preparationPhoto}", StringComparison.Ordinal)}", [404, 404, 404, 200, 404, 200, 404]),
        ($"{Api}/{{hidden}}/preparation-meetings/1{endpoint.Replace("{photo}", "{hiddenPhoto}", StringComparison.Ordinal)}", [404, 404, 404, 404, 404, 404, 404]),
        ($"{Api}/{{listed}}/preparation-meetings/999{endpoint.Replace("{photo}", "{preparationPhoto}", StringComparison.Ordinal)}", [404, 404, 404, 404, 404, 404, 404]),
        // A photo of another room is not this room's.
        .. endpoint.Contains("{photo}", StringComparison.Ordinal)
            ? [($"{Api}/{{listed}}/sessions/1{endpoint.Replace("{photo}", "{preparationPhoto}", StringComparison.Ordinal)}", new[] { 401, 403, 404, 404, 404, 404, 404 })]
            : Array.Empty<(string, int[])>(),
    ];

    // Each changes a meeting made for the row alone, so no row sees another's change.
    //                                                                     Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Action, int[] Expected)[] Changes =
    [
        ("plan a series in {listed}", [401, 403, 403, 403, 403, 201, 201]),
        ("plan a series in {hidden}", [404, 404, 404, 404, 404, 404, 201]),
        ("change a session in {listed}", [401, 403, 403, 403, 200, 200, 200]),
        ("change a session in {hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("cancel a session in {listed}", [401, 403, 403, 403, 200, 200, 200]),
        ("cancel a session in {hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("change a preparation meeting in {listed}", [404, 404, 404, 403, 404, 200, 404]),
        ("change a preparation meeting in {hidden}", [404, 404, 404, 404, 404, 404, 404]),
        ("cancel a preparation meeting in {listed}", [404, 404, 404, 403, 404, 200, 404]),
        ("cancel a preparation meeting in {hidden}", [404, 404, 404, 404, 404, 404, 404]),
        ("replace a running order in {listed}", [401, 403, 403, 403, 200, 200, 200]),
        ("replace a running order in {hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("sign up in {listed}", [401, 403, 201, 201, 201, 201, 404]),
        ("sign up in {hidden}", [404, 404, 404, 404, 404, 404, 404]),
        ("cancel a sign-up in {listed}", [401, 403, 204, 204, 204, 204, 404]),
        ("mark someone present in {listed}", [401, 403, 403, 403, 200, 200, 200]),
        ("mark someone present in {hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("import an attendance report in {listed}", [401, 403, 403, 403, 200, 200, 200]),
        ("import an attendance report in {hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("propose breakouts in {listed}", [401, 403, 403, 403, 200, 200, 200]),
        ("propose breakouts in {hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("move someone between breakouts in {listed}", [401, 403, 403, 403, 200, 200, 200]),
        ("move someone between breakouts in {hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("choose a breakout chair in {listed}", [401, 403, 403, 403, 200, 200, 200]),
        ("choose a breakout chair in {hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("start a running order from a template in {listed}", [401, 403, 403, 403, 200, 200, 200]),
        ("start a running order from a template in {hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("resolve a report row in {listed}", [401, 403, 403, 403, 200, 200, 200]),
        ("resolve a report row in {hidden}", [404, 404, 404, 404, 404, 404, 200]),
        // The sessions routes find only sessions: a preparation meeting has no breakouts, running
        // order or attendance there, even for its own people.
        ("move someone in a preparation meeting's breakouts in {listed}", [401, 403, 403, 403, 404, 404, 404]),
        ("choose a chair in a preparation meeting's breakouts in {listed}", [401, 403, 403, 403, 404, 404, 404]),
        ("start a preparation meeting's running order from a template in {listed}", [401, 403, 403, 403, 404, 404, 404]),
        ("resolve a preparation meeting's report row in {listed}", [401, 403, 403, 403, 404, 404, 404]),
    ];

    public static TheoryData<string, Visitor, int> GetRows() => Rows(Gets);

    public static TheoryData<string, Visitor, int> ChangeRows() => Rows(Changes);

    [Theory]
    [MemberData(nameof(GetRows))]
    public async Task Get_SessionsEndpoint_AnswersEachTokenAsDeclared(string path, Visitor visitor, int expected)
    {
        var client = app.ApiClientAs(visitor);

        using var response = await client.GetAsync(Resolve(path));

        Assert.Equal(expected, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var json = path.EndsWith("/photo", StringComparison.Ordinal) ? "image/png" : "application/json";
        Assert.Equal(expected == 200 ? json : "application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (expected != 200)
        {
            Assert.DoesNotContain(app.SessionsApiPlaces.Hidden.Name, body, StringComparison.Ordinal);
            Assert.DoesNotContain(app.SessionsApiPlaces.Listed.Name, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Secret agenda shaping", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ChangeRows))]
    public async Task Send_SessionsChange_AnswersEachTokenAsDeclaredAndChangesOnlyWhenAllowed(string action, Visitor visitor, int expected)
    {
        var client = app.ApiClientAs(visitor);

        var (response, happened) = await ActAsync(action, visitor, client);

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(expected is >= 200 and < 300, await happened());
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("Secret agenda shaping", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(NonMember, false)]
    [InlineData(Member, false)]
    [InlineData(LivedExpert, true)]
    [InlineData(Facilitator, false)]
    [InlineData(CoLead, true)]
    [InlineData(Visitor.Admin, false)]
    public async Task Get_Sessions_ListsPreparationMeetingsOnlyToTheGroupAndCoLeads(Visitor visitor, bool seesThem)
    {
        var client = app.ApiClientAs(visitor);

        var (_, sessions, body) = await client.GetJsonAsync($"{Api}/{app.SessionsApiPlaces.Listed.Slug}/sessions");

        var kinds = sessions.EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ToList();
        Assert.Contains(nameof(SessionKind.Session), kinds);
        Assert.Equal(seesThem, kinds.Contains(nameof(SessionKind.PreparationMeeting)));
        Assert.Equal(seesThem, body.Contains("Secret agenda shaping", StringComparison.Ordinal));
        Assert.Equal(seesThem, body.Contains("Preparation meeting", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(NonMember, false)]
    [InlineData(Member, false)]
    [InlineData(LivedExpert, true)]
    [InlineData(Facilitator, false)]
    [InlineData(CoLead, true)]
    [InlineData(Visitor.Admin, false)]
    public async Task Get_Series_ShowsPreparationMeetingsOnlyToTheGroupAndCoLeads(Visitor visitor, bool seesThem)
    {
        var client = app.ApiClientAs(visitor);

        var (_, series, body) = await client.GetJsonAsync($"{Api}/{app.SessionsApiPlaces.Listed.Slug}/series/{app.SessionsApiPlaces.ListedSeries}");

        Assert.Equal(2, series.GetProperty("sessions").GetArrayLength());
        Assert.Equal(seesThem, series.TryGetProperty("preparation", out _));
        Assert.Equal(seesThem, body.Contains("PreparationMeeting", StringComparison.Ordinal));
    }

    private async Task<(HttpResponseMessage Response, Func<Task<bool>> Happened)> ActAsync(string action, Visitor visitor, HttpClient client)
    {
        var community = action.EndsWith("{hidden}", StringComparison.Ordinal) ? app.SessionsApiPlaces.Hidden : app.SessionsApiPlaces.Listed;
        var what = action[..action.LastIndexOf(" in ", StringComparison.Ordinal)];
        var person = visitor == Anonymous ? null : app.PersonFor(visitor);
        var sessions = $"{Api}/{community.Slug}/sessions";
        switch (what)
        {
            case "plan a series":
            {
                var name = TestData.Unique("Planned by token");
                var response = await client.PostAsJsonAsync($"{Api}/{community.Slug}/series", new
                {
                    name,
                    rhythm = "ExplicitDates",
                    dates = new[] { TestClock.Iso(app.Today.AddDays(202)) },
                    startTime = "14:00",
                    endTime = "16:00",
                    format = "Online",
                });
                return (response, () => app.WithDbAsync(db => db.Series.AnyAsync(s => s.Name == name)));
            }

            case "change a session":
            case "change a preparation meeting":
            {
                var meeting = await FreshAsync(community, what.EndsWith("session", StringComparison.Ordinal) ? SessionKind.Session : SessionKind.PreparationMeeting);
                var response = await client.PatchAsJsonAsync(Path(community, meeting), new { topic = "Changed by token" });
                return (response, async () => (await app.ReloadAsync(meeting)).Topic == "Changed by token");
            }

            case "cancel a session":
            case "cancel a preparation meeting":
            {
                var meeting = await FreshAsync(community, what.EndsWith("session", StringComparison.Ordinal) ? SessionKind.Session : SessionKind.PreparationMeeting);
                var response = await client.PostAsJsonAsync($"{Path(community, meeting)}/cancel", new { reason = "Cancelled by token" });
                return (response, async () => (await app.ReloadAsync(meeting)).IsCancelled);
            }

            case "replace a running order":
            {
                var session = await FreshAsync(community, SessionKind.Session);
                var response = await client.PutAsJsonAsync($"{sessions}/{session.Number}/running-order", new
                {
                    items = new[] { new { title = "Welcome", minutes = 10 } },
                });
                return (response, async () => (await app.ReloadAsync(session)).RunningOrder.Count > 0);
            }

            case "sign up":
            {
                var session = await FreshAsync(community, SessionKind.Session);
                var response = await client.PostAsJsonAsync($"{sessions}/{session.Number}/sign-up", new { });
                return (response, () => SignedUpAsync(session, person, SignUpStatus.Booked));
            }

            case "cancel a sign-up":
            {
                var session = await FreshAsync(community, SessionKind.Session);
                if (visitor is Member or LivedExpert or Facilitator or CoLead)
                {
                    await app.SignUpAsync(session, person!);
                }

                var response = await client.DeleteAsync($"{sessions}/{session.Number}/sign-up");
                return (response, () => SignedUpAsync(session, person, SignUpStatus.Cancelled));
            }

            case "mark someone present":
            {
                var session = await FreshAsync(community, SessionKind.Session);
                var response = await client.PostAsJsonAsync($"{sessions}/{session.Number}/attendance", new { guestName = "Wendy Walkin" });
                return (response, () => CameAsync(session));
            }

            case "import an attendance report":
            {
                var session = await FreshAsync(community, SessionKind.Session);
                var csv = new StringContent("Name,Email\nGill Guest,gill@example.org\n", Encoding.UTF8, "text/csv");
                var response = await client.PostAsync($"{sessions}/{session.Number}/attendance/report", csv);
                return (response, async () => await app.WithDbAsync(db => db.UnmatchedAttendees.AnyAsync(u => u.SessionId == session.Id)));
            }

            case "propose breakouts":
            {
                var session = await FreshAsync(community, SessionKind.Session);
                await app.BookedMemberAsync(community, session, name: "Bea Booked");
                var response = await client.PostAsJsonAsync($"{sessions}/{session.Number}/breakouts", new { });
                return (response, () => app.WithDbAsync(db => db.BreakoutGroups.AnyAsync(g => g.SessionId == session.Id)));
            }

            case "move someone between breakouts":
            {
                var session = await WithGroupAsync(community);
                var mover = (await app.BookedMemberAsync(community, session, name: "Mo Mover")).Id;
                await ProposeAsync(session);
                var response = await client.PostAsJsonAsync($"{sessions}/{session.Number}/breakouts/move", new { personId = mover, to = "new" });
                return (response, async () => (await app.GroupsAsync(session)).Count == 2);
            }

            case "choose a breakout chair":
            {
                var session = await WithGroupAsync(community);
                await app.BookedMemberAsync(community, session, name: "Cy Chair");
                await ProposeAsync(session);
                var group = Assert.Single(await app.GroupsAsync(session));
                var next = group.Members.Select(m => m.PersonId).First(id => id != group.ChairId);
                var response = await client.PutAsJsonAsync($"{sessions}/{session.Number}/breakouts/1/chair", new { personId = next });
                return (response, async () => Assert.Single(await app.GroupsAsync(session)).ChairId == next);
            }

            case "start a running order from a template":
            {
                var session = await FreshAsync(community, SessionKind.Session);
                var response = await client.PostAsJsonAsync($"{sessions}/{session.Number}/running-order/template", new { template = "stoke" });
                return (response, async () => (await app.ReloadAsync(session)).RunningOrder.Count > 0);
            }

            case "resolve a report row":
            {
                var session = await FreshAsync(community, SessionKind.Session);
                var row = await UnmatchedAsync(session);
                var response = await client.PostAsJsonAsync($"{sessions}/{session.Number}/attendance/unmatched/{row}", new { resolution = "LeaveOut" });
                return (response, () => ResolvedAsync(row));
            }

            case "move someone in a preparation meeting's breakouts":
            {
                var only = await PreparationOnlyAsync();
                var response = await client.PostAsJsonAsync($"{sessions}/{only.Number}/breakouts/move", new { personId = app.PersonFor(LivedExpert).Id, to = "new" });
                return (response, () => app.WithDbAsync(db => db.BreakoutGroups.AnyAsync(g => g.SessionId == only.Id)));
            }

            case "choose a chair in a preparation meeting's breakouts":
            {
                var only = await PreparationOnlyAsync();
                var response = await client.PutAsJsonAsync($"{sessions}/{only.Number}/breakouts/1/chair", new { personId = app.PersonFor(LivedExpert).Id });
                return (response, () => app.WithDbAsync(db => db.BreakoutGroups.AnyAsync(g => g.SessionId == only.Id)));
            }

            case "start a preparation meeting's running order from a template":
            {
                var only = await PreparationOnlyAsync();
                var response = await client.PostAsJsonAsync($"{sessions}/{only.Number}/running-order/template", new { template = "stoke" });
                return (response, async () => (await app.ReloadAsync(only)).RunningOrder.Count > 0);
            }

            case "resolve a preparation meeting's report row":
            {
                var only = await PreparationOnlyAsync();
                var row = await UnmatchedAsync(only);
                var response = await client.PostAsJsonAsync($"{sessions}/{only.Number}/attendance/unmatched/{row}", new { resolution = "LeaveOut" });
                return (response, () => ResolvedAsync(row));
            }

            default:
                throw new ArgumentException($"No such action: {action}", nameof(action));
        }
    }

    // A fresh session with one person booked; the test books another, then proposes groups.
    private async Task<Session> WithGroupAsync(Community community)
    {
        var session = await FreshAsync(community, SessionKind.Session);
        await app.BookedMemberAsync(community, session, name: "Bea Booked");
        return session;
    }

    private Task ProposeAsync(Session session) =>
        app.WithScopeAsync(services => services.GetRequiredService<BreakoutGroups>().ProposeAsync(session, 6, 8, keepQuietTogether: true));

    private Task<Session> PreparationOnlyAsync() =>
        app.WithDbAsync(db => db.Sessions.AsNoTracking()
            .SingleAsync(s => s.CommunityId == app.SessionsApiPlaces.Listed.Id && s.Kind == SessionKind.PreparationMeeting && s.Number == SessionsApiPlaces.PreparationOnly));

    // A row of an attendance report that matched nobody, as an import leaves it.
    private Task<Guid> UnmatchedAsync(Session session) =>
        app.WithDbAsync(async db =>
        {
            var row = new UnmatchedAttendee { SessionId = session.Id, Name = "Una Unmatched", ImportedAt = app.Clock.GetUtcNow() };
            db.UnmatchedAttendees.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

    private Task<bool> ResolvedAsync(Guid row) => app.WithDbAsync(db => db.UnmatchedAttendees.AnyAsync(u => u.Id == row && u.ResolvedAt != null));

    private Task<Session> FreshAsync(Community community, SessionKind kind) =>
        app.CreateSessionAsync(community, app.Today.AddDays(kind == SessionKind.Session ? 0 : 14), kind,
            topic: kind == SessionKind.Session ? "A fresh session" : "Secret agenda shaping");

    private static string Path(Community community, Session meeting) =>
        $"{Api}/{community.Slug}/{(meeting.Kind == SessionKind.Session ? "sessions" : "preparation-meetings")}/{meeting.Number}";

    private Task<bool> SignedUpAsync(Session session, Person? person, SignUpStatus status) =>
        person is null
            ? Task.FromResult(false)
            : app.WithDbAsync(db => db.SignUps.AnyAsync(s => s.SessionId == session.Id && s.PersonId == person.Id && s.Status == status));

    private Task<bool> CameAsync(Session session) => app.WithDbAsync(db => db.Attendance.AnyAsync(a => a.SessionId == session.Id));

    private string Resolve(string path)
    {
        var places = app.SessionsApiPlaces;
        return Resolve(places, path)
            .Replace("{listedSeries}", places.ListedSeries.ToString(), StringComparison.Ordinal)
            .Replace("{hiddenSeries}", places.HiddenSeries.ToString(), StringComparison.Ordinal)
            .Replace("{listedPhoto}", places.ListedPhoto.ToString(), StringComparison.Ordinal)
            .Replace("{hiddenPhoto}", places.HiddenPhoto.ToString(), StringComparison.Ordinal)
            .Replace("{preparationPhoto}", places.PreparationPhoto.ToString(), StringComparison.Ordinal)
            .Replace("{only}", SessionsApiPlaces.PreparationOnly.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
