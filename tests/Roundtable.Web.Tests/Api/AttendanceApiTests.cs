using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class AttendanceApiTests(RoundtableApp app)
{
    [Fact]
    public async Task Post_MarkMemberTwice_IsOnePresence()
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);
        var member = await app.MemberAsync(community, "Mo Member", choose: m => m.Naming = Naming.FullName);

        var (first, marked) = await client.PostJsonAsync(AttendancePath(community, 1), new { email = member.Email!.ToUpperInvariant() });
        var (second, again) = await client.PostJsonAsync(AttendancePath(community, 1), new { email = member.Email });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Mo Member", marked.GetProperty("name").GetString());
        Assert.False(marked.GetProperty("alreadyMarked").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(again.GetProperty("alreadyMarked").GetBoolean());
        Assert.Equal(1, await app.WithDbAsync(db => db.Attendance.CountAsync(a => a.SessionId == session.Id)));
    }

    [Fact]
    public async Task Post_MarkGuest_CountsThemOnce()
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);

        await client.PostJsonAsync(AttendancePath(community, 1), new { guestName = "Gill Guest" });
        var (response, again) = await client.PostJsonAsync(AttendancePath(community, 1), new { guestName = "gill  guest" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(again.GetProperty("alreadyMarked").GetBoolean());
        var guest = await app.WithDbAsync(db => db.Attendance.SingleAsync(a => a.SessionId == session.Id));
        Assert.Equal("Gill Guest", guest.GuestName);
    }

    [Fact]
    public async Task Post_MarkUnknownEmail_IsAProblemAndMarksNobody()
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);
        var outsider = await app.CreatePersonAsync("Olu Outsider");

        var (response, problem) = await client.PostJsonAsync(AttendancePath(community, 1), new { email = outsider.Email });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("No member of this community has this email address", problem.GetProperty("errors").GetProperty("email")[0].GetString());
        Assert.False(await app.WithDbAsync(db => db.Attendance.AnyAsync(a => a.SessionId == session.Id)));
    }

    [Fact]
    public async Task Post_MarkBeforeTheDay_IsRefused()
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(1));

        var (response, problem) = await client.PostJsonAsync(AttendancePath(community, 1), new { guestName = "Early Bird" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Attendance can be recorded from the day of Session 1.", problem.GetProperty("detail").GetString());
        Assert.False(await app.WithDbAsync(db => db.Attendance.AnyAsync(a => a.SessionId == session.Id)));
    }

    [Fact]
    public async Task Get_Attendance_GivesTheFiguresCountedByHand()
    {
        var (community, client) = await FacilitatorAsync();
        var people = new Dictionary<char, Person>();
        foreach (var letter in "ABCDEF")
        {
            people[letter] = await app.MemberAsync(community, $"Person {letter}", choose: m => m.Naming = Naming.FullName);
        }

        await app.CreateSessionAsync(community, app.Today.AddDays(-78));
        await app.CreateSessionAsync(community, app.Today.AddDays(-50));
        await app.CreateSessionAsync(community, app.Today.AddDays(-15));
        await app.CreateSessionAsync(community, app.Today.AddDays(48));
        (int Session, string Who)[] came = [(1, "ABCD"), (2, "ABE"), (3, "AEF")];
        foreach (var (number, who) in came)
        {
            foreach (var letter in who)
            {
                await client.PostJsonAsync(AttendancePath(community, number), new { email = people[letter].Email });
            }
        }

        await client.PostJsonAsync(AttendancePath(community, 1), new { guestName = "Gill Guest" });

        var (response, third, _) = await client.GetJsonAsync(AttendancePath(community, 3));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Person A", "Person E", "Person F"], third.GetProperty("present").EnumerateArray().Select(p => p.GetString()).Order(StringComparer.Ordinal));
        var figures = third.GetProperty("figures");
        Assert.Equal(3, figures.GetProperty("attended").GetInt32());
        Assert.Equal(1, figures.GetProperty("new").GetInt32());
        Assert.Equal(2, figures.GetProperty("returning").GetInt32());
        AssertHeld(figures.GetProperty("heldFromFirst"), came: 1, of: 4, from: 1, percent: 25);
        AssertHeld(figures.GetProperty("heldFromPrevious"), came: 2, of: 3, from: 2, percent: 67);
        Assert.Equal(JsonValueKind.Null, third.GetProperty("closed").ValueKind);

        var (_, across, body) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/attendance");
        Assert.Equal([1, 2, 3], across.EnumerateArray().Select(s => s.GetProperty("number").GetInt32()));
        Assert.Equal([5, 3, 3], across.EnumerateArray().Select(s => s.GetProperty("attended").GetInt32()));
        Assert.Equal(1, across[0].GetProperty("guests").GetInt32());
        Assert.Equal(JsonValueKind.Null, across[0].GetProperty("heldFromFirst").ValueKind);
        AssertHeld(across[1].GetProperty("heldFromFirst"), came: 2, of: 4, from: 1, percent: 50);
        Assert.DoesNotContain("Person", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Gill", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Report_ImportsWhoItMatchesAndListsWhoItDoesNot()
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);
        var ann = await app.MemberAsync(community, "Ann Able", choose: m => m.Naming = Naming.FullName);
        var bob = await app.MemberAsync(community, "Bob Baker", choose: m => m.Naming = Naming.FirstName);
        var day = app.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var csv = "\uFEFFName;Email;Join time;Leave time;Favourite colour\n" +
            $"Ann Able;{ann.Email};{day} 14:01;{day} 15:58;blue\n" +
            $"Ann Able;{ann.Email};{day} 15:59;{day} 16:00;blue\n" +
            $"Bob Baker;;{day} 14:05;{day} 16:00;red\n" +
            $"Stan Stranger;stan@example.org;{day} 14:00;{day} 16:00;green\n";

        var (response, report) = await ImportAsync(client, community, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, report.GetProperty("rowsRead").GetInt32());
        Assert.Equal(2, report.GetProperty("added").GetInt32());
        Assert.Equal(1, report.GetProperty("matchedByEmail").GetInt32());
        var byName = Assert.Single(report.GetProperty("matchedByName").EnumerateArray());
        Assert.Equal("Bob Baker", byName.GetProperty("inReport").GetString());
        Assert.Equal("Bob", byName.GetProperty("member").GetString());
        Assert.Equal(1, report.GetProperty("duplicatesMerged").GetInt32());
        var stranger = Assert.Single(report.GetProperty("notMatched").EnumerateArray());
        Assert.Equal("Stan Stranger", stranger.GetProperty("name").GetString());
        Assert.Equal("No member has this email address or name", stranger.GetProperty("reason").GetString());
        var present = await app.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == session.Id).Select(a => a.PersonId).ToListAsync());
        Assert.Equal([ann.Id, bob.Id], present.Order());
        var (_, attendance, _) = await client.GetJsonAsync(AttendancePath(community, 1));
        Assert.Equal("Stan Stranger", Assert.Single(attendance.GetProperty("notMatched").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Post_ReportTwice_AddsNothingTheSecondTime()
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);
        var ann = await app.MemberAsync(community, "Ann Able");
        var csv = $"Name,Email\nAnn Able,{ann.Email}\nStan Stranger,stan@example.org\n";

        await ImportAsync(client, community, csv);
        var (response, report) = await ImportAsync(client, community, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, report.GetProperty("added").GetInt32());
        Assert.Equal(1, report.GetProperty("alreadyPresent").GetInt32());
        Assert.Equal(1, report.GetProperty("alreadyListed").GetInt32());
        Assert.Equal(1, await app.WithDbAsync(db => db.Attendance.CountAsync(a => a.SessionId == session.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.UnmatchedAttendees.CountAsync(u => u.SessionId == session.Id)));
    }

    [Fact]
    public async Task Post_ReportThatCannotBeRead_ImportsNothing()
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);

        var (response, problem) = await ImportAsync(client, community, "Colour,Size\nblue,large\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The file has no column of names or email addresses", problem.GetProperty("errors").GetProperty("report")[0].GetString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.UnmatchedAttendees.AnyAsync(u => u.SessionId == session.Id)));
    }

    [Fact]
    public async Task Post_EmptyReport_IsAProblem()
    {
        var (community, client) = await FacilitatorAsync();
        await app.CreateSessionAsync(community, app.Today);

        var (response, problem) = await ImportAsync(client, community, "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The file is empty", problem.GetProperty("errors").GetProperty("report")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ReportAsJson_IsAnUnsupportedMediaType()
    {
        var (community, client) = await FacilitatorAsync();
        await app.CreateSessionAsync(community, app.Today);

        using var response = await client.PostAsync(
            $"{AttendancePath(community, 1)}/report", new StringContent("{\"name\":\"Ann\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_Unmatched_ListsTheRowsToResolveFirstThenWhatWasDecided()
    {
        var (community, client) = await FacilitatorAsync();
        await app.CreateSessionAsync(community, app.Today);
        await ImportAsync(client, community, "Name,Email\nStan Stranger,stan@example.org\nGill Guest,\n");
        var (_, listed, _) = await client.GetJsonAsync(UnmatchedPath(community));
        var gill = listed.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Gill Guest").GetProperty("id").GetGuid();
        await client.PostJsonAsync($"{UnmatchedPath(community)}/{gill}", new { resolution = "Guest" });

        var (response, rows, _) = await client.GetJsonAsync(UnmatchedPath(community));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Stan Stranger", "Gill Guest"], rows.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("stan@example.org", rows[0].GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("resolution").ValueKind);
        Assert.Equal("Guest", rows[1].GetProperty("resolution").GetString());
        var (_, attendance, _) = await client.GetJsonAsync(AttendancePath(community, 1));
        Assert.Equal(rows[0].GetProperty("id").GetGuid(), Assert.Single(attendance.GetProperty("notMatched").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Post_ResolveAsMemberByEmailTwice_MarksThemPresentOnce()
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);
        var sam = await app.MemberAsync(community, "Samantha Smith", choose: m => m.Naming = Naming.FirstName);
        var row = await UnmatchedRowAsync(client, community, "Sam from Zoom");

        var (first, resolved) = await client.PostJsonAsync($"{UnmatchedPath(community)}/{row}", new { resolution = "Member", email = sam.Email!.ToUpperInvariant() });
        var (second, again) = await client.PostJsonAsync($"{UnmatchedPath(community)}/{row}", new { resolution = "Member", email = sam.Email });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Samantha", resolved.GetProperty("member").GetString());
        Assert.False(resolved.GetProperty("alreadyResolved").GetBoolean());
        Assert.Equal("Member", resolved.GetProperty("row").GetProperty("resolution").GetString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(again.GetProperty("alreadyResolved").GetBoolean());
        var present = await app.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == session.Id).ToListAsync());
        Assert.Equal(sam.Id, Assert.Single(present).PersonId);
    }

    [Fact]
    public async Task Post_ResolveAsMemberByPersonId_MarksThatMemberPresent()
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);
        var pat = await app.MemberAsync(community, "Pat Person");
        var row = await UnmatchedRowAsync(client, community, "P. Person");

        var (response, _) = await client.PostJsonAsync($"{UnmatchedPath(community)}/{row}", new { resolution = "member", personId = pat.Id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pat.Id, await app.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == session.Id).Select(a => a.PersonId).SingleAsync()));
    }

    [Theory]
    [InlineData("Guest", "Gus from Teams")]
    [InlineData("LeaveOut", null)]
    public async Task Post_ResolveAsGuestOrLeftOut_RecordsTheGuestOrNobody(string resolution, string? guest)
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);
        var row = await UnmatchedRowAsync(client, community, "Gus from Teams");

        var (response, resolved) = await client.PostJsonAsync($"{UnmatchedPath(community)}/{row}", new { resolution });
        await client.PostJsonAsync($"{UnmatchedPath(community)}/{row}", new { resolution });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, resolved.GetProperty("member").ValueKind);
        var guests = await app.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == session.Id).Select(a => a.GuestName).ToListAsync());
        Assert.Equal(guest is null ? Array.Empty<string?>() : [guest], guests);
        Assert.NotNull((await app.WithDbAsync(db => db.UnmatchedAttendees.SingleAsync(u => u.Id == row))).ResolvedAt);
    }

    public static TheoryData<string, string, string> BadResolutions() => new()
    {
        { "{}", "resolution", "Send resolution: Member (with the member's email or personId), Guest or LeaveOut" },
        { "{\"resolution\":\"Maybe\"}", "resolution", "Send resolution: Member (with the member's email or personId), Guest or LeaveOut" },
        { "{\"resolution\":\"1\"}", "resolution", "Send resolution: Member (with the member's email or personId), Guest or LeaveOut" },
        { "{\"resolution\":\"Member\"}", "personId", "Choose the member this is, or add them as a guest, or leave them out" },
        { "{\"resolution\":\"Member\",\"email\":\"fay@example.org\",\"personId\":\"0199a000-0000-7000-8000-000000000000\"}", "email", "Send the email address or the personId of the member this is, not both" },
        { "{\"resolution\":\"Member\",\"email\":\"nobody@example.org\"}", "email", "No member of this community has this email address" },
        { "{\"resolution\":\"Member\",\"personId\":\"0199a000-0000-7000-8000-000000000000\"}", "personId", "They are not a member of this community now" },
    };

    [Theory]
    [MemberData(nameof(BadResolutions))]
    public async Task Post_ResolveWithBadInput_IsAProblemAndResolvesNothing(string json, string field, string message)
    {
        var (community, client) = await FacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);
        var row = await UnmatchedRowAsync(client, community, "Una Unknown");

        using var response = await client.PostAsync($"{UnmatchedPath(community)}/{row}", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Null((await app.WithDbAsync(db => db.UnmatchedAttendees.SingleAsync(u => u.Id == row))).ResolvedAt);
        Assert.False(await app.WithDbAsync(db => db.Attendance.AnyAsync(a => a.SessionId == session.Id)));
    }

    [Fact]
    public async Task Post_ResolveAMemberWhoHasLeft_IsAProblem()
    {
        var (community, client) = await FacilitatorAsync();
        await app.CreateSessionAsync(community, app.Today);
        var gone = await app.MemberAsync(community, "Lee Left");
        await app.LeaveAsync(community, gone);
        var row = await UnmatchedRowAsync(client, community, "Lee");

        var (response, problem) = await client.PostJsonAsync($"{UnmatchedPath(community)}/{row}", new { resolution = "Member", personId = gone.Id });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("They are not a member of this community now", problem.GetProperty("errors").GetProperty("personId")[0].GetString());
    }

    [Fact]
    public async Task Post_ResolveNoSuchRow_IsNotFound()
    {
        var (community, client) = await FacilitatorAsync();
        await app.CreateSessionAsync(community, app.Today);
        await app.CreateSessionAsync(community, app.Today.AddDays(1));
        var otherSessionsRow = await UnmatchedRowAsync(client, community, "Someone Else");

        var (response, problem) = await client.PostJsonAsync($"{AttendancePath(community, 2)}/unmatched/{otherSessionsRow}", new { resolution = "Guest" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Session 2 has no attendance report row with this id.", problem.GetProperty("detail").GetString());
        Assert.Null((await app.WithDbAsync(db => db.UnmatchedAttendees.SingleAsync(u => u.Id == otherSessionsRow))).ResolvedAt);
    }

    private static async Task<Guid> UnmatchedRowAsync(HttpClient client, Community community, string name)
    {
        var (imported, _) = await ImportAsync(client, community, $"Name\n{name}\n");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var (_, rows, _) = await client.GetJsonAsync(UnmatchedPath(community));
        return rows.EnumerateArray().Single(r => r.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private static string UnmatchedPath(Community community) => $"{AttendancePath(community, 1)}/unmatched";

    private async Task<(Community Community, HttpClient Client)> FacilitatorAsync()
    {
        var community = await app.CreateCommunityAsync();
        var facilitator = await app.MemberAsync(community, "Fay Facilitator", CommunityRole.Facilitator);
        return (community, await app.ApiClientForAsync(facilitator));
    }

    private static string AttendancePath(Community community, int number) => $"/api/v1/communities/{community.Slug}/sessions/{number}/attendance";

    private static async Task<(HttpResponseMessage Response, JsonElement Json)> ImportAsync(HttpClient client, Community community, string csv)
    {
        var response = await client.PostAsync($"{AttendancePath(community, 1)}/report", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var body = await response.Content.ReadAsStringAsync();
        return (response, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement);
    }

    private static void AssertHeld(JsonElement held, int came, int of, int from, int percent)
    {
        Assert.Equal(came, held.GetProperty("came").GetInt32());
        Assert.Equal(of, held.GetProperty("of").GetInt32());
        Assert.Equal(from, held.GetProperty("fromSession").GetInt32());
        Assert.Equal(percent, held.GetProperty("percent").GetInt32());
    }
}
