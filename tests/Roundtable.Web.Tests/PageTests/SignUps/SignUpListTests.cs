using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Attendance;
using static Roundtable.Web.Tests.PageTests.Attendance.AttendanceTestData;

namespace Roundtable.Web.Tests.PageTests.SignUps;

[Collection(SharedApps.People)]
public class SignUpListTests(RoundtableApp app)
{
    // Each signs up through the page, with the needs given for this session, a minute apart.
    private async Task<Person> SignsUpAsync(Community community, Session session, string name, string[] needs, string? other = null, Naming naming = Naming.FullName)
    {
        var person = await app.MemberAsync(community, name, naming: naming);
        var browser = await app.BrowserForAsync(person);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var form = (await browser.GetDocumentAsync(SignUpPath(community, session))).Form("form#sign-up");
        using var response = await browser.SubmitAsync(form,
            [.. needs.Select(n => ("Input.AccessNeeds", (string?)n)), ("Input.OtherAccessNeeds", other ?? "")]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return person;
    }

    [Theory]
    [InlineData(CommunityRole.Facilitator)]
    [InlineData(CommunityRole.CoLead)]
    public async Task Get_ShowsWhoIsBookedAndWaitingInOrderWithWhatEachNeeds(CommunityRole role)
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(83), capacity: 2);
        await SignsUpAsync(community, session, "Ann Able", ["Captions", "Breaks"], "Subtitles in large print");
        var bea = await SignsUpAsync(community, session, "Bea Bright", []);
        await SignsUpAsync(community, session, "Cal Calm", ["Captions"], naming: Naming.NotNamed);
        await SignsUpAsync(community, session, "Dev Dawson", ["QuietSpace"], "Somewhere to sit near the door");
        using var cancelled = await (await app.BrowserForAsync(bea)).SubmitAsync(SignUpPath(community, session), selector: "form#cancel");
        var planner = await app.BrowserForAsync(await app.MemberAsync(community, "Pat Planner", role: role));

        var page = await planner.GetDocumentAsync(SignUpsPath(community, session));

        Assert.Equal("Sign-ups for Session 1", page.Heading());
        Assert.Equal(
            [["Ann Able", "Captions, Breaks", "Subtitles in large print"], [MemberNames.NotNamed, "Captions", "–"]],
            page.RowsOf("booked"));
        Assert.Equal([["Dev Dawson", "A quiet space", "Somewhere to sit near the door"]], page.RowsOf("waiting"));
        var places = page.SummaryOf("places");
        Assert.Equal(("2", "1", "0 of 2"), (places["Booked"], places["Waiting"], places["Places left"]));
        var counts = page.RowsOf("need-counts").ToDictionary(r => r[0], r => (r[1], r[2]));
        Assert.Equal(("2", "0"), counts["Captions"]);
        Assert.Equal(("1", "0"), counts["Breaks"]);
        Assert.Equal(("0", "1"), counts["A quiet space"]);
        Assert.Equal(("0", "0"), counts["Easy read"]);
        Assert.Equal(("1", "1"), counts["Something else, in their own words"]);
        Assert.DoesNotContain("Bea Bright", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='{RegisterPath(community, session)}']"));
    }

    [Fact]
    public async Task Get_NobodySignedUp_SaysSo()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(83));
        var planner = await app.BrowserForAsync(await app.MemberAsync(community, "Pat Planner", role: CommunityRole.Facilitator));

        var page = await planner.GetDocumentAsync(SignUpsPath(community, session));

        Assert.Equal("Nobody has a place yet.", page.GetElementById("booked-none")?.TextContent.Trim());
        Assert.Equal("Nobody is waiting.", page.GetElementById("waiting-none")?.TextContent.Trim());
        Assert.Equal("No limit", page.SummaryOf("places")["Places left"]);
    }
}
