using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.Charter;

// Who may use each charter page, and who may not: 200, a redirect to sign in, 403, or 404 for a
// community they may not know exists (or a version or section that does not exist).
[Collection(AccessTables.Name)]
public class CharterAccessTests(AccessFixture app) : AccessMatrix
{
    private static readonly int[] Anyone = [200, 200, 200, 200, 200, 200, 200];
    private static readonly int[] OnlyAdmins = [404, 404, 404, 404, 404, 404, 200];
    private static readonly int[] Nobody = [404, 404, 404, 404, 404, 404, 404];
    private static readonly int[] Members = [SignIn, 403, 200, 200, 200, 200, 200];
    private static readonly int[] CoLeads = [SignIn, 403, 403, 403, 403, 200, 200];

    //                                                                   Anon  NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/charter", Anyone),
        ("/communities/{hidden}/charter", OnlyAdmins),
        ("/communities/no-such-community/charter", Nobody),
        ("/communities/{listed}/charter/history", Anyone),
        ("/communities/{hidden}/charter/history", OnlyAdmins),
        ("/communities/{listed}/charter/versions/1", Anyone),
        ("/communities/{listed}/charter/versions/99", Nobody),
        ("/communities/{hidden}/charter/versions/1", OnlyAdmins),
        ("/communities/{listed}/charter/compare?from=1&to=1", Anyone),
        ("/communities/{listed}/charter/compare", Anyone),
        ("/communities/{listed}/charter/compare?from=x&to=99", Anyone),
        ("/communities/{hidden}/charter/compare?from=1&to=1", OnlyAdmins),
        ("/communities/{listed}/charter/sections/our-values/edit", CoLeads),
        ("/communities/{listed}/charter/sections/no-such-section/edit", [SignIn, 403, 403, 403, 403, 404, 404]),
        ("/communities/{hidden}/charter/sections/our-values/edit", OnlyAdmins),
        ("/communities/{listed}/charter/principles", CoLeads),
        ("/communities/{hidden}/charter/principles", OnlyAdmins),
        ("/communities/{listed}/charter/to-be-confirmed", CoLeads),
        ("/communities/{hidden}/charter/to-be-confirmed", OnlyAdmins),
        ("/communities/{listed}/charter/suggest", Members),
        ("/communities/{listed}/charter/suggest?section=our-values", Members),
        ("/communities/{hidden}/charter/suggest", OnlyAdmins),
        ("/communities/{listed}/charter/suggestions", Members),
        ("/communities/{hidden}/charter/suggestions", OnlyAdmins),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_CharterPage_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(app, path));

        AssertAnswered(response, expected);
    }

    public static TheoryData<Visitor, int> NotCoLeads() => new()
    {
        { Anonymous, SignIn },
        { NonMember, 403 },
        { Member, 403 },
        { LivedExpert, 403 },
        { Facilitator, 403 },
    };

    [Theory]
    [MemberData(nameof(NotCoLeads))]
    public async Task Post_EditSection_AsSomeoneNotACoLead_IsRefusedAndChangesNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync(app.Listed.CharterPath("/sections/our-values/edit"), new Dictionary<string, string>
        {
            ["Input.Body"] = "Taken over",
            ["Input.Note"] = "Taken over",
            ["Input.BasedOn"] = "1",
        });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal([1], await app.VersionNumbersAsync(app.Listed));
    }

    [Theory]
    [MemberData(nameof(NotCoLeads))]
    public async Task Post_Principles_AsSomeoneNotACoLead_IsRefusedAndChangesNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync(app.Listed.CharterPath("/principles"), new Dictionary<string, string>
        {
            ["Input.Principles[0].Name"] = "Taken over",
            ["Input.Principles[0].Description"] = "Taken over",
            ["Input.Note"] = "Taken over",
            ["Input.BasedOn"] = "1",
        });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal([1], await app.VersionNumbersAsync(app.Listed));
    }

    [Theory]
    [MemberData(nameof(NotCoLeads))]
    public async Task Post_AddToBeConfirmed_AsSomeoneNotACoLead_IsRefusedAndAddsNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var dueOn = app.Today.AddDays(72);

        using var response = await browser.PostWithTokenAsync(app.Listed.CharterPath("/to-be-confirmed?handler=Add"), new Dictionary<string, string>
        {
            ["Add.SectionKey"] = CharterTemplate.OurValues,
            ["Add.Text"] = "Taken over",
            ["Add.Day"] = dueOn.Day.ToString(CultureInfo.InvariantCulture),
            ["Add.Month"] = dueOn.Month.ToString(CultureInfo.InvariantCulture),
            ["Add.Year"] = dueOn.Year.ToString(CultureInfo.InvariantCulture),
            ["Add.ConfirmedWith"] = "Taken over",
        });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.ToBeConfirmed.CountAsync(t => t.CommunityId == app.Listed.Id)));
    }

    [Theory]
    [MemberData(nameof(NotCoLeads))]
    public async Task Post_ConfirmAnItem_AsSomeoneNotACoLead_IsRefusedAndChangesNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync(app.Listed.CharterPath("/to-be-confirmed?handler=Confirm"), new Dictionary<string, string>
        {
            ["Confirm.Id"] = app.ToBeConfirmed.Id.ToString(),
            ["Confirm.Outcome"] = "Taken over",
        });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.ToBeConfirmed.Where(t => t.Id == app.ToBeConfirmed.Id).Select(t => t.ConfirmedAt).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(NotCoLeads))]
    public async Task Post_AcceptASuggestion_AsSomeoneNotACoLead_IsRefusedAndChangesNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync(app.Listed.CharterPath("/suggestions?handler=Accept"), new Dictionary<string, string>
        {
            ["id"] = app.CharterSuggestion.Id.ToString(),
            ["seenVersion"] = "1",
        });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(SuggestionStatus.Open, (await app.SuggestionAsync(app.CharterSuggestion.Id)).Status);
        Assert.Equal([1], await app.VersionNumbersAsync(app.Listed));
    }

    [Theory]
    [MemberData(nameof(NotCoLeads))]
    public async Task Post_DeclineASuggestion_AsSomeoneNotACoLead_IsRefusedAndChangesNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync(app.Listed.CharterPath("/suggestions?handler=Decline"), new Dictionary<string, string>
        {
            ["Decline.Id"] = app.CharterSuggestion.Id.ToString(),
            ["Decline.Reason"] = "Taken over",
        });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(SuggestionStatus.Open, (await app.SuggestionAsync(app.CharterSuggestion.Id)).Status);
    }

    [Theory]
    [InlineData(Anonymous, SignIn)]
    [InlineData(NonMember, 403)]
    public async Task Post_Suggest_AsSomeoneNotAMember_IsRefusedAndSuggestsNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync(app.Listed.CharterPath("/suggest"), new Dictionary<string, string>
        {
            ["Input.SectionKey"] = CharterTemplate.OurValues,
            ["Input.Body"] = "Taken over",
            ["Input.Reason"] = "Taken over",
            ["Input.BasedOn"] = "1",
            ["Input.SubmissionKey"] = Guid.NewGuid().ToString(),
        });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.CharterSuggestions.CountAsync(s => s.CommunityId == app.Listed.Id)));
    }

    [Theory]
    [InlineData("/sections/our-values/edit")]
    [InlineData("/suggest")]
    public async Task Post_ToAHiddenCommunity_AsAnOutsider_IsNotFound(string rest)
    {
        var browser = await app.BrowserAsAsync(NonMember);

        using var response = await browser.PostWithTokenAsync(app.Hidden.CharterPath(rest), new Dictionary<string, string>
        {
            ["Input.Body"] = "Taken over",
            ["Input.Note"] = "Taken over",
            ["Input.BasedOn"] = "1",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal([1], await app.VersionNumbersAsync(app.Hidden));
    }

    [Fact]
    public async Task Get_Suggestions_AsAMember_ShowsOnlyTheirOwn()
    {
        var other = await (await app.BrowserAsAsync(LivedExpert)).GetDocumentAsync(app.Listed.CharterPath("/suggestions"));
        var author = await (await app.BrowserAsAsync(Member)).GetDocumentAsync(app.Listed.CharterPath("/suggestions"));

        Assert.Empty(other.QuerySelectorAll("#my-suggestions li"));
        Assert.Null(other.QuerySelector("#open-suggestions"));
        Assert.Single(author.QuerySelectorAll("#my-suggestions li"));
        Assert.Null(author.QuerySelector("#open-suggestions"));
    }
}
