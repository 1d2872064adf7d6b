using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.People;

[Collection(SharedApps.People)]
public class WhoShouldBeHereTests(RoundtableApp app)
{
    private const string BlackOrBrown = "Person from a black or brown community";

    private static string PagePath(Community community) => $"/communities/{community.Slug}/who-should-be-here";

    private async Task<(Community Community, HttpClient CoLead)> CommunityWithCoLeadAsync()
    {
        var community = await app.CreateCommunityAsync();
        var (_, coLead) = await app.MemberAsync(community, "Cora Lead", CommunityRole.CoLead);
        return (community, coLead);
    }

    // Six current members (the co-lead and five more), one former member, and what they chose:
    // autistic 3 (present), primary care 1 (thin), black or brown 0 (missing); ADHD retired but
    // still held by one; two people have not said.
    private async Task<(Community Community, HttpClient CoLead)> CommunityWithAKnownMixAsync()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        using (await coLead.SubmitAsync(PagePath(community), selector: "#charter-priorities"))
        {
        }

        await app.ChangeOptionAsync(community, "Autistic person", o => o.IsPriority = true);
        var people = new List<Person>();
        foreach (var name in new[] { "Ann Able", "Bea Bright", "Cal Calm", "Dee Deep", "Eve Even", "Fred Former" })
        {
            people.Add((await app.MemberAsync(community, name)).Person);
        }

        await app.GiveIdentitiesAsync(community, people[0], "Autistic person", "Staff: health");
        await app.GiveIdentitiesAsync(community, people[1], "Autistic person", "Family member or carer", "Person with ADHD");
        await app.GiveIdentitiesAsync(community, people[2], "Autistic person", "Staff: health");
        await app.GiveIdentitiesAsync(community, people[3], "Staff: primary care");
        await app.GiveIdentitiesAsync(community, people[5], "Staff: primary care", "Autistic person");
        await app.ChangeMembershipAsync(community, people[5], m => m.LeftAt = app.Clock.GetUtcNow());
        await app.ChangeOptionAsync(community, "Person with ADHD", o => o.RetiredAt = app.Clock.GetUtcNow());
        return (community, coLead);
    }

    [Fact]
    public async Task Get_WhoShouldBeHere_CountsTheMixAgainstThePriorities()
    {
        var (community, coLead) = await CommunityWithAKnownMixAsync();

        var page = await coLead.GetDocumentAsync(PagePath(community));

        Assert.Equal(["6", "2"], page.QuerySelectorAll("#totals dd").Select(d => d.TextContent.Trim()));
        Assert.Equal(
            ["Autistic person | 3 | Present", "Staff: primary care | 1 | Thin", $"{BlackOrBrown} | 0 | Missing"],
            Rows(page, "#priorities"));
        Assert.Equal("Lived experience: 3 people", page.QuerySelector("#kind-LivedExperience caption")?.TextContent.Trim());
        Assert.Equal(
            ["Autistic person | 3", "Person with a learning disability | 0", "Person with ADHD No longer offered | 1", "Person with lived experience of mental illness | 0"],
            Rows(page, "#kind-LivedExperience"));
        Assert.Equal("Staff, by sector: 3 people", page.QuerySelector("#kind-Staff caption")?.TextContent.Trim());
        Assert.Contains("Staff: health | 2", Rows(page, "#kind-Staff"));
        Assert.Equal([$"{BlackOrBrown} | 0"], Rows(page, "#kind-Other"));
    }

    [Fact]
    public async Task Get_WhoShouldBeHere_NamesNobody()
    {
        var (community, coLead) = await CommunityWithAKnownMixAsync();

        var text = (await coLead.GetDocumentAsync(PagePath(community))).QuerySelector("main")!.TextContent;

        foreach (var name in new[] { "Ann", "Bea", "Cal", "Dee", "Eve", "Fred" })
        {
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_CharterPriorities_MarksTheCharterGroupsOnce()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var form = (await coLead.GetDocumentAsync(PagePath(community))).Form("#charter-priorities");

        using var first = await coLead.SubmitAsync(form);
        using var second = await coLead.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var priorities = await app.WithDbAsync(db =>
            db.IdentityOptions.Where(o => o.CommunityId == community.Id && o.IsPriority).Select(o => o.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal([BlackOrBrown, "Staff: primary care"], priorities);
        Assert.Null((await coLead.GetDocumentAsync(PagePath(community))).GetElementById("charter-priorities"));
    }

    [Fact]
    public async Task Post_AddOption_OffersItToMembersAndCountsItAsAPriority()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var (_, member) = await app.MemberAsync(community, "Ann Able");

        using var response = await coLead.SubmitAsync(PagePath(community), new Dictionary<string, string>
        {
            ["Input.Name"] = "  Person with a sensory impairment ",
            ["Input.Kind"] = "LivedExperience",
            ["Input.IsPriority"] = "true",
        }, "#add-option");

        var page = await coLead.FollowAsync(response);
        Assert.Equal("‘Person with a sensory impairment’ has been added to the options.", page.Notice());
        Assert.Equal(["Person with a sensory impairment | 0 | Missing"], Rows(page, "#priorities"));
        var me = await member.GetDocumentAsync($"/communities/{community.Slug}/me/who-you-are");
        Assert.Contains("Person with a sensory impairment", me.QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task Post_TheSameNewOptionTwice_AddsItOnce()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var form = (await coLead.GetDocumentAsync(PagePath(community))).Form("#add-option");
        var fields = new Dictionary<string, string> { ["Input.Name"] = "Staff: housing", ["Input.Kind"] = "Staff" };

        using var first = await coLead.SubmitAsync(form, fields);
        using var second = await coLead.SubmitAsync(form, fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.IdentityOptions.CountAsync(o => o.CommunityId == community.Id && o.Name == "Staff: housing")));
    }

    [Fact]
    public async Task Post_AnOptionNameAlreadyThere_IsRefused()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var before = await app.WithDbAsync(db => db.IdentityOptions.CountAsync(o => o.CommunityId == community.Id));

        using var response = await coLead.SubmitAsync(PagePath(community), new Dictionary<string, string>
        {
            ["Input.Name"] = "staff: HEALTH",
            ["Input.Kind"] = "Staff",
        }, "#add-option");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("There is already an option called ‘staff: HEALTH’", page.ErrorFor("Input_Name"));
        Assert.Equal(before, await app.WithDbAsync(db => db.IdentityOptions.CountAsync(o => o.CommunityId == community.Id)));
    }

    [Theory]
    [InlineData("", "", "Enter the name of the option", "Choose what kind of identity it is")]
    [InlineData("x", "Aliens", null, "Choose what kind of identity it is")]
    public async Task Post_AddOptionWithoutANameOrKind_ShowsEachProblem(string name, string kind, string? nameError, string kindError)
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var before = await app.WithDbAsync(db => db.IdentityOptions.CountAsync(o => o.CommunityId == community.Id));

        using var response = await coLead.SubmitAsync(PagePath(community), new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = kind,
        }, "#add-option");

        var page = await response.ToDocumentAsync();
        Assert.Equal(nameError, page.ErrorFor("Input_Name"));
        Assert.Equal(kindError, page.ErrorFor("Input_Kind"));
        Assert.Equal(before, await app.WithDbAsync(db => db.IdentityOptions.CountAsync(o => o.CommunityId == community.Id)));
    }

    [Fact]
    public async Task Post_AnOverlongOptionName_SaysTheLimit()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(PagePath(community), new Dictionary<string, string>
        {
            ["Input.Name"] = new string('n', IdentityOption.NameMaxLength + 1),
            ["Input.Kind"] = "Other",
        }, "#add-option");

        var page = await response.ToDocumentAsync();
        Assert.Equal("Name must be 100 characters or fewer (you have 101)", page.ErrorFor("Input_Name"));
        Assert.Equal(new string('n', 101), page.GetElementById("Input_Name")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_RetireThenRestore_StopsThenStartsOfferingIt()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var (_, member) = await app.MemberAsync(community, "Ann Able");
        var option = await app.OptionIdAsync(community, "Staff: education");
        var page = await coLead.GetDocumentAsync(PagePath(community));

        using var retired = await coLead.SubmitAsync(page.Form($"#option-{option} form[action$='handler=Retire']"));
        var offeredWhileRetired = (await member.GetDocumentAsync($"/communities/{community.Slug}/me/who-you-are")).QuerySelector($"input[value='{option}']");
        page = await coLead.FollowAsync(retired);
        using var restored = await coLead.SubmitAsync(page.Form($"#option-{option} form[action$='handler=Restore']"));
        var offeredAgain = (await member.GetDocumentAsync($"/communities/{community.Slug}/me/who-you-are")).QuerySelector($"input[value='{option}']");

        Assert.Null(offeredWhileRetired);
        Assert.NotNull(offeredAgain);
        Assert.Equal("‘Staff: education’ is offered again.", (await coLead.FollowAsync(restored)).Notice());
    }

    [Fact]
    public async Task Post_Priority_MarksAndUnmarksAndIsSafeToRepeat()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var option = await app.OptionIdAsync(community, "Family member or carer");
        var form = (await coLead.GetDocumentAsync(PagePath(community))).Form($"#option-{option} form[action$='handler=Priority']");

        using var marked = await coLead.SubmitAsync(form);
        using var markedAgain = await coLead.SubmitAsync(form);
        var page = await coLead.FollowAsync(markedAgain);
        var afterMarking = Rows(page, "#priorities");
        using var unmarked = await coLead.SubmitAsync(page.Form($"#option-{option} form[action$='handler=Priority']"));

        Assert.Equal(["Family member or carer | 0 | Missing"], afterMarking);
        Assert.False(await app.WithDbAsync(db => db.IdentityOptions.Where(o => o.Id == option).Select(o => o.IsPriority).SingleAsync()));
    }

    [Fact]
    public async Task Post_ChangeAnOptionOfAnotherCommunity_IsNotFound()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var elsewhere = await app.CreateCommunityAsync();
        var foreign = await app.OptionIdAsync(elsewhere, "Staff: health");

        using var response = await coLead.PostWithTokenAsync(PagePath(community) + "?handler=Retire", ("optionId", foreign.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.IdentityOptions.Where(o => o.Id == foreign).Select(o => o.RetiredAt).SingleAsync()));
    }

    private static List<string> Rows(IDocument page, string table) =>
        page.QuerySelectorAll($"{table} tbody tr")
            .Select(r => string.Join(" | ", r.Children.Select(c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))))
            .ToList();
}
