using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Attendance;

// Builders for the attendance pages' tests: members named in full (so that the pages show the
// names the tests give), who came to which session, reports to upload, and reading the pages back.
public static class AttendanceTestData
{
    public static string SignUpPath(Community community, Session session) => $"/communities/{community.Slug}/sessions/{session.Number}/sign-up";

    public static string SignUpsPath(Community community, Session session) => $"/communities/{community.Slug}/sessions/{session.Number}/sign-ups";

    public static string RegisterPath(Community community, Session session) => $"/communities/{community.Slug}/sessions/{session.Number}/attendance";

    public static string AcrossPath(Community community) => $"/communities/{community.Slug}/attendance";

    public static async Task<Person> MemberAsync(
        this RoundtableApp app, Community community, string name, string? email = null, CommunityRole role = CommunityRole.Member,
        Naming naming = Naming.FullName)
    {
        var person = await app.CreatePersonAsync(name, email);
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership
            {
                CommunityId = community.Id,
                PersonId = person.Id,
                Role = role,
                Naming = naming,
                JoinedAt = app.Clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });
        return person;
    }

    public static async Task<(Community Community, Person Facilitator, HttpClient Browser)> CommunityWithFacilitatorAsync(this RoundtableApp app)
    {
        var community = await app.CreateCommunityAsync();
        var facilitator = await app.MemberAsync(community, "Fran Facilitator", role: CommunityRole.Facilitator);
        return (community, facilitator, await app.BrowserForAsync(facilitator));
    }

    public static Task SetProfileNeedsAsync(this RoundtableApp app, Community community, Person person, AccessNeeds needs, string? other) =>
        app.WithDbAsync(async db =>
        {
            var membership = await db.Memberships.SingleAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id);
            (membership.AccessNeeds, membership.OtherAccessNeeds) = (needs, other);
            return await db.SaveChangesAsync();
        });

    public static Task LeaveCommunityAsync(this RoundtableApp app, Community community, Person person) =>
        app.WithDbAsync(async db =>
        {
            var membership = await db.Memberships.SingleAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id && m.LeftAt == null);
            membership.LeftAt = app.Clock.GetUtcNow();
            return await db.SaveChangesAsync();
        });

    public static Task CancelSessionAsync(this RoundtableApp app, Session session) =>
        app.WithDbAsync(async db =>
        {
            var saved = await db.Sessions.SingleAsync(s => s.Id == session.Id);
            saved.Status = SessionStatus.Cancelled;
            saved.CancelledAt = app.Clock.GetUtcNow();
            saved.CancelReason = "The venue flooded";
            return await db.SaveChangesAsync();
        });

    // Records, as a facilitator would have, that these members and this many guests came.
    public static Task CameAsync(this RoundtableApp app, Session session, IEnumerable<Person> members, int guests = 0) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var recorder = members.FirstOrDefault()?.Id ?? Guid.Empty;
            foreach (var member in members)
            {
                db.Attendance.Add(new Attendee
                {
                    SessionId = session.Id, PersonId = member.Id, Source = AttendanceSource.Marked, RecordedById = member.Id, RecordedAt = now,
                });
            }

            for (var i = 1; i <= guests; i++)
            {
                db.Attendance.Add(new Attendee
                {
                    SessionId = session.Id, GuestName = $"Guest {i}", Source = AttendanceSource.Marked, RecordedById = recorder, RecordedAt = now,
                });
            }

            return await db.SaveChangesAsync();
        });

    public static Task<List<Attendee>> AttendanceAtAsync(this RoundtableApp app, Session session) =>
        app.WithDbAsync(db => db.Attendance.AsNoTracking().Where(a => a.SessionId == session.Id).ToListAsync());

    public static Task<List<UnmatchedAttendee>> UnmatchedAtAsync(this RoundtableApp app, Session session) =>
        app.WithDbAsync(db => db.UnmatchedAttendees.AsNoTracking().Where(u => u.SessionId == session.Id).OrderBy(u => u.Name).ToListAsync());

    public static Task<List<SignUp>> SignUpsAtAsync(this RoundtableApp app, Session session) =>
        app.WithDbAsync(db => db.SignUps.AsNoTracking().Where(s => s.SessionId == session.Id).ToListAsync());

    public static async Task<SignUp?> SignUpOfAsync(this RoundtableApp app, Session session, Person person) =>
        (await app.SignUpsAtAsync(session)).SingleOrDefault(s => s.PersonId == person.Id);

    // Uploads a file with the register's import form, as a browser sends it (multipart, with the
    // form's own token), to the handler the form names.
    public static async Task<HttpResponseMessage> UploadReportAsync(
        this HttpClient browser, Community community, Session session, byte[] content, string fileName = "attendance.csv",
        string contentType = "text/csv")
    {
        var page = await browser.GetDocumentAsync(RegisterPath(community, session));
        var form = page.Form("form#import");
        Assert.Equal("multipart/form-data", form.Enctype);
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new(contentType);
        body.Add(file, "Report", fileName);
        return await browser.PostAsync(new Uri(new Uri(form.BaseUri), form.GetAttribute("action")), body);
    }

    public static async Task<IDocument> UploadAndFollowAsync(this HttpClient browser, Community community, Session session, byte[] content, string fileName = "attendance.csv")
    {
        using var response = await browser.UploadReportAsync(community, session, content, fileName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await browser.FollowAsync(response);
    }

    // What a file looks like on disk: UTF-16 with a BOM (as Teams writes), or UTF-8 with or without one.
    public static byte[] Utf16WithBom(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    public static byte[] Utf8(string text, bool bom = false) => bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    // A summary list (dl) as its keys and values.
    public static Dictionary<string, string> SummaryOf(this IDocument page, string id) =>
        page.QuerySelectorAll($"#{id} .nhsuk-summary-list__row").ToDictionary(
            row => Squash(row.QuerySelector("dt")!.TextContent),
            row => Squash(row.QuerySelector("dd")!.TextContent));

    // A table's body rows as its cells' text, the row heading first.
    public static List<string[]> RowsOf(this IDocument page, string id) =>
        page.QuerySelectorAll($"#{id} tbody tr")
            .Select(row => row.Children.Select(cell => Squash(cell.TextContent)).ToArray())
            .ToList();

    // The checkboxes of a group as label → ticked.
    public static Dictionary<string, bool> TicksOf(this IDocument page, string formSelector, string name) =>
        page.QuerySelectorAll<IHtmlInputElement>($"{formSelector} input[type=checkbox][name='{name}']").ToDictionary(
            box => Squash(page.QuerySelector($"label[for='{box.Id}']")!.TextContent),
            box => box.IsChecked);

    public static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
