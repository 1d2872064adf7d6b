using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Sessions;

[Collection(SharedApps.Sessions)]
public class SessionPageTests(RoundtableApp app)
{
    private const string Link = "https://meet.example.org/roundtable";

    private async Task<(Community Community, Session Session)> OnlineSessionAsync(int? capacity = null)
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(83), capacity: capacity, topic: "Making reasonable adjustments visible");
        return (community, session);
    }

    private async Task<HttpClient> MemberWithAsync(Community community, Session session, SignUpStatus? status)
    {
        var person = await app.CreatePersonAsync("A Member");
        await app.JoinAsync(community, person);
        if (status is { } signedUp)
        {
            await app.SignUpAsync(session, person, signedUp);
        }

        return await app.BrowserForAsync(person);
    }

    [Fact]
    public async Task Get_AsSomeoneBooked_ShowsTheMeetingLink()
    {
        var (community, session) = await OnlineSessionAsync();
        var booked = await MemberWithAsync(community, session, SignUpStatus.Booked);

        var page = await booked.GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        Assert.Equal(Link, page.GetElementById("meeting-link")?.GetAttribute("href"));
        Assert.Null(page.GetElementById("meeting-link-hidden"));
    }

    [Theory]
    [InlineData(SignUpStatus.Waiting)]
    [InlineData(SignUpStatus.Cancelled)]
    [InlineData(null)]
    public async Task Get_AsAMemberWithoutABookedPlace_HidesTheMeetingLink(SignUpStatus? status)
    {
        var (community, session) = await OnlineSessionAsync();
        var member = await MemberWithAsync(community, session, status);

        var page = await member.GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        Assert.Null(page.GetElementById("meeting-link"));
        Assert.Equal("You see the link when you have signed up.", page.GetElementById("meeting-link-hidden")?.TextContent.Trim());
        Assert.DoesNotContain(Link, page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsSomeoneNotSignedIn_HidesTheMeetingLinkAndTheRunningOrder()
    {
        var (community, session) = await OnlineSessionAsync();
        await app.AddRunningOrderAsync(session, RunningOrderTemplates.Online);

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        Assert.Equal("Session 1", page.Heading());
        Assert.Equal("Making reasonable adjustments visible", page.GetElementById("topic")?.TextContent.Trim());
        Assert.DoesNotContain(Link, page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Null(page.GetElementById("running-order"));
    }

    [Fact]
    public async Task Get_AFacilitatorWithoutAPlace_DoesNotSeeTheLinkHereButCanOnTheEditPage()
    {
        var (community, session) = await OnlineSessionAsync();
        var facilitator = await app.CreatePersonAsync("A Facilitator");
        await app.JoinAsync(community, facilitator, CommunityRole.Facilitator);
        var browser = await app.BrowserForAsync(facilitator);

        var page = await browser.GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");
        var edit = await browser.GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}/edit");

        Assert.Null(page.GetElementById("meeting-link"));
        Assert.Equal(Link, edit.GetElementById("Input_MeetingLink")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_WithACapacity_ShowsThePlacesLeftFromBookedPlacesOnly()
    {
        var (community, session) = await OnlineSessionAsync(capacity: 10);
        await app.BookedMemberAsync(community, session);
        await app.BookedMemberAsync(community, session);
        await app.BookedMemberAsync(community, session, SignUpStatus.Waiting);
        await app.BookedMemberAsync(community, session, SignUpStatus.Cancelled);

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        Assert.Equal("10 places: 8 left", page.GetElementById("places")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_ASessionThatHasEnded_SaysNothingAboutPlacesLeft()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-8), capacity: 10);

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        Assert.NotNull(page.GetElementById("details"));
        Assert.Null(page.GetElementById("places"));
    }

    [Fact]
    public async Task Get_InPerson_ShowsTheVenueAndNoOnlinePart()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(83), format: SessionFormat.InPerson);
        await app.WithDbAsync(async db =>
        {
            var saved = await db.Sessions.FindAsync(session.Id);
            saved!.Venue = "Civic Centre, Room 2";
            saved.Directions = "Bus 6 to the Civic Centre stop.\nUse the side entrance.";
            saved.StepFreeAccess = true;
            saved.QuietRoom = false;
            return await db.SaveChangesAsync();
        });

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        var venue = page.QuerySelectorAll("#venue .nhsuk-summary-list__value").Select(v => v.TextContent.Trim()).ToList();
        Assert.Equal(["Civic Centre, Room 2", "Bus 6 to the Civic Centre stop.\nUse the side entrance.", "Yes", "No"], venue);
        Assert.Null(page.GetElementById("meeting-link-hidden"));
    }

    [Fact]
    public async Task Get_InSummerTime_ShowsTheUkTime()
    {
        var community = await app.CreateCommunityAsync();
        var summer = new DateOnly(app.Today.Year + 1, 6, 25);
        var session = await app.CreateSessionAsync(community, summer);

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        var details = page.QuerySelectorAll("#details .nhsuk-summary-list__value").Select(v => v.TextContent.Trim()).ToList();
        Assert.Equal([TestClock.LongDate(summer), "14:00 to 16:00, UK time", "2 hours", "Online"], details.Take(4));
    }

    [Fact]
    public async Task Get_ForAMember_ShowsTheRunningOrderWithTheTimeEachItemStarts()
    {
        var (community, session) = await OnlineSessionAsync();
        await app.AddRunningOrderAsync(session, RunningOrderTemplates.Stoke);
        var member = await MemberWithAsync(community, session, status: null);

        var page = await member.GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        var rows = page.QuerySelectorAll("#running-order-table tbody tr").ToList();
        Assert.Equal(12, rows.Count);
        Assert.Equal("14:00", rows[0].QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("14:45", rows[4].QuerySelector("td")!.TextContent.Trim());
        Assert.Contains("Presented by someone still to be named", rows[4].TextContent, StringComparison.Ordinal);
        Assert.Equal("120 minutes planned, for a session of 120 minutes.", page.GetElementById("running-order-total")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_ForAMember_OffersToSignUpButNotToEdit()
    {
        var (community, session) = await OnlineSessionAsync();
        var member = await MemberWithAsync(community, session, status: null);

        var page = await member.GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        Assert.NotNull(page.QuerySelector($"#sign-up a[href='/communities/{community.Slug}/sessions/1/sign-up']"));
        Assert.Null(page.GetElementById("facilitator-links"));
    }

    [Fact]
    public async Task Get_ForAFacilitator_LinksToEveryFacilitatorPage()
    {
        var (community, session) = await OnlineSessionAsync();
        var facilitator = await app.CreatePersonAsync("A Facilitator");
        await app.JoinAsync(community, facilitator, CommunityRole.Facilitator);

        var page = await (await app.BrowserForAsync(facilitator)).GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        var links = page.QuerySelectorAll("#facilitator-links a").Select(a => a.GetAttribute("href")).ToList();
        var here = $"/communities/{community.Slug}/sessions/1";
        Assert.Equal([$"{here}/edit", $"{here}/running-order", $"{here}/sign-ups", $"{here}/attendance", $"{here}/contributions.csv", $"{here}/breakouts"], links);
        Assert.Equal($"{here}/calendar.ics", page.GetElementById("calendar-file")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_APreparationMeeting_ShowsItsLinkToTheGroup()
    {
        var community = await app.CreateCommunityAsync();
        var meeting = await app.CreateSessionAsync(community, app.Today.AddDays(48), SessionKind.PreparationMeeting);
        var expert = await app.CreatePersonAsync("A Lived Expert");
        await app.JoinAsync(community, expert, livedExpertGroup: true);

        var page = await (await app.BrowserForAsync(expert)).GetDocumentAsync($"/communities/{community.Slug}/preparation-meetings/{meeting.Number}");

        Assert.Equal("Preparation meeting 1", page.Heading());
        Assert.Equal(Link, page.GetElementById("meeting-link")?.GetAttribute("href"));
        Assert.Null(page.GetElementById("sign-up"));
        Assert.Null(page.GetElementById("facilitator-links"));
    }

    [Fact]
    public async Task Get_ACancelledSession_SaysSoWithTheReason()
    {
        var (community, session) = await OnlineSessionAsync();
        await app.WithDbAsync(async db =>
        {
            var saved = await db.Sessions.FindAsync(session.Id);
            saved!.Status = SessionStatus.Cancelled;
            saved.CancelledAt = app.Clock.GetUtcNow();
            saved.CancelReason = "The venue flooded.";
            return await db.SaveChangesAsync();
        });

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        Assert.Contains("This session is cancelled", page.GetElementById("cancelled")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("The venue flooded.", page.GetElementById("cancel-reason")?.TextContent.Trim());
        Assert.Null(page.GetElementById("sign-up"));
    }
}
