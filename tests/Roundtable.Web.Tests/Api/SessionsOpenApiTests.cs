using System.Net.Http.Json;
using System.Text.Json;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class SessionsOpenApiTests(RoundtableApp app)
{
    private const string Community = "/api/v1/communities/{slug}";
    private const string Session = Community + "/sessions/{number}";
    private const string Meeting = Community + "/preparation-meetings/{number}";

    [Fact]
    public async Task Get_OpenApi_DescribesEverySessionsEndpointAndWhatItAnswers()
    {
        var document = await app.CreateBrowser().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        (string Path, string Method, string Operation, string[] Statuses)[] expected =
        [
            (Community + "/series", "get", "ListSeries", ["200", "401", "404"]),
            (Community + "/series", "post", "PlanSeries", ["200", "201", "400", "401", "403", "404"]),
            (Community + "/series/{id}", "get", "GetSeries", ["200", "401", "404"]),
            (Community + "/sessions", "get", "ListSessions", ["200", "401", "404"]),
            (Session, "get", "GetSession", ["200", "401", "404"]),
            (Session, "patch", "ChangeSession", ["200", "400", "401", "403", "404", "409"]),
            (Session + "/cancel", "post", "CancelSession", ["200", "400", "401", "403", "404"]),
            (Community + "/preparation-meetings/{number}", "get", "GetPreparationMeeting", ["200", "401", "404"]),
            (Community + "/preparation-meetings/{number}", "patch", "ChangePreparationMeeting", ["200", "400", "401", "403", "404", "409"]),
            (Community + "/preparation-meetings/{number}/cancel", "post", "CancelPreparationMeeting", ["200", "400", "401", "403", "404"]),
            (Session + "/running-order", "get", "GetRunningOrder", ["200", "401", "403", "404"]),
            (Session + "/running-order", "put", "ReplaceRunningOrder", ["200", "400", "401", "403", "404", "409"]),
            (Session + "/running-order/template", "post", "UseRunningOrderTemplate", ["200", "400", "401", "403", "404", "409"]),
            (Session + "/sign-up", "get", "GetMySignUp", ["200", "401", "403", "404"]),
            (Session + "/sign-up", "post", "SignUp", ["200", "201", "400", "401", "403", "404", "409"]),
            (Session + "/sign-up", "delete", "CancelMySignUp", ["204", "401", "403", "404", "409"]),
            (Session + "/sign-ups", "get", "ListSignUps", ["200", "401", "403", "404"]),
            (Community + "/attendance", "get", "GetCommunityAttendance", ["200", "401", "403", "404"]),
            (Session + "/attendance", "get", "GetSessionAttendance", ["200", "401", "403", "404"]),
            (Session + "/attendance", "post", "MarkPresent", ["200", "400", "401", "403", "404", "409"]),
            (Session + "/attendance/report", "post", "ImportAttendanceReport", ["200", "400", "401", "403", "404", "409", "415"]),
            (Session + "/attendance/unmatched", "get", "ListUnmatchedReportRows", ["200", "401", "403", "404"]),
            (Session + "/attendance/unmatched/{id}", "post", "ResolveUnmatchedReportRow", ["200", "400", "401", "403", "404", "409"]),
            (Session + "/breakouts", "get", "GetBreakouts", ["200", "400", "401", "403", "404"]),
            (Session + "/breakouts", "post", "ProposeBreakouts", ["200", "400", "401", "403", "404", "409"]),
            (Session + "/breakouts/mine", "get", "GetMyBreakout", ["200", "401", "403", "404"]),
            (Session + "/breakouts/move", "post", "MoveBetweenBreakouts", ["200", "400", "401", "403", "404"]),
            (Session + "/breakouts/{group}/chair", "put", "ChooseBreakoutChair", ["200", "400", "401", "403", "404"]),
            (Session + "/room", "get", "GetSessionRoom", ["200", "401", "403", "404"]),
            (Session + "/room/prompts", "get", "ListSessionRoomPrompts", ["200", "401", "403", "404"]),
            (Session + "/room/contributions", "get", "ListSessionRoomContributions", ["200", "400", "401", "403", "404"]),
            (Session + "/room/contributions/{id}/photo", "get", "GetSessionRoomPhoto", ["200", "401", "403", "404"]),
            (Session + "/room/reactions", "get", "GetSessionRoomReactions", ["200", "401", "403", "404"]),
            (Meeting + "/room", "get", "GetPreparationMeetingRoom", ["200", "401", "404"]),
            (Meeting + "/room/prompts", "get", "ListPreparationMeetingRoomPrompts", ["200", "401", "404"]),
            (Meeting + "/room/contributions", "get", "ListPreparationMeetingRoomContributions", ["200", "400", "401", "404"]),
            (Meeting + "/room/contributions/{id}/photo", "get", "GetPreparationMeetingRoomPhoto", ["200", "401", "404"]),
            (Meeting + "/room/reactions", "get", "GetPreparationMeetingRoomReactions", ["200", "401", "404"]),
        ];
        foreach (var (path, method, operationId, statuses) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not described.");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not described.");
            Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
            Assert.Equal(statuses.Order(StringComparer.Ordinal), operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Get_OpenApi_SaysTheReportIsSentAsCsvAndAChangeNamesWhatItChanges()
    {
        var document = await app.CreateBrowser().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var import = paths.GetProperty(Session + "/attendance/report").GetProperty("post");
        Assert.True(import.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
        var change = document.GetProperty("components").GetProperty("schemas").GetProperty("SessionChange").GetProperty("properties");
        Assert.Equal(
            ["capacity", "date", "directions", "endTime", "format", "meetingLink", "quietRoom", "startTime", "stepFreeAccess", "topic", "venue", "version"],
            change.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var detail = document.GetProperty("components").GetProperty("schemas").GetProperty("SessionDetail");
        Assert.DoesNotContain("meetingLink", detail.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Get_OpenApi_SaysARoomPhotoIsAnImageAndWhatOnlyFacilitatorsAreSent()
    {
        var document = await app.CreateBrowser().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var photo = document.GetProperty("paths").GetProperty(Session + "/room/contributions/{id}/photo").GetProperty("get");
        Assert.Equal(
            ["image/gif", "image/jpeg", "image/png", "image/webp"],
            photo.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var image = photo.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("image/png").GetProperty("schema");
        var binary = schemas.GetProperty(image.GetProperty("$ref").GetString()!.Split('/')[^1]);
        Assert.Equal(("string", "binary"), (binary.GetProperty("type").GetString(), binary.GetProperty("format").GetString()));
        var required = schemas.GetProperty("RoomContribution").GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("name", required);
        Assert.DoesNotContain("hidden", required);
        Assert.DoesNotContain("hiddenReason", required);
        Assert.DoesNotContain("hidden", schemas.GetProperty("RoomCounts").GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }
}
