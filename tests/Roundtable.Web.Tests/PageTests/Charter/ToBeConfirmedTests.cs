using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Charter;

public class ToBeConfirmedTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    private async Task<(Community Community, HttpClient CoLead)> CommunityWithCoLeadAsync()
    {
        var community = await app.CreateCommunityAsync();
        var (_, browser) = await app.JoinedAsync(community, "First Lead", CommunityRole.CoLead);
        return (community, browser);
    }

    // Due well after today.
    private static readonly DateOnly DueOn = TestClock.Today.AddDays(218);

    private static Dictionary<string, string> NewItem(DateOnly date) =>
        NewItem(date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));

    private static Dictionary<string, string> NewItem(string day, string month, string year) => new()
    {
        ["Add.SectionKey"] = CharterTemplate.HowWeAreStructured,
        ["Add.Text"] = "How the lived experience group want to be named and recognised as leaders",
        ["Add.Day"] = day,
        ["Add.Month"] = month,
        ["Add.Year"] = year,
        ["Add.ConfirmedWith"] = "the lived experience group",
    };

    private Task<List<ToBeConfirmed>> ItemsAsync(Community community) =>
        app.WithDbAsync(db => db.ToBeConfirmed.AsNoTracking().Where(t => t.CommunityId == community.Id).ToListAsync());

    [Fact]
    public async Task Get_ToBeConfirmed_OffersEverySectionToAddTo()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        var page = await coLead.GetDocumentAsync(community.CharterPath("/to-be-confirmed"));

        Assert.Equal("Items to be confirmed", page.Heading());
        Assert.Equal(CharterTemplate.Sections("x").Select(s => s.Key),
            page.QuerySelectorAll("#add-form input[name='Add.SectionKey']").Select(i => i.GetAttribute("value")));
        Assert.NotNull(page.QuerySelector("#no-open-items"));
    }

    [Fact]
    public async Task Post_AddItem_AddsItAndTheCharterShowsIt()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(community.CharterPath("/to-be-confirmed"), NewItem(DueOn), "#add-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await coLead.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal($"Added to ‘How we are structured’: to be confirmed with the lived experience group by {TestClock.LongDate(DueOn)}.", page.Notice());
        var item = Assert.Single(await ItemsAsync(community));
        Assert.Equal(DueOn, item.DueOn);
        Assert.Equal(CharterTemplate.HowWeAreStructured, item.SectionKey);
        Assert.Contains("How the lived experience group want to be named", page.QuerySelector("#open-items")!.TextContent, StringComparison.Ordinal);
        var charter = await coLead.GetDocumentAsync(community.CharterPath());
        Assert.Contains("How the lived experience group want to be named",
            charter.QuerySelector($"#section-{CharterTemplate.HowWeAreStructured}")!.ParentElement!.QuerySelector(".rt-to-be-confirmed")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AddItemTwice_AddsOne()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var form = (await coLead.GetDocumentAsync(community.CharterPath("/to-be-confirmed"))).Form("#add-form");

        using var first = await coLead.SubmitAsync(form, NewItem(DueOn));
        using var second = await coLead.SubmitAsync(form, NewItem(DueOn));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Single(await ItemsAsync(community));
    }

    [Fact]
    public async Task Post_AddItem_EmptyFields_ShowsEachProblem()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(community.CharterPath("/to-be-confirmed"), new Dictionary<string, string>
        {
            ["Add.Text"] = " ",
            ["Add.ConfirmedWith"] = "",
        }, "#add-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(
            ["Choose the part of the charter it belongs to", "Enter what is to be confirmed", "Enter the date it is to be confirmed by", "Enter who it is to be confirmed with"],
            page.ErrorSummary());
        Assert.Equal("Choose the part of the charter it belongs to", page.ErrorFor("Add_SectionKey"));
        Assert.Equal("Enter the date it is to be confirmed by", page.ErrorFor("Add_DueOn"));
        Assert.Empty(await ItemsAsync(community));
    }

    [Fact]
    public async Task Post_AddItem_OverlongText_SaysTheLimit()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var item = NewItem(DueOn);
        item["Add.Text"] = new string('t', ToBeConfirmed.TextMaxLength + 1);
        item["Add.ConfirmedWith"] = new string('w', ToBeConfirmed.ConfirmedWithMaxLength + 1);

        using var response = await coLead.SubmitAsync(community.CharterPath("/to-be-confirmed"), item, "#add-form");

        var page = await response.ToDocumentAsync();
        Assert.Equal("What is to be confirmed must be 500 characters or fewer (you have 501)", page.ErrorFor("Add_Text"));
        Assert.Equal("Who it is to be confirmed with must be 200 characters or fewer (you have 201)", page.ErrorFor("Add_ConfirmedWith"));
        Assert.Empty(await ItemsAsync(community));
    }

    [Theory]
    [InlineData("", "", "", "Enter the date it is to be confirmed by", "Add_Day")]
    [InlineData("", "6", "2027", "The date must include a day", "Add_Day")]
    [InlineData("27", "", "", "The date must include a month and year", "Add_Month")]
    [InlineData("27", "6", "", "The date must include a year", "Add_Year")]
    [InlineData("x", "6", "2027", "The date must be a real date, written in numbers", "Add_Day")]
    [InlineData("27", "June", "2027", "The date must be a real date, written in numbers", "Add_Month")]
    [InlineData("27", "6", "27", "The year must include 4 numbers", "Add_Year")]
    [InlineData("27", "6", "1999", "The year must be between 2000 and 2100", "Add_Year")]
    [InlineData("27", "13", "2027", "The date must be a real date: the month must be between 1 and 12", "Add_Month")]
    [InlineData("31", "4", "2027", "The date must be a real date", "Add_Day")]
    [InlineData("29", "2", "2027", "The date must be a real date", "Add_Day")]
    [InlineData("0", "2", "2027", "The date must be a real date", "Add_Day")]
    public async Task Post_AddItem_DateThatIsNotReal_SaysWhatIsWrongAndKeepsWhatWasTyped(string day, string month, string year, string message, string firstWrong)
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(community.CharterPath("/to-be-confirmed"), NewItem(day, month, year), "#add-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(message, page.ErrorFor("Add_DueOn"));
        Assert.Equal($"#{firstWrong}", page.QuerySelector(".nhsuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Contains("nhsuk-input--error", page.GetElementById(firstWrong)!.ClassList);
        Assert.Equal(day, page.GetElementById("Add_Day")?.GetAttribute("value") ?? "");
        Assert.Equal(year, page.GetElementById("Add_Year")?.GetAttribute("value") ?? "");
        Assert.Empty(await ItemsAsync(community));
    }

    [Fact]
    public async Task Post_AddItem_LeapDay_IsARealDate()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var leapDay = TestClock.NextLeapDay();

        using var response = await coLead.SubmitAsync(community.CharterPath("/to-be-confirmed"),
            NewItem("29", "02", leapDay.Year.ToString(CultureInfo.InvariantCulture)), "#add-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(leapDay, Assert.Single(await ItemsAsync(community)).DueOn);
    }

    [Fact]
    public async Task Get_ToBeConfirmed_ItemsPastTheirDate_AreTaggedAndOthersAreNot()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var today = app.Today;
        var late = await app.AddToBeConfirmedAsync(community, today.AddDays(-1), "Yesterday's item");
        var due = await app.AddToBeConfirmedAsync(community, today, "Today's item");

        var page = await coLead.GetDocumentAsync(community.CharterPath("/to-be-confirmed"));

        Assert.Equal("Past its date", page.QuerySelector($"#item-{late.Id} .nhsuk-tag")?.TextContent.Trim());
        Assert.Null(page.QuerySelector($"#item-{due.Id} .nhsuk-tag"));
    }

    [Fact]
    public async Task Get_ToBeConfirmed_AsTheDaysPass_AnItemBecomesOverdue()
    {
        await using var own = await new RoundtableApp().StartAsync();
        var community = await own.CreateCommunityAsync();
        var (_, coLead) = await own.JoinedAsync(community, "Co Lead", CommunityRole.CoLead);
        var item = await own.AddToBeConfirmedAsync(community, own.Today.AddDays(2));

        own.Clock.Advance(TimeSpan.FromDays(2));
        var onTheDay = await coLead.GetDocumentAsync(community.CharterPath("/to-be-confirmed"));
        own.Clock.Advance(TimeSpan.FromDays(1));
        var after = await coLead.GetDocumentAsync(community.CharterPath("/to-be-confirmed"));
        var overdue = await own.InScopeAsync(services =>
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ToBeConfirmedQueries>(services)
                .OverdueCountAsync(community.Id, own.Today));

        Assert.Null(onTheDay.QuerySelector($"#item-{item.Id} .nhsuk-tag"));
        Assert.NotNull(after.QuerySelector($"#item-{item.Id} .nhsuk-tag"));
        Assert.Equal(1, overdue);
    }

    [Fact]
    public async Task Post_Confirm_RecordsWhatWasAgreedAndTakesItOutOfTheCharter()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var item = await app.AddToBeConfirmedAsync(community, app.Today.AddDays(-147));
        var page = await coLead.GetDocumentAsync(community.CharterPath($"/to-be-confirmed?confirm={item.Id}"));

        using var response = await coLead.SubmitAsync(page.Form("#confirm-form"), new Dictionary<string, string>
        {
            ["Confirm.Outcome"] = "Named as lived experience co-leads, by first name",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await coLead.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Named as lived experience co-leads, by first name", after.QuerySelector("#confirmed-items")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector("#no-open-items"));
        var charter = await coLead.GetDocumentAsync(community.CharterPath());
        Assert.Empty(charter.QuerySelectorAll(".rt-to-be-confirmed"));
        Assert.Null(charter.QuerySelector("#overdue"));
    }

    [Fact]
    public async Task Post_Confirm_WithoutAnOutcome_AsksForIt()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var item = await app.AddToBeConfirmedAsync(community, DueOn);
        var page = await coLead.GetDocumentAsync(community.CharterPath($"/to-be-confirmed?confirm={item.Id}"));

        using var response = await coLead.SubmitAsync(page.Form("#confirm-form"), new Dictionary<string, string> { ["Confirm.Outcome"] = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ToDocumentAsync();
        Assert.Equal(["Enter what was agreed"], again.ErrorSummary());
        Assert.Equal("Enter what was agreed", again.ErrorFor("Confirm_Outcome"));
        Assert.Null((await ItemsAsync(community)).Single().ConfirmedAt);
    }

    [Fact]
    public async Task Post_ConfirmTwice_KeepsTheFirstOutcome()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var item = await app.AddToBeConfirmedAsync(community, DueOn);
        var form = (await coLead.GetDocumentAsync(community.CharterPath($"/to-be-confirmed?confirm={item.Id}"))).Form("#confirm-form");

        using var first = await coLead.SubmitAsync(form, new Dictionary<string, string> { ["Confirm.Outcome"] = "First outcome" });
        using var second = await coLead.SubmitAsync(form, new Dictionary<string, string> { ["Confirm.Outcome"] = "Second outcome" });

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("First outcome", (await ItemsAsync(community)).Single().Outcome);
    }

    [Fact]
    public async Task Post_Confirm_AnotherCommunitysItem_IsNotFound()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var elsewhere = await app.CreateCommunityAsync();
        var item = await app.AddToBeConfirmedAsync(elsewhere, DueOn);

        using var response = await coLead.PostWithTokenAsync(community.CharterPath("/to-be-confirmed?handler=Confirm"),
            ("Confirm.Id", item.Id.ToString()),
            ("Confirm.Outcome", "Not yours"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await ItemsAsync(elsewhere)).Single().ConfirmedAt);
    }
}
