using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.People;

public class MeTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    private static string MePath(Community community) => $"/communities/{community.Slug}/me";

    private static string PartPath(Community community, string part) => $"/communities/{community.Slug}/me/{part}";

    [Fact]
    public async Task Post_TwoIdentitiesAndFirstNameOnly_TheDirectoryShowsThemThatWay()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        await app.ChangeMembershipAsync(community, nadia, m => m.Naming = Naming.FullName);
        var (_, other) = await app.MemberAsync(community, "Olu Other");
        var autistic = await app.OptionIdAsync(community, "Autistic person");
        var health = await app.OptionIdAsync(community, "Staff: health");

        using var identities = await browser.SubmitAsync(PartPath(community, "who-you-are"),
            [("Input.Identities", autistic.ToString()), ("Input.Identities", health.ToString())]);
        using var response = await browser.SubmitAsync(PartPath(community, "how-you-are-named"), [("Input.Naming", "FirstName")]);

        Assert.Equal(HttpStatusCode.Redirect, identities.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.MembershipAsync(community, nadia);
        Assert.Equal(Naming.FirstName, saved.Naming);
        Assert.Equal(["Autistic person", "Staff: health"], saved.Identities.Select(i => i.IdentityOption.Name).Order());
        using var directory = await other.GetAsync($"/communities/{community.Slug}/people");
        var html = await directory.Content.ReadAsStringAsync();
        var page = await directory.ToDocumentAsync();
        Assert.Contains("Nadia", page.QuerySelectorAll("#people h2").Select(h => h.TextContent.Trim()));
        Assert.DoesNotContain("Achterberg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Autistic person", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff: health", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FullName", "Co-lead", "Brackenmouth Council", "Nadia Achterberg")]
    [InlineData("FirstName", "Co-lead", "Brackenmouth Council", "Nadia")]
    [InlineData("RoleOnly", "Co-lead", "Brackenmouth Council", "Co-lead, Brackenmouth Council")]
    [InlineData("RoleOnly", "", "", "A member")]
    [InlineData("NotNamed", "Co-lead", "Brackenmouth Council", "A member who prefers not to be named")]
    public async Task Post_EachNamingChoice_OthersSeeThemOnlyThatWay(string naming, string jobRole, string organisation, string expected)
    {
        var community = await app.CreateCommunityAsync();
        var (_, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        var (_, other) = await app.MemberAsync(community, "Olu Other");

        using var role = await browser.SubmitAsync(PartPath(community, "organisation-and-role"), new Dictionary<string, string>
        {
            ["Input.JobRole"] = jobRole,
            ["Input.Organisation"] = organisation,
        });
        using var response = await browser.SubmitAsync(PartPath(community, "how-you-are-named"), new Dictionary<string, string> { ["Input.Naming"] = naming });

        Assert.Equal(HttpStatusCode.Redirect, role.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await other.GetDocumentAsync($"/communities/{community.Slug}/people");
        var names = page.QuerySelectorAll("#people h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(new[] { expected, "Olu" }.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        if (expected != "Nadia Achterberg")
        {
            Assert.DoesNotContain("Achterberg", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_HowYouAreNamed_ShowsWhatOthersWouldSeeForEachWayOfBeingNamed()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        await app.ChangeMembershipAsync(community, nadia, m => (m.JobRole, m.Organisation) = ("Co-lead", "Brackenmouth Council"));

        var page = await browser.GetDocumentAsync(PartPath(community, "how-you-are-named"));

        var hints = page.QuerySelectorAll("input[name='Input.Naming'] ~ .nhsuk-radios__hint").Select(h => h.TextContent.Trim());
        Assert.Equal(
            ["Others see: Nadia Achterberg", "Others see: Nadia", "Others see: Co-lead, Brackenmouth Council", "Others see: A member who prefers not to be named"],
            hints);
        Assert.Equal("How you are named", page.Heading());
    }

    [Fact]
    public async Task Post_WithdrawingConsent_IsRecordedWithItsDateAndTakesEffectAtOnce()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        var givenAt = app.Clock.GetUtcNow();
        using (var given = await browser.SubmitAsync(PartPath(community, "consents"), new Dictionary<string, string> { ["Input.ContactConsent"] = "True", ["Input.PhotoConsent"] = "True" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        }

        var listBefore = await ContactListAsync(community);
        app.Clock.Advance(TimeSpan.FromDays(3));

        using var withdrawn = await browser.SubmitAsync(PartPath(community, "consents"), new Dictionary<string, string> { ["Input.ContactConsent"] = "False" });

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains(nadia.Email!, listBefore);
        Assert.DoesNotContain(nadia.Email!, await ContactListAsync(community));
        var saved = await app.MembershipAsync(community, nadia);
        Assert.False(saved.ContactConsent);
        Assert.True(saved.PhotoConsent);
        Assert.Equal(
            [(ConsentKind.Contact, "Given", givenAt), (ConsentKind.Photos, "Given", givenAt), (ConsentKind.Contact, "Withdrawn", givenAt.AddDays(3))],
            saved.ConsentChanges.OrderBy(c => c.At).ThenBy(c => c.Kind).Select(c => (c.Kind, c.Value, c.At)));
        var page = await browser.FollowAsync(withdrawn);
        var rows = page.QuerySelectorAll("#consent-history + table tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();
        Assert.Equal(
            [$"{UkTime.Format(givenAt.AddDays(3))} | Contact by the email list | No, withdrawn",
             $"{UkTime.Format(givenAt)} | Contact by the email list | Yes, given",
             $"{UkTime.Format(givenAt)} | Photos | Yes, given"],
            rows);
    }

    [Fact]
    public async Task Post_TheSameFormTwice_RecordsEachConsentChangeOnce()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        var form = (await browser.GetDocumentAsync(PartPath(community, "consents"))).Form();
        var change = new Dictionary<string, string> { ["Input.QuoteConsent"] = "ByRole" };

        using var first = await browser.SubmitAsync(form, change);
        using var second = await browser.SubmitAsync(form, change);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var change1 = Assert.Single((await app.MembershipAsync(community, nadia)).ConsentChanges);
        Assert.Equal((ConsentKind.Quote, "ByRole"), (change1.Kind, change1.Value));
    }

    [Fact]
    public async Task Post_NoConsentChanged_RecordsNoConsentChange()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");

        using var response = await browser.SubmitAsync(PartPath(community, "organisation-and-role"), new Dictionary<string, string> { ["Input.Organisation"] = "Brackenmouth Council" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.MembershipAsync(community, nadia);
        Assert.Equal("Brackenmouth Council", saved.Organisation);
        Assert.Empty(saved.ConsentChanges);
        var page = await browser.FollowAsync(response);
        Assert.Equal("Your details for this community have been saved.", page.Notice());
        Assert.Contains("Nothing is agreed until you say so", page.QuerySelector("#consent-history + p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OverlongOrganisationAndRole_SaysEachLimitKeepsWhatWasTypedAndSavesNothing()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");

        using var response = await browser.SubmitAsync(PartPath(community, "organisation-and-role"),
            [("Input.Organisation", new string('o', 121)), ("Input.JobRole", new string('r', 121))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(
            ["Organisation must be 120 characters or fewer (you have 121)", "Role must be 120 characters or fewer (you have 121)"],
            page.ErrorSummary());
        Assert.Equal(new string('r', 121), page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_JobRole")?.Value);
        var saved = await app.MembershipAsync(community, nadia);
        Assert.Null(saved.Organisation);
        Assert.Null(saved.JobRole);
    }

    [Fact]
    public async Task Post_OverlongOtherAccessNeeds_SaysTheLimitKeepsEverythingChosenAndSavesNothing()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");

        using var response = await browser.SubmitAsync(PartPath(community, "access-needs"),
            [("Input.AccessNeeds", "Captions"), ("Input.AccessNeeds", "QuietSpace"), ("Input.OtherAccessNeeds", new string('n', 501))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(["Other access needs must be 500 characters or fewer (you have 501)"], page.ErrorSummary());
        Assert.Equal("Other access needs must be 500 characters or fewer (you have 501)", page.ErrorFor("Input_OtherAccessNeeds"));
        var ticked = page.QuerySelectorAll("input[type=checkbox][checked]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["Captions", "QuietSpace"], ticked);
        Assert.Equal(AccessNeeds.None, (await app.MembershipAsync(community, nadia)).AccessNeeds);
    }

    [Fact]
    public async Task Post_OverlongOffers_SaysTheLimitKeepsWhatWasTypedAndSavesNothing()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");

        using var response = await browser.SubmitAsync(PartPath(community, "offers"),
            [("Input.Offers", new string('f', 1001)), ("Input.LookingFor", "Kept looking-for")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(["What you can offer must be 1000 characters or fewer (you have 1001)"], page.ErrorSummary());
        Assert.Equal("Kept looking-for", page.GetElementById("Input_LookingFor")?.TextContent.Trim());
        Assert.Null((await app.MembershipAsync(community, nadia)).LookingFor);
    }

    [Fact]
    public async Task Post_AnIdentityFromAnotherCommunity_IsRefusedAgainstTheIdentities()
    {
        var community = await app.CreateCommunityAsync();
        var elsewhere = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        var foreign = await app.OptionIdAsync(elsewhere, "Autistic person");

        using var response = await browser.SubmitAsync(PartPath(community, "who-you-are"), [("Input.Identities", foreign.ToString())]);

        var page = await response.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose who you are from the list", page.ErrorFor("Input_Identities"));
        Assert.Equal("#Input_Identities", page.QuerySelector(".nhsuk-error-summary__list a")?.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("Input_Identities"));
        Assert.Empty((await app.MembershipAsync(community, nadia)).Identities);
    }

    [Theory]
    [InlineData("how-you-are-named", "Input.Naming", "Everyone", "Choose how you want to be named")]
    [InlineData("consents", "Input.QuoteConsent", "Always", "Choose whether you can be quoted in reports")]
    [InlineData("consents", "Input.ContactConsent", "Maybe", "Choose whether the email list can contact you")]
    [InlineData("access-needs", "Input.AccessNeeds", "Teleport", "Choose your access needs from the list")]
    public async Task Post_AChoiceTheFormNeverOffers_IsRefusedInPlainWords(string part, string field, string value, string expected)
    {
        var community = await app.CreateCommunityAsync();
        var (_, browser) = await app.MemberAsync(community, "Nadia Achterberg");

        using var response = await browser.SubmitAsync(PartPath(community, part), [(field, value)]);

        var page = await response.ToDocumentAsync();
        Assert.Equal([expected], page.ErrorSummary());
    }

    [Fact]
    public async Task Get_WhoYouAre_KeepsARetiredIdentityTheMemberHoldsAndOffersItToNobodyElse()
    {
        var community = await app.CreateCommunityAsync();
        var (holder, holderBrowser) = await app.MemberAsync(community, "Nadia Achterberg");
        var (_, otherBrowser) = await app.MemberAsync(community, "Olu Other");
        await app.GiveIdentitiesAsync(community, holder, "Person with ADHD", "Autistic person");
        await app.ChangeOptionAsync(community, "Person with ADHD", o => o.RetiredAt = app.Clock.GetUtcNow());
        var adhd = await app.OptionIdAsync(community, "Person with ADHD");

        var holderPage = await holderBrowser.GetDocumentAsync(PartPath(community, "who-you-are"));
        var otherPage = await otherBrowser.GetDocumentAsync(PartPath(community, "who-you-are"));
        using var saved = await holderBrowser.SubmitAsync(holderPage.Form());

        var box = holderPage.QuerySelector($"input[value='{adhd}']");
        Assert.True(box?.HasAttribute("checked"));
        Assert.Contains("No longer offered", holderPage.GetElementById($"{box!.Id}-item-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Null(otherPage.QuerySelector($"input[value='{adhd}']"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2, (await app.MembershipAsync(community, holder)).Identities.Count);
    }

    [Fact]
    public async Task Post_UntickingARetiredIdentity_RemovesItForGood()
    {
        var community = await app.CreateCommunityAsync();
        var (holder, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        await app.GiveIdentitiesAsync(community, holder, "Person with ADHD");
        await app.ChangeOptionAsync(community, "Person with ADHD", o => o.RetiredAt = app.Clock.GetUtcNow());
        var adhd = await app.OptionIdAsync(community, "Person with ADHD");
        var form = (await browser.GetDocumentAsync(PartPath(community, "who-you-are"))).Form();

        using var unticked = await browser.SubmitAsync(form, [("Input.Identities", null)]);
        using var tickedAgain = await browser.SubmitAsync(form, [("Input.Identities", adhd.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tickedAgain.StatusCode);
        Assert.Equal("Choose who you are from the list", (await tickedAgain.ToDocumentAsync()).ErrorFor("Input_Identities"));
        Assert.Empty((await app.MembershipAsync(community, holder)).Identities);
    }

    [Theory]
    [InlineData("?welcome=true", true)]
    [InlineData("", false)]
    [InlineData("?welcome=maybe", false)]
    public async Task Get_Me_WelcomesSomeoneWhoHasJustJoined(string query, bool welcomed)
    {
        var community = await app.CreateCommunityAsync();
        var (_, browser) = await app.MemberAsync(community, "Nadia Achterberg");

        var page = await browser.GetDocumentAsync(MePath(community) + query);

        Assert.Equal(welcomed, page.GetElementById("welcome") is not null);
        Assert.Empty(page.ErrorSummary());
        Assert.Equal($"/communities/{community.Slug}/leave", page.QuerySelector("main a[href$='/leave']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Me_SummarisesEachPartWithAChangeLinkToItsOwnPage()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        await app.ChangeMembershipAsync(community, nadia, m => (m.JobRole, m.Organisation, m.Naming) = ("Peer support worker", "Brackenmouth Council", Naming.FirstName));

        var page = await browser.GetDocumentAsync(MePath(community));

        Assert.Equal($"Your place in {community.Name}", page.Heading());
        var links = page.QuerySelectorAll("#your-place .nhsuk-summary-list__actions a")
            .Select(a => (a.GetAttribute("href"), string.Join(' ', a.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            .ToList();
        var here = MePath(community);
        Assert.Equal(
            [($"{here}/how-you-are-named", "Change how others see you"), ($"{here}/who-you-are", "Change who you are"),
             ($"{here}/organisation-and-role", "Change organisation and role"), ($"{here}/access-needs", "Change what helps you take part"),
             ($"{here}/consents", "Change what you agree to"), ($"{here}/offers", "Change what you offer and look for")],
            links);
        Assert.Equal("Nadia (by your first name only)", page.QuerySelector("#row-how-you-are-named dd")?.TextContent.Trim());
        Assert.Equal("Peer support worker\nBrackenmouth Council", page.QuerySelector("#row-organisation-and-role dd")?.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task Post_APart_ReturnsToTheSummaryWithABannerAndLeavesTheOtherPartsAsTheyWere()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        await app.ChangeMembershipAsync(community, nadia, m => (m.Offers, m.ContactConsent, m.Naming) = ("Peer support", true, Naming.FullName));

        using var response = await browser.SubmitAsync(PartPath(community, "how-you-are-named"), new Dictionary<string, string> { ["Input.Naming"] = "NotNamed" });

        Assert.Equal(MePath(community), response.Headers.Location?.OriginalString);
        var page = await browser.FollowAsync(response);
        Assert.Equal("Your details for this community have been saved.", page.Notice());
        Assert.Equal("A member who prefers not to be named (not named)", page.QuerySelector("#row-how-you-are-named dd")?.TextContent.Trim());
        var saved = await app.MembershipAsync(community, nadia);
        Assert.Equal((Naming.NotNamed, "Peer support", true), (saved.Naming, saved.Offers, saved.ContactConsent));
    }

    [Fact]
    public async Task Post_FieldsOfAnotherPart_ChangeNothingOfIt()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");

        using var response = await browser.SubmitAsync(PartPath(community, "offers"), [("Input.Offers", "Time"), ("Input.Naming", "Everyone"), ("Input.ContactConsent", "True")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.MembershipAsync(community, nadia);
        Assert.Equal(("Time", false), (saved.Offers, saved.ContactConsent));
    }

    [Theory]
    [InlineData("nothing-here")]
    [InlineData("ME")]
    public async Task Get_APartThatDoesNotExist_IsNotFound(string part)
    {
        var community = await app.CreateCommunityAsync();
        var (_, browser) = await app.MemberAsync(community, "Nadia Achterberg");

        using var response = await browser.GetAsync(PartPath(community, part));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<List<string>> ContactListAsync(Community community) =>
        app.WithDbAsync(async db => (await Consents.WhoMayBeContactedAsync(db, community.Id)).Select(c => c.Email).ToList());
}
