using System.Net;
using System.Net.Http.Json;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Attendance;

namespace Roundtable.Web.Tests.Doors;

// The same bad input through both doors to a session's attendance: the register page (its form,
// sent as a browser sends it) and the API (JSON, or the report as CSV). Each door refuses it with
// the same words, from Core (beside the field on the page, under the field's name in the API's
// 400; for a refusal that is about no field, the page's explanation and the API's 409), and
// nothing is recorded through either.
[Collection(SharedApps.Doors)]
public class AttendanceDoorsTests(RoundtableApp app)
{
    private const string Early = "Attendance can be recorded from the day of Session 1.";
    private const string Cancelled = "Session 1 was cancelled, so there is no attendance to record.";

    // What happened between the register page loading and its form being sent: the session was
    // moved to tomorrow or cancelled, or Lee (a member) left the community.
    public const string Nothing = "nothing";
    public const string MovedToTomorrow = "moved to tomorrow";
    public const string SessionCancelled = "cancelled";
    public const string LeeLeft = "Lee left";

    // Field: Core's name for it (the API's is the same in camelCase); null for a refusal.
    public static TheoryData<string, string, string, string, string?, string> Cases => new()
    {
        // The case, what is sent, what is typed (a resolution: "Member: Lee" chooses Lee), what happened meanwhile, the field, the message.
        { "A guest with no name", "guest", "", Nothing, "GuestName", "Enter the guest's name" },
        { "A guest's name of spaces", "guest", "   ", Nothing, "GuestName", "Enter the guest's name" },
        { "A guest's name too long", "guest", "Gita " + new string('G', 116), Nothing, "GuestName", "The guest's name must be 120 characters or fewer (you have 121)" },
        { "Marking who came before the session's day", "mark", "", MovedToTomorrow, null, Early },
        { "Marking who came at a cancelled session", "mark", "", SessionCancelled, null, Cancelled },
        { "A guest before the session's day", "guest", "Gita Guest", MovedToTomorrow, null, Early },
        { "A guest at a cancelled session", "guest", "Gita Guest", SessionCancelled, null, Cancelled },
        { "Importing a report before the session's day", "import", "Name,Email\nAnn Able,\n", MovedToTomorrow, null, Early },
        { "Importing a report for a cancelled session", "import", "Name,Email\nAnn Able,\n", SessionCancelled, null, Cancelled },
        { "Importing a report that cannot be read", "import", "Colour,Size\nblue,large\n", Nothing, "Report",
            "The file has no column of names or email addresses. It needs a heading row with a column called ‘Name’ or ‘Email’." },
        { "Importing an empty report", "import", "", Nothing, "Report", "The file is empty. Choose the attendance report you downloaded from the meeting." },
        { "Resolving a report row at a cancelled session", "resolve", "Guest", SessionCancelled, null, Cancelled },
        { "Resolving a report row as a member without saying who", "resolve", "Member", Nothing, "PersonId",
            "Choose the member this is, or add them as a guest, or leave them out" },
        { "Resolving a report row as a member who has since left", "resolve", "Member: Lee", LeeLeft, "PersonId", "They are not a member of this community now" },
    };

    private sealed record Scene(Community Community, Session Session, Person Facilitator, Person Ann, Person Lee, UnmatchedAttendee Row)
    {
        public string RegisterPath => AttendanceTestData.RegisterPath(Community, Session);

        public string ApiPath => $"/api/v1/communities/{Community.Slug}/sessions/{Session.Number}/attendance";
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadInput_IsRefusedByThePageAndTheApiAlikeAndRecordsNothing(
        string @case, string sent, string typed, string meanwhile, string? field, string message)
    {
        var onPage = await SceneAsync();
        var viaApi = await SceneAsync();

        var page = await ThroughThePageAsync(onPage, sent, typed, meanwhile, field);
        var api = await ThroughTheApiAsync(viaApi, sent, typed, meanwhile);

        // The case is named in each, so that a failure says which door said what.
        Assert.Equal((@case, "page", PageField(onPage, sent, field), message), (@case, "page", page.Field, page.Message));
        Assert.Equal((@case, "API", field is null ? null : TwoDoors.Camel(field), message), (@case, "API", api.Field, api.Message));
        await AssertNothingRecordedAsync(onPage);
        await AssertNothingRecordedAsync(viaApi);
    }

    // A session today in a community of its own, with Ann and Lee as members and one row of an
    // earlier report that matched nobody, still to resolve.
    private async Task<Scene> SceneAsync()
    {
        var community = await app.CreateCommunityAsync();
        var facilitator = await AttendanceTestData.MemberAsync(app, community, "Fran Facilitator", role: CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today);
        var ann = await AttendanceTestData.MemberAsync(app, community, "Ann Able");
        var lee = await AttendanceTestData.MemberAsync(app, community, "Lee Left");
        var row = await app.WithDbAsync(async db =>
        {
            var unmatched = new UnmatchedAttendee { SessionId = session.Id, Name = "Val Visitor", ImportedAt = app.Clock.GetUtcNow() };
            db.UnmatchedAttendees.Add(unmatched);
            await db.SaveChangesAsync();
            return unmatched;
        });
        return new Scene(community, session, facilitator, ann, lee, row);
    }

    private Task HappensAsync(Scene scene, string meanwhile) => meanwhile switch
    {
        MovedToTomorrow => app.WithDbAsync(db => db.Sessions.Where(s => s.Id == scene.Session.Id).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.StartsAt, UkTimeZone.ToUtc(app.Today.AddDays(1), new TimeOnly(14, 0)))
            .SetProperty(s => s.EndsAt, UkTimeZone.ToUtc(app.Today.AddDays(1), new TimeOnly(16, 0))))),
        SessionCancelled => app.CancelSessionAsync(scene.Session),
        LeeLeft => app.LeaveCommunityAsync(scene.Community, scene.Lee),
        _ => Task.CompletedTask,
    };

    // Opens the register, then (after what happens meanwhile) sends the form for what is sent as
    // the facilitator's browser would: the error shown beside a field, or, when the page sends
    // them back, why the register says it is closed.
    private async Task<(string? Field, string? Message)> ThroughThePageAsync(Scene scene, string sent, string typed, string meanwhile, string? field)
    {
        var browser = await app.BrowserForAsync(scene.Facilitator);
        var page = await browser.GetDocumentAsync(scene.RegisterPath);
        await HappensAsync(scene, meanwhile);

        using var response = sent switch
        {
            "guest" => await browser.SubmitAsync(page.Form("form#walk-in-guest"), [("GuestName", typed)]),
            "mark" => await browser.SubmitAsync(page.Form("form#mark"), [("Mark.Present", scene.Ann.Id.ToString())]),
            "import" => await UploadAsync(browser, page.Form("form#import"), typed),
            "resolve" => await browser.SubmitAsync(page.Form($"#unmatched-{scene.Row.Id:N} form"), Resolution(scene, typed)),
            _ => throw new ArgumentOutOfRangeException(nameof(sent), sent, null),
        };

        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var after = await browser.FollowAsync(response);
            return (null, after.GetElementById("closed")?.TextContent.Replace("Information:", "", StringComparison.Ordinal).Trim());
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ToDocumentAsync();
        var id = PageField(scene, sent, field);
        return (shown.ErrorFor(id!) is null ? null : id, shown.ErrorFor(id!));
    }

    private async Task<(string? Field, string? Message)> ThroughTheApiAsync(Scene scene, string sent, string typed, string meanwhile)
    {
        var client = await app.ApiClientForAsync(scene.Facilitator);
        await HappensAsync(scene, meanwhile);

        using var response = sent switch
        {
            "guest" => await client.PostAsJsonAsync(scene.ApiPath, new { guestName = typed }),
            "mark" => await client.PostAsJsonAsync(scene.ApiPath, new { email = scene.Ann.Email }),
            "import" => await client.PostAsync($"{scene.ApiPath}/report", new StringContent(typed, Encoding.UTF8, "text/csv")),
            "resolve" => await client.PostAsJsonAsync($"{scene.ApiPath}/unmatched/{scene.Row.Id}", new
            {
                resolution = typed.Split(':')[0],
                personId = typed.EndsWith(": Lee", StringComparison.Ordinal) ? scene.Lee.Id : (Guid?)null,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(sent), sent, null),
        };

        return await TwoDoors.ApiSaidAsync(response);
    }

    private async Task AssertNothingRecordedAsync(Scene scene)
    {
        Assert.Empty(await app.AttendanceAtAsync(scene.Session));
        var row = Assert.Single(await app.UnmatchedAtAsync(scene.Session));
        Assert.Null(row.ResolvedAt);
    }

    // Where the page shows a problem with Core's field: a report row's problems beside that row.
    private static string? PageField(Scene scene, string sent, string? field) =>
        field is null ? null : sent == "resolve" ? $"person-{scene.Row.Id:N}" : field;

    private static IEnumerable<(string Name, string? Value)> Resolution(Scene scene, string typed) =>
        [("resolution", typed.Split(':')[0]), ("person", typed.EndsWith(": Lee", StringComparison.Ordinal) ? scene.Lee.Id.ToString() : "")];

    // The import form as a browser sends a chosen file: multipart, with the form's own token.
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, IHtmlFormElement form, string csv)
    {
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        body.Add(file, "Report", "attendance.csv");
        return await browser.PostAsync(new Uri(new Uri(form.BaseUri), form.GetAttribute("action")), body);
    }
}
