using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Hosting;

public class RestartTests
{
    [Fact]
    public async Task Restart_KeepsPeopleSignedIn()
    {
        await using var database = await TestDatabase.CreateAsync();
        string cookie;
        await using (var before = await new RoundtableApp { ExistingDatabase = database }.StartAsync())
        {
            var person = await before.CreatePersonAsync("Still Here");
            var token = await before.IssueLinkAsync(person.Email!);
            var browser = before.CreateBrowser();
            var form = (await browser.GetDocumentAsync($"/sign-in/link?token={token}")).Form();
            using var signedIn = await browser.SubmitAsync(form);
            cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("roundtable.session=", StringComparison.Ordinal)).Split(';')[0];
        }

        await using var after = await new RoundtableApp { ExistingDatabase = database }.StartAsync();
        var sameBrowser = after.CreateBrowser();
        sameBrowser.DefaultRequestHeaders.Add("Cookie", cookie);

        using var response = await sameBrowser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Still Here", (await response.ToDocumentAsync()).QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(0, await after.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task Restart_WithDemoData_LoadsItOnceOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var first = await new RoundtableApp { ExistingDatabase = database, Settings = { ["App:LoadDemoData"] = "true" } }.StartAsync())
        {
            Assert.Equal(4, await first.WithDbAsync(db => db.Communities.CountAsync()));
        }

        await using var second = await new RoundtableApp { ExistingDatabase = database, Settings = { ["App:LoadDemoData"] = "true" } }.StartAsync();

        Assert.Equal(4, await second.WithDbAsync(db => db.Communities.CountAsync()));
        var home = await second.CreateBrowser().GetDocumentAsync("/");
        Assert.Equal(4, home.QuerySelectorAll("main a.nhsuk-card__link").Length);
        Assert.Equal(4, await second.WithDbAsync(db => db.CharterVersions.Select(v => v.CommunityId).Distinct().CountAsync()));
    }

    [Fact]
    public async Task DemoData_ShowsALivingCommunity()
    {
        await using var app = await new RoundtableApp { Settings = { ["App:LoadDemoData"] = "true" } }.StartAsync();

        var brackenmouth = await app.WithDbAsync(db => db.Communities.SingleAsync(c => c.Slug == "brackenmouth-ld-autism"));
        var (versions, priorities, overdue, subGroups, identities) = await app.WithDbAsync(async db => (
            await db.CharterVersions.CountAsync(v => v.CommunityId == brackenmouth.Id),
            await db.IdentityOptions.Where(o => o.CommunityId == brackenmouth.Id && o.IsPriority).Select(o => o.Name).OrderBy(n => n).ToListAsync(),
            await db.ToBeConfirmed.CountAsync(t => t.CommunityId == brackenmouth.Id && t.DueOn < new DateOnly(2026, 11, 21)),
            await db.SubGroups.CountAsync(g => g.CommunityId == brackenmouth.Id),
            await db.MemberIdentities.CountAsync(i => i.Membership.CommunityId == brackenmouth.Id)));

        var (second, heldFromFirst, preparation) = await app.WithDbAsync(async db =>
        {
            var sessions = db.Sessions.Where(s => s.CommunityId == brackenmouth.Id && s.Kind == Roundtable.Core.Data.Entities.SessionKind.Session);
            var first = await sessions.SingleAsync(s => s.Number == 1);
            var secondSession = await sessions.SingleAsync(s => s.Number == 2);
            var cameToFirst = db.Attendance.Where(a => a.SessionId == first.Id).Select(a => a.PersonId);
            return (
                await db.Attendance.CountAsync(a => a.SessionId == secondSession.Id),
                await db.Attendance.CountAsync(a => a.SessionId == secondSession.Id && cameToFirst.Contains(a.PersonId)),
                await db.Sessions.CountAsync(s => s.CommunityId == brackenmouth.Id && s.Kind == Roundtable.Core.Data.Entities.SessionKind.PreparationMeeting));
        });

        var nextRunningOrder = await app.WithDbAsync(async db =>
        {
            var sixth = await db.Sessions.SingleAsync(s => s.CommunityId == brackenmouth.Id && s.Kind == Roundtable.Core.Data.Entities.SessionKind.Session && s.Number == 6);
            return await db.RunningOrderItems.Where(i => i.SessionId == sixth.Id).OrderBy(i => i.Position).ToListAsync();
        });

        // Every turnout in the demo plan is what the database holds, in every community.
        var planned = Roundtable.Core.DemoData.DemoSessions.All.SelectMany(plan => plan.Meetings
            .Where(m => m.Kind == Roundtable.Core.Data.Entities.SessionKind.Session)
            .Select((m, i) => (plan.Slug, Number: i + 1, Came: m.Turnout?.Attended ?? 0))).ToList();
        var held = await app.WithDbAsync(db => db.Sessions
            .Where(s => s.Kind == Roundtable.Core.Data.Entities.SessionKind.Session)
            .Select(s => new { s.Community.Slug, s.Number, Came = db.Attendance.Count(a => a.SessionId == s.Id) })
            .ToListAsync());
        Assert.Equal(planned.OrderBy(p => p.Slug).ThenBy(p => p.Number), held.Select(h => (h.Slug, h.Number, h.Came)).OrderBy(p => p.Slug).ThenBy(p => p.Number));

        Assert.Equal(2, versions);
        Assert.Equal(120, nextRunningOrder.Sum(i => i.Minutes));
        Assert.StartsWith("Wren", nextRunningOrder.Single(i => i.Kind == Roundtable.Core.Data.Entities.RunningOrderItemKind.Presentation).Presenter, StringComparison.Ordinal);
        // As the staff briefing after session 2: 43 came, most of them back from session 1.
        Assert.Equal(43, second);
        Assert.Equal(38, heldFromFirst);
        Assert.Equal(4, preparation);
        Assert.Equal(["Person from a black or brown community", "Staff: primary care"], priorities);
        Assert.Equal(1, overdue);
        Assert.Equal(2, subGroups);
        Assert.True(identities > 12);
    }
}
