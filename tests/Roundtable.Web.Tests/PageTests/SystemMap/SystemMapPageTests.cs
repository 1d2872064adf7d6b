using System.Net;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SystemMap;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.SystemMap;

// The system map's pages as a member uses them without JavaScript: the list searched and filtered
// by a GET form, adding once however often the button is pressed, a change made meanwhile never
// overwritten, and the diagram saying what its list says.
[Collection(SharedApps.Pages)]
public class SystemMapPageTests(RoundtableApp app)
{
    private async Task<(Community Community, Person Member, HttpClient Browser)> MemberAsync()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync("Mo Member");
        await app.JoinAsync(community, member);
        return (community, member, await app.BrowserForAsync(member));
    }

    [Fact]
    public async Task Get_MapSearchedAndFiltered_ShowsOnlyWhatMatches_AndKeepsTheChoices()
    {
        var (community, member, browser) = await MemberAsync();
        await app.AddToMapAsync(community, member, "Riverside Carers", offers: "Peer support for carers");
        await app.AddToMapAsync(community, member, "Liaison Team", "Service", "Nhs", offers: "Hospital passports for carers");
        await app.AddToMapAsync(community, member, "Council Adult Care", "Organisation", "CouncilAndSocialCare");

        var page = await browser.GetDocumentAsync($"{MapTestData.MapPath(community)}?q=CARERS&sector=Nhs&kind=");

        Assert.Equal(["Liaison Team"], page.QuerySelectorAll("#entries h2 a").Select(a => a.TextContent.Trim()));
        Assert.Equal("CARERS", page.QuerySelector("#q")!.GetAttribute("value"));
        Assert.Equal("Nhs", page.QuerySelector("#sector option[selected]")!.GetAttribute("value"));
        Assert.StartsWith("1 entry found.", page.QuerySelector("#found")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TheAddFormSentTwice_AddsOneEntry()
    {
        var (community, _, browser) = await MemberAsync();
        var form = (await browser.GetDocumentAsync($"{MapTestData.MapPath(community)}/new")).Form("main form");
        var typed = new Dictionary<string, string> { ["Input.Name"] = "Riverside Carers", ["Input.Kind"] = "Group", ["Input.Sector"] = "VoluntaryAndCommunity" };

        using var first = await browser.SubmitAsync(form, typed);
        using var second = await browser.SubmitAsync(form, typed);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.MapEntriesCalledAsync(community, "Riverside Carers"));
    }

    [Fact]
    public async Task Post_ChangeFromAFormShownBeforeSomeoneElseSaved_SaysSoKeepsWhatWasTypedAndTheirChange()
    {
        var (community, member, browser) = await MemberAsync();
        var id = await app.AddToMapAsync(community, member, "Riverside Carers");
        var coLead = await app.CreatePersonAsync("Cleo Colead");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        var form = (await browser.GetDocumentAsync($"{MapTestData.EntryPath(community, id)}/edit")).Form("#edit");
        using var theirs = await (await app.BrowserForAsync(coLead)).SubmitAsync($"{MapTestData.EntryPath(community, id)}/edit", new Dictionary<string, string> { ["Input.Offers"] = "Peer support" }, "#edit");

        using var response = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Needs"] = "A room to meet in" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal([MapEntries.ChangedMeanwhile], page.ErrorSummary());
        Assert.Equal("A room to meet in", page.QuerySelector("#Input_Needs")!.TextContent);
        var now = (await app.MapEntryNowAsync(id))!;
        Assert.Equal(("Peer support", (string?)null), (now.Offers, now.Needs));
        Assert.Equal(now.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#Version")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Diagram_DrawsEachEntryAndConnectionItsListSays()
    {
        var (community, member, browser) = await MemberAsync();
        var carers = await app.AddToMapAsync(community, member, "Riverside Carers");
        var team = await app.AddToMapAsync(community, member, "Liaison Team", "Service", "Nhs");
        var council = await app.AddToMapAsync(community, member, "Council Adult Care", "Organisation", "CouncilAndSocialCare");
        await app.ConnectAsync(community, member, carers, team, "Refers carers");
        await app.ConnectAsync(community, member, council, carers, "Funds its meetings");

        var page = await browser.GetDocumentAsync($"{MapTestData.MapPath(community)}/diagram");

        var svg = page.QuerySelector("svg#map-diagram")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("map-title map-description", svg.GetAttribute("aria-labelledby"));
        var drawnEntries = svg.QuerySelectorAll("g[data-entry]").Select(g => g.GetAttribute("data-entry")).ToList();
        var listedEntries = page.QuerySelectorAll("#map-list > li").Select(li => li.GetAttribute("data-entry")).ToList();
        Assert.Equal(new[] { council, team, carers }.Select(id => id.ToString()), drawnEntries);
        Assert.Equal(drawnEntries, listedEntries);
        var drawnLinks = svg.QuerySelectorAll("line").Select(l => (l.GetAttribute("data-from"), l.GetAttribute("data-to"))).Order().ToList();
        var listedLinks = page.QuerySelectorAll("#map-list > li").SelectMany(li => li.QuerySelectorAll("li[data-to]").Select(to => (li.GetAttribute("data-entry"), to.GetAttribute("data-to")))).Order().ToList();
        Assert.Equal([(carers.ToString(), team.ToString()), (council.ToString(), carers.ToString())], drawnLinks);
        Assert.Equal(drawnLinks, listedLinks);
        Assert.Contains("3 organisations, services and groups", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Entry_ShowsLinkedMembersOnlyAsTheyChoseToBeNamed()
    {
        var (community, member, browser) = await MemberAsync();
        var id = await app.AddToMapAsync(community, member, "Riverside Carers");
        var shy = await app.CreatePersonAsync("Shy Person");
        await app.JoinAsync(community, shy);
        await app.ChangeMembershipAsync(community, shy, m => m.Naming = Roundtable.Core.People.Naming.NotNamed);
        using var linked = await (await app.BrowserForAsync(shy)).SubmitAsync(MapTestData.EntryPath(community, id), selector: "form#link-me");

        var page = await browser.GetDocumentAsync(MapTestData.EntryPath(community, id));

        Assert.Equal([Roundtable.Core.People.MemberNames.NotNamed], page.QuerySelectorAll("#people li").Select(li => li.TextContent.Trim()));
        Assert.DoesNotContain("Shy", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
