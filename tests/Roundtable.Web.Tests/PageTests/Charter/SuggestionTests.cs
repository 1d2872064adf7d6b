using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Charter;

[Collection(SharedApps.Pages)]
public class SuggestionTests(RoundtableApp app)
{
    private const string Values = CharterTemplate.OurValues;

    private sealed record Setting(Community Community, Person Member, HttpClient MemberBrowser, Person CoLead, HttpClient CoLeadBrowser);

    private async Task<Setting> CommunityAsync()
    {
        var community = await app.CreateCommunityAsync();
        var (member, memberBrowser) = await app.JoinedAsync(community, "Sam Jones", naming: Naming.FirstName);
        var (coLead, coLeadBrowser) = await app.JoinedAsync(community, "Jo Lead", CommunityRole.CoLead);
        return new Setting(community, member, memberBrowser, coLead, coLeadBrowser);
    }

    private Task<List<CharterSuggestion>> SuggestionsAsync(Community community) =>
        app.WithDbAsync(db => db.CharterSuggestions.AsNoTracking().Where(s => s.CommunityId == community.Id).ToListAsync());

    [Fact]
    public async Task Get_Suggest_WithoutASection_AsksWhichPartOfTheCharter()
    {
        var setting = await CommunityAsync();

        var page = await setting.MemberBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggest"));

        Assert.Equal("Suggest a change to the charter", page.Heading());
        Assert.Equal("get", page.Form("#choose-section").GetAttribute("method"));
        Assert.Equal(7, page.QuerySelectorAll("#choose-section input[type=radio]").Length);
        Assert.Empty(page.ErrorSummary());
    }

    [Fact]
    public async Task Get_Suggest_SectionChosen_StartsFromItsCurrentText()
    {
        var setting = await CommunityAsync();
        var choose = await setting.MemberBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggest"));
        var radio = choose.QuerySelector($"#choose-section input[value='{Values}']")!;

        // As a browser sends the GET form with that radio chosen.
        var page = await setting.MemberBrowser.GetDocumentAsync(setting.Community.CharterPath($"/suggest?{radio.GetAttribute("name")}={Values}"));

        Assert.Equal("Suggest a change to ‘Our values’", page.Heading());
        Assert.Equal(await app.SectionBodyAsync(setting.Community, Values), page.GetElementById("Input_Body")?.TextContent.Trim());
        Assert.True(Guid.TryParse(page.QuerySelector("input[name='Input.SubmissionKey']")?.GetAttribute("value"), out var key) && key != Guid.Empty);
    }

    [Fact]
    public async Task Get_Suggest_NoSuchSection_AsksToChooseOne()
    {
        var setting = await CommunityAsync();

        var page = await setting.MemberBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggest?section=no-such-section"));

        Assert.Equal(["Choose the part of the charter your suggestion is about"], page.ErrorSummary());
        Assert.Equal("Choose the part of the charter your suggestion is about", page.ErrorFor("Section"));
    }

    [Fact]
    public async Task Post_Suggest_SendsItAndShowsItToTheMember()
    {
        var setting = await CommunityAsync();

        using var response = await setting.MemberBrowser.SubmitAsync(setting.Community.CharterPath($"/suggest?section={Values}"), new Dictionary<string, string>
        {
            ["Input.Body"] = "**Patience.** We wait for each other.",
            ["Input.Reason"] = "Pace matters to many of us.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(setting.Community.CharterPath("/suggestions"), response.Headers.Location!.OriginalString);
        var page = await setting.MemberBrowser.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Equal("Thank you. Your suggestion for ‘Our values’ has been sent to the co-leads.", page.Notice());
        Assert.Equal("Waiting for a decision", page.QuerySelector("#my-suggestions .nhsuk-tag")?.TextContent.Trim());
        var saved = Assert.Single(await SuggestionsAsync(setting.Community));
        Assert.Equal((Values, 1, setting.Member.Id, SuggestionStatus.Open), (saved.SectionKey, saved.BasedOnVersion, saved.AuthorId, saved.Status));
        Assert.Equal("**Patience.** We wait for each other.", saved.ProposedBody);
        Assert.Equal([1], await app.VersionNumbersAsync(setting.Community));
    }

    [Fact]
    public async Task Post_SuggestTwice_MakesOneSuggestion()
    {
        var setting = await CommunityAsync();
        var form = (await setting.MemberBrowser.GetDocumentAsync(setting.Community.CharterPath($"/suggest?section={Values}"))).Form("#suggest-form");
        var typed = new Dictionary<string, string> { ["Input.Body"] = "Patience.", ["Input.Reason"] = "Pace." };

        using var first = await setting.MemberBrowser.SubmitAsync(form, typed);
        using var second = await setting.MemberBrowser.SubmitAsync(form, typed);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Single(await SuggestionsAsync(setting.Community));
    }

    [Fact]
    public async Task Post_Suggest_UnchangedTextAndNoReason_SaysWhatIsWrong()
    {
        var setting = await CommunityAsync();

        using var response = await setting.MemberBrowser.SubmitAsync(setting.Community.CharterPath($"/suggest?section={Values}"),
            new Dictionary<string, string> { ["Input.Reason"] = "" }, "#suggest-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(["Change the text to say what you suggest: it is the same as the charter now", "Say why you suggest this change"], page.ErrorSummary());
        Assert.Empty(await SuggestionsAsync(setting.Community));
    }

    [Fact]
    public async Task Post_Suggest_EmptyOrOverlong_SaysTheLimits()
    {
        var setting = await CommunityAsync();

        using var empty = await setting.MemberBrowser.SubmitAsync(setting.Community.CharterPath($"/suggest?section={Values}"),
            new Dictionary<string, string> { ["Input.Body"] = " ", ["Input.Reason"] = new string('r', CharterSuggestion.ReasonMaxLength + 1) }, "#suggest-form");
        using var overlong = await setting.MemberBrowser.SubmitAsync(setting.Community.CharterPath($"/suggest?section={Values}"),
            new Dictionary<string, string> { ["Input.Body"] = new string('b', CharterSection.BodyMaxLength + 1), ["Input.Reason"] = "Why" }, "#suggest-form");

        var emptyPage = await empty.ToDocumentAsync();
        Assert.Equal("Enter the text you suggest for this section", emptyPage.ErrorFor("Input_Body"));
        Assert.Equal("Why you suggest it must be 1000 characters or fewer (you have 1001)", emptyPage.ErrorFor("Input_Reason"));
        Assert.Equal("Your text must be 20000 characters or fewer (you have 20001)", (await overlong.ToDocumentAsync()).ErrorFor("Input_Body"));
        Assert.Empty(await SuggestionsAsync(setting.Community));
    }

    [Fact]
    public async Task Get_Suggestions_AsCoLead_ShowsEachOpenOneWithItsAuthorReasonAndChanges()
    {
        var setting = await CommunityAsync();
        var current = await app.SectionBodyAsync(setting.Community, Values);
        await app.AddSuggestionAsync(setting.Community, setting.Member, current + "\n\n**Patience.** We wait for each other.", reason: "Pace matters.");

        var page = await setting.CoLeadBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggestions"));

        var item = page.QuerySelector("#open-suggestions li.rt-suggestion")!;
        Assert.Equal("‘Our values’, suggested by Sam", item.QuerySelector("h3")?.TextContent.Trim());
        Assert.Equal("Pace matters.", item.QuerySelector(".rt-reason")?.TextContent.Trim());
        Assert.Equal(["Added: a blank line", "Added: **Patience.** We wait for each other."], item.QuerySelectorAll(".rt-diff ins").Select(e => e.TextContent.Trim()));
        Assert.Empty(item.QuerySelectorAll(".rt-diff del"));
        Assert.Null(item.QuerySelector(".rt-changed-since"));
    }

    [Fact]
    public async Task Get_Suggestions_SectionChangedSinceItWasWritten_WarnsTheCoLead()
    {
        var setting = await CommunityAsync();
        await app.AddSuggestionAsync(setting.Community, setting.Member, "Patience.");
        await app.SaveSectionAsync(setting.Community, setting.CoLead, Values, "Rewritten meanwhile");

        var page = await setting.CoLeadBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggestions"));

        Assert.Contains("has been changed since this was suggested", page.QuerySelector("#open-suggestions .rt-changed-since")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Removed: Rewritten meanwhile"], page.QuerySelectorAll("#open-suggestions .rt-diff del").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public async Task Post_Accept_MakesANewVersionCreditedToTheMember()
    {
        var setting = await CommunityAsync();
        var suggestion = await app.AddSuggestionAsync(setting.Community, setting.Member, "Patience.");
        var page = await setting.CoLeadBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggestions"));

        using var response = await setting.CoLeadBrowser.SubmitAsync(page.Form("form.rt-accept-form"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await setting.CoLeadBrowser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Suggestion accepted. The charter is now version 2, and the member who suggested it is credited.", after.Notice());
        var current = await app.CurrentCharterAsync(setting.Community);
        Assert.Equal((2, setting.CoLead.Id, setting.Member.Id), (current.Number, current.AuthorId, current.CreditedToId));
        Assert.Equal("Patience.", current.Sections.Single(s => s.Key == Values).Body);
        Assert.Equal("Accepted a member's suggestion for ‘Our values’", current.Note);
        var saved = await app.SuggestionAsync(suggestion.Id);
        Assert.Equal((SuggestionStatus.Accepted, 2, setting.CoLead.Id), (saved.Status, saved.AcceptedAsVersion, saved.Decision?.ById));
        var charter = await app.CreateBrowser().GetDocumentAsync(setting.Community.CharterPath());
        Assert.EndsWith("Suggested by Sam.", charter.QuerySelector(".rt-charter-version")!.TextContent.Trim(), StringComparison.Ordinal);
        var mine = await setting.MemberBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggestions"));
        Assert.Equal("Accepted", mine.QuerySelector("#my-suggestions .nhsuk-tag")?.TextContent.Trim());
        Assert.NotNull(mine.QuerySelector($"#my-suggestions a[href='{setting.Community.CharterPath("/versions/2")}']"));
    }

    [Fact]
    public async Task Post_AcceptTwice_MakesOneVersion()
    {
        var setting = await CommunityAsync();
        var suggestion = await app.AddSuggestionAsync(setting.Community, setting.Member, "Patience.");
        var form = (await setting.CoLeadBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggestions"))).Form("form.rt-accept-form");

        using var first = await setting.CoLeadBrowser.SubmitAsync(form);
        using var second = await setting.CoLeadBrowser.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("This suggestion has already been accepted.", (await setting.CoLeadBrowser.GetDocumentAsync(second.Headers.Location!.OriginalString)).Notice());
        Assert.Equal([1, 2], await app.VersionNumbersAsync(setting.Community));
        Assert.Equal(2, (await app.SuggestionAsync(suggestion.Id)).AcceptedAsVersion);
    }

    [Fact]
    public async Task Post_Accept_SectionChangedAfterTheCoLeadLooked_IsToldAndNothingIsOverwritten()
    {
        var setting = await CommunityAsync();
        var suggestion = await app.AddSuggestionAsync(setting.Community, setting.Member, "Patience.");
        var form = (await setting.CoLeadBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggestions"))).Form("form.rt-accept-form");
        await app.SaveSectionAsync(setting.Community, setting.CoLead, Values, "Changed by another co-lead");

        using var response = await setting.CoLeadBrowser.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.StartsWith("‘Our values’ changed while you were looking at this suggestion.", page.ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Equal("Changed by another co-lead", await app.SectionBodyAsync(setting.Community, Values));
        Assert.Equal(SuggestionStatus.Open, (await app.SuggestionAsync(suggestion.Id)).Status);

        using var again = await setting.CoLeadBrowser.SubmitAsync(page.Form("form.rt-accept-form"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Patience.", await app.SectionBodyAsync(setting.Community, Values));
    }

    [Fact]
    public async Task Post_Decline_WithoutAReason_AsksForOne()
    {
        var setting = await CommunityAsync();
        var suggestion = await app.AddSuggestionAsync(setting.Community, setting.Member, "Patience.");
        var page = await setting.CoLeadBrowser.GetDocumentAsync(setting.Community.CharterPath($"/suggestions?decline={suggestion.Id}"));

        using var response = await setting.CoLeadBrowser.SubmitAsync(page.Form("#decline-form"), new Dictionary<string, string> { ["Decline.Reason"] = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ToDocumentAsync();
        Assert.Equal("Say why the change is not being made", again.ErrorFor("Decline_Reason"));
        Assert.NotNull(again.QuerySelector("#decline-form"));
        Assert.Equal(SuggestionStatus.Open, (await app.SuggestionAsync(suggestion.Id)).Status);
    }

    [Fact]
    public async Task Post_Decline_TheAuthorSeesTheReasonAndOtherMembersDoNot()
    {
        var setting = await CommunityAsync();
        var (_, otherMember) = await app.JoinedAsync(setting.Community, "Other Member");
        var suggestion = await app.AddSuggestionAsync(setting.Community, setting.Member, "Patience.");
        var page = await setting.CoLeadBrowser.GetDocumentAsync(setting.Community.CharterPath($"/suggestions?decline={suggestion.Id}"));

        using var response = await setting.CoLeadBrowser.SubmitAsync(page.Form("#decline-form"),
            new Dictionary<string, string> { ["Decline.Reason"] = "Patience is already in how we work together." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([1], await app.VersionNumbersAsync(setting.Community));
        var author = await setting.MemberBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggestions"));
        Assert.Equal("Declined", author.QuerySelector("#my-suggestions .nhsuk-tag")?.TextContent.Trim());
        Assert.Equal("Patience is already in how we work together.", author.QuerySelector("#my-suggestions .rt-decline-reason")?.TextContent.Trim());
        var other = await otherMember.GetDocumentAsync(setting.Community.CharterPath("/suggestions"));
        Assert.DoesNotContain("Patience", other.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var decided = await setting.CoLeadBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggestions"));
        Assert.Contains("Patience is already in how we work together.", decided.QuerySelector("#decided-suggestions")!.TextContent, StringComparison.Ordinal);
        Assert.Null(decided.QuerySelector("#open-suggestions li"));
    }

    [Fact]
    public async Task Post_DeclineTwice_KeepsTheFirstReason()
    {
        var setting = await CommunityAsync();
        var suggestion = await app.AddSuggestionAsync(setting.Community, setting.Member, "Patience.");
        var form = (await setting.CoLeadBrowser.GetDocumentAsync(setting.Community.CharterPath($"/suggestions?decline={suggestion.Id}"))).Form("#decline-form");

        using var first = await setting.CoLeadBrowser.SubmitAsync(form, new Dictionary<string, string> { ["Decline.Reason"] = "First reason" });
        using var second = await setting.CoLeadBrowser.SubmitAsync(form, new Dictionary<string, string> { ["Decline.Reason"] = "Second reason" });

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("First reason", (await app.SuggestionAsync(suggestion.Id)).Decision?.Reason);
    }

    [Fact]
    public async Task Get_Charter_CreditedMemberWhoLeft_IsAFormerMember()
    {
        var setting = await CommunityAsync();
        await app.AddSuggestionAsync(setting.Community, setting.Member, "Patience.");
        var form = (await setting.CoLeadBrowser.GetDocumentAsync(setting.Community.CharterPath("/suggestions"))).Form("form.rt-accept-form");
        using (await setting.CoLeadBrowser.SubmitAsync(form))
        {
        }

        await app.LeaveAsync(setting.Community, setting.Member);
        var charter = await app.CreateBrowser().GetDocumentAsync(setting.Community.CharterPath());
        var history = await app.CreateBrowser().GetDocumentAsync(setting.Community.CharterPath("/history"));

        Assert.EndsWith("Suggested by a former member.", charter.QuerySelector(".rt-charter-version")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", history.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
