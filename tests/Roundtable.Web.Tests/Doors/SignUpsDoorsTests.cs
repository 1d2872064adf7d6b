using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Attendance;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Doors;

// The same bad input through both doors to a place at a session: the sign-up page (its forms,
// sent as a browser sends them) and the API (JSON). Each door refuses it with the same words, from
// Core (beside the field on the page, under the field's name in the API's 400; for a refusal that
// is about no field, the page's notice and the API's 409), and no place changes hands.
[Collection(SharedApps.Doors)]
public class SignUpsDoorsTests(RoundtableApp app)
{
    // What happened between the sign-up page loading and its form being sent.
    public const string Nothing = "nothing";
    public const string Ended = "the session ended";
    public const string SessionCancelled = "the session was cancelled";

    private static readonly string TooLong = "Step-free access " + new string('x', 484);

    // Field: Core's name for it (the API's is the same in camelCase); null for a refusal.
    public static TheoryData<string, string, string, string, string?, string> Cases => new()
    {
        // The case, what is sent, what is typed, what happened meanwhile, the field, the message.
        { "Signing up with other needs too long", "sign up", TooLong, Nothing, "OtherAccessNeeds",
            "Anything else that would help must be 500 characters or fewer (you have 501)" },
        { "Signing up after the session ended", "sign up", "", Ended, null, "Session 1 has ended, so places can no longer change." },
        { "Signing up to a cancelled session", "sign up", "", SessionCancelled, null, "Session 1 is cancelled, so places can no longer change." },
        { "Cancelling a place after the session ended", "cancel", "", Ended, null, "Session 1 has ended, so places can no longer change." },
        { "Cancelling a place at a cancelled session", "cancel", "", SessionCancelled, null, "Session 1 is cancelled, so places can no longer change." },
    };

    // A session tomorrow with one place, in a community of its own. To cancel, Ann has the place
    // and Bea is waiting for one.
    private sealed record Scene(Community Community, Session Session, Person Ann, Person Bea)
    {
        public string PagePath => AttendanceTestData.SignUpPath(Community, Session);

        public string ApiPath => $"/api/v1/communities/{Community.Slug}/sessions/{Session.Number}/sign-up";
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadInput_IsRefusedByThePageAndTheApiAlikeAndChangesNoPlace(
        string @case, string sent, string typed, string meanwhile, string? field, string message)
    {
        var onPage = await SceneAsync(sent);
        var viaApi = await SceneAsync(sent);

        var page = await ThroughThePageAsync(onPage, sent, typed, meanwhile);
        var api = await ThroughTheApiAsync(viaApi, sent, typed, meanwhile);

        // The case is named in each, so that a failure says which door said what.
        Assert.Equal((@case, "page", field is null ? null : $"Input_{field}", message), (@case, "page", page.Field, page.Message));
        Assert.Equal((@case, "API", field is null ? null : TwoDoors.Camel(field), message), (@case, "API", api.Field, api.Message));
        await AssertNoPlaceChangedAsync(onPage, sent);
        await AssertNoPlaceChangedAsync(viaApi, sent);
    }

    private async Task<Scene> SceneAsync(string sent)
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(1), capacity: 1);
        var ann = await AttendanceTestData.MemberAsync(app, community, "Ann Able");
        var bea = await AttendanceTestData.MemberAsync(app, community, "Bea Bright");
        if (sent == "cancel")
        {
            await app.SignUpAsync(session, ann);
            await app.SignUpAsync(session, bea, SignUpStatus.Waiting);
        }

        return new Scene(community, session, ann, bea);
    }

    private Task HappensAsync(Scene scene, string meanwhile) => meanwhile switch
    {
        Ended => app.WithDbAsync(db => db.Sessions.Where(s => s.Id == scene.Session.Id).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.StartsAt, UkTimeZone.ToUtc(app.Today.AddDays(-1), new TimeOnly(14, 0)))
            .SetProperty(s => s.EndsAt, UkTimeZone.ToUtc(app.Today.AddDays(-1), new TimeOnly(16, 0))))),
        SessionCancelled => app.CancelSessionAsync(scene.Session),
        _ => Task.CompletedTask,
    };

    // Opens the sign-up page as Ann, then (after what happens meanwhile) sends the form: the error
    // shown beside a field, or the notice on the page she is sent back to.
    private async Task<(string? Field, string? Message)> ThroughThePageAsync(Scene scene, string sent, string typed, string meanwhile)
    {
        var browser = await app.BrowserForAsync(scene.Ann);
        var page = await browser.GetDocumentAsync(scene.PagePath);
        await HappensAsync(scene, meanwhile);

        using var response = sent == "cancel"
            ? await browser.SubmitAsync(page.Form("form#cancel"))
            : await browser.SubmitAsync(page.Form("form#sign-up"), [("Input.OtherAccessNeeds", typed)]);

        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return (null, (await browser.FollowAsync(response)).Notice());
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ToDocumentAsync();
        return (shown.ErrorFor("Input_OtherAccessNeeds") is null ? null : "Input_OtherAccessNeeds", shown.ErrorFor("Input_OtherAccessNeeds"));
    }

    private async Task<(string? Field, string? Message)> ThroughTheApiAsync(Scene scene, string sent, string typed, string meanwhile)
    {
        var client = await app.ApiClientForAsync(scene.Ann);
        await HappensAsync(scene, meanwhile);

        using var response = sent == "cancel"
            ? await client.DeleteAsync(scene.ApiPath)
            : await client.PostAsJsonAsync(scene.ApiPath, new { otherAccessNeeds = typed });

        return await TwoDoors.ApiSaidAsync(response);
    }

    private async Task AssertNoPlaceChangedAsync(Scene scene, string sent)
    {
        var places = (await app.SignUpsAtAsync(scene.Session)).ToDictionary(s => s.PersonId, s => s.Status);
        Assert.Equal(
            sent == "cancel" ? new() { [scene.Ann.Id] = SignUpStatus.Booked, [scene.Bea.Id] = SignUpStatus.Waiting } : new Dictionary<Guid, SignUpStatus>(),
            places);
        Assert.Empty(await app.MessagesToAsync(scene.Bea.Email!));
    }
}
