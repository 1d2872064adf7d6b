using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Sessions;

// Preparation meetings belong to the lived-expert group and the co-leads who support it: they
// see them and the co-leads change them; to anyone else they do not exist.
[Collection(SharedApps.Sessions)]
public class PreparationMeetingTests(RoundtableApp app)
{
    public enum Who
    {
        Anonymous,
        NonMember,
        Member,
        Facilitator,
        SiteAdmin,
        GroupMember,
        GroupFacilitator,
        CoLead,
    }

    private const string Topic = "Shaping the session on hospital passports";

    private static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string PathOf(Community community, Session meeting, string rest = "") =>
        $"/communities/{community.Slug}/preparation-meetings/{meeting.Number}{rest}";

    // Session 1, and after it the preparation meeting for session 2.
    private static readonly DateOnly SessionDate = TestClock.Today.AddDays(20);
    private static readonly DateOnly MeetingDate = TestClock.Today.AddDays(48);

    private async Task<(Community Community, Session Meeting)> MeetingAsync()
    {
        var community = await app.CreateCommunityAsync();
        await app.CreateSessionAsync(community, SessionDate, topic: "Hospital passports");
        var meeting = await app.CreateSessionAsync(community, MeetingDate, SessionKind.PreparationMeeting, topic: Topic);
        return (community, meeting);
    }

    private async Task<(HttpClient Browser, Person? Person)> BrowserAsync(Community community, Who who)
    {
        if (who == Who.Anonymous)
        {
            return (app.CreateBrowser(), null);
        }

        var person = await app.CreatePersonAsync($"{who} Person");
        switch (who)
        {
            case Who.Member:
                await app.JoinAsync(community, person);
                break;
            case Who.Facilitator:
                await app.JoinAsync(community, person, CommunityRole.Facilitator);
                break;
            case Who.SiteAdmin:
                await app.MakeSiteAdminAsync(person);
                break;
            case Who.GroupMember:
                await app.JoinAsync(community, person, livedExpertGroup: true);
                break;
            case Who.GroupFacilitator:
                await app.JoinAsync(community, person, CommunityRole.Facilitator, livedExpertGroup: true);
                break;
            case Who.CoLead:
                await app.JoinAsync(community, person, CommunityRole.CoLead);
                break;
        }

        return (await app.BrowserForAsync(person), person);
    }

    [Theory]
    [InlineData(Who.GroupMember)]
    [InlineData(Who.GroupFacilitator)]
    [InlineData(Who.CoLead)]
    public async Task Get_AsTheGroupOrACoLead_ShowsTheMeetingAndItsLink(Who who)
    {
        var (community, meeting) = await MeetingAsync();
        var (browser, _) = await BrowserAsync(community, who);

        var page = await browser.GetDocumentAsync(PathOf(community, meeting));

        Assert.Equal("Preparation meeting 1", page.Heading());
        Assert.Equal(Topic, Text(page.GetElementById("topic")));
        Assert.Contains("Only the group and the co-leads can see this meeting.", Text(page.QuerySelector(".nhsuk-inset-text")), StringComparison.Ordinal);
        Assert.Equal("https://meet.example.org/roundtable", page.GetElementById("meeting-link")?.GetAttribute("href"));
        // Nobody signs up to a preparation meeting, and it has no figures or breakouts.
        Assert.Null(page.GetElementById("sign-up"));
        Assert.Null(page.GetElementById("attendance"));
        Assert.Null(page.GetElementById("breakout"));
    }

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.NonMember)]
    [InlineData(Who.Member)]
    [InlineData(Who.Facilitator)]
    [InlineData(Who.SiteAdmin)]
    public async Task Get_AsAnyoneElse_IsNotFoundAndGivesNothingAway(Who who)
    {
        var (community, meeting) = await MeetingAsync();
        var (browser, _) = await BrowserAsync(community, who);

        using var page = await browser.GetAsync(PathOf(community, meeting));
        using var edit = await browser.GetAsync(PathOf(community, meeting, "/edit"));
        var list = await browser.GetDocumentAsync($"/communities/{community.Slug}/sessions");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.DoesNotContain(Topic, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Topic, await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Topic, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector("a[href*='preparation-meetings']"));
    }

    [Fact]
    public async Task Get_AsACoLead_OffersToChangeItButNotTheGroup()
    {
        var (community, meeting) = await MeetingAsync();
        var (coLead, _) = await BrowserAsync(community, Who.CoLead);
        var (group, _) = await BrowserAsync(community, Who.GroupFacilitator);

        var coLeadPage = await coLead.GetDocumentAsync(PathOf(community, meeting));
        var groupPage = await group.GetDocumentAsync(PathOf(community, meeting));
        using var groupEdit = await group.GetAsync(PathOf(community, meeting, "/edit"));

        Assert.Equal([PathOf(community, meeting, "/edit")], coLeadPage.QuerySelectorAll("#facilitator-links a").Select(a => a.GetAttribute("href")));
        Assert.Null(groupPage.GetElementById("facilitator-links"));
        Assert.Equal(HttpStatusCode.Forbidden, groupEdit.StatusCode);
    }

    [Fact]
    public async Task Post_Change_AsACoLead_MovesOnlyThePreparationMeeting()
    {
        var (community, meeting) = await MeetingAsync();
        var (coLead, _) = await BrowserAsync(community, Who.CoLead);
        var aWeekLater = MeetingDate.AddDays(7);

        using var response = await coLead.SubmitAsync(PathOf(community, meeting, "/edit"), new Dictionary<string, string>
        {
            ["Input.Topic"] = "Easy read invitations",
            ["Input.Day"] = aWeekLater.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.Month"] = aWeekLater.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.Year"] = aWeekLater.Year.ToString(CultureInfo.InvariantCulture),
        }, "#edit-form");

        var page = await coLead.FollowAsync(response);
        Assert.Equal($"Preparation meeting 1 has moved to {TestClock.LongDate(aWeekLater)}, 14:00 to 16:00.", page.Notice());
        Assert.Equal("Easy read invitations", Text(page.GetElementById("topic")));
        var saved = await app.ReloadAsync(meeting);
        Assert.Equal(UkTimeZone.ToUtc(aWeekLater, new TimeOnly(14, 0)), saved.StartsAt);
        var sessions = await app.SessionsOfAsync(community);
        Assert.Equal(UkTimeZone.ToUtc(SessionDate, new TimeOnly(14, 0)), sessions.Single(s => s.Kind == SessionKind.Session).StartsAt);
    }

    [Fact]
    public async Task Post_Cancel_AsACoLead_TellsTheGroupAndTheCoLeadsButNobodyElse()
    {
        var (community, meeting) = await MeetingAsync();
        var (coLead, coLeadPerson) = await BrowserAsync(community, Who.CoLead);
        var (_, groupMember) = await BrowserAsync(community, Who.GroupMember);
        var (_, groupFacilitator) = await BrowserAsync(community, Who.GroupFacilitator);
        var (_, member) = await BrowserAsync(community, Who.Member);
        var (_, facilitator) = await BrowserAsync(community, Who.Facilitator);
        var leaver = await app.CreatePersonAsync("Left Group");
        await app.JoinAsync(community, leaver, livedExpertGroup: true);
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Single(m => m.PersonId == leaver.Id).LeftAt = app.Clock.GetUtcNow();
            return await db.SaveChangesAsync();
        });

        using var response = await coLead.SubmitAsync(PathOf(community, meeting, "/edit"),
            new Dictionary<string, string> { ["CancelReason"] = "Too few of us free that week." }, "#cancel-form");

        var page = await coLead.FollowAsync(response);
        Assert.Equal("Preparation meeting 1 is cancelled. 3 people in the lived-expert group and its co-leads have been emailed.", page.Notice());
        Assert.Equal("Too few of us free that week.", Text(page.GetElementById("cancel-reason")));
        foreach (var told in new[] { coLeadPerson!, groupMember!, groupFacilitator! })
        {
            var email = Assert.Single(await app.MessagesToAsync(told.Email!));
            Assert.Equal($"Cancelled: Preparation meeting 1 of {community.Name}, {TestClock.LongDate(MeetingDate)}", email.Subject);
            Assert.Contains("Too few of us free that week.", email.Body, StringComparison.Ordinal);
        }

        Assert.Empty(await app.MessagesToAsync(member!.Email!));
        Assert.Empty(await app.MessagesToAsync(facilitator!.Email!));
        Assert.Empty(await app.MessagesToAsync(leaver.Email!));
    }
}
