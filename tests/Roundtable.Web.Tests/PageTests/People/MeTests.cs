using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.People;

public class MeTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    private static string MePath(Community community) => $"/communities/{community.Slug}/me";

    [Fact]
    public async Task Post_TwoIdentitiesAndFirstNameOnly_TheDirectoryShowsThemThatWay()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        await app.ChangeMembershipAsync(community, nadia, m => m.Naming = Naming.FullName);
        var (_, other) = await app.MemberAsync(community, "Olu Other");
        var autistic = await app.OptionIdAsync(community, "Autistic person");
        var health = await app.OptionIdAsync(community, "Staff: health");

        using var response = await browser.SubmitAsync(MePath(community),
            [("Input.Identities", autistic.ToString()), ("Input.Identities", health.ToString()), ("Input.Naming", "FirstName")]);

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

        using var response = await browser.SubmitAsync(MePath(community), new Dictionary<string, string>
        {
            ["Input.Naming"] = naming,
            ["Input.JobRole"] = jobRole,
            ["Input.Organisation"] = organisation,
        });

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
    public async Task Get_Me_ShowsWhatOthersWouldSeeForEachWayOfBeingNamed()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        await app.ChangeMembershipAsync(community, nadia, m => (m.JobRole, m.Organisation) = ("Co-lead", "Brackenmouth Council"));

        var page = await browser.GetDocumentAsync(MePath(community));

        var hints = page.QuerySelectorAll("input[name='Input.Naming'] ~ .nhsuk-radios__hint").Select(h => h.TextContent.Trim());
        Assert.Equal(
            ["Others see: Nadia Achterberg", "Others see: Nadia", "Others see: Co-lead, Brackenmouth Council", "Others see: A member who prefers not to be named"],
            hints);
        Assert.Equal($"Your place in {community.Name}", page.Heading());
    }

    [Fact]
    public async Task Post_WithdrawingConsent_IsRecordedWithItsDateAndTakesEffectAtOnce()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        var givenAt = app.Clock.GetUtcNow();
        using (var given = await browser.SubmitAsync(MePath(community), new Dictionary<string, string> { ["Input.ContactConsent"] = "True", ["Input.PhotoConsent"] = "True" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        }

        var listBefore = await ContactListAsync(community);
        app.Clock.Advance(TimeSpan.FromDays(3));

        using var withdrawn = await browser.SubmitAsync(MePath(community), new Dictionary<string, string> { ["Input.ContactConsent"] = "False" });

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
        var form = (await browser.GetDocumentAsync(MePath(community))).Form();
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

        using var response = await browser.SubmitAsync(MePath(community), new Dictionary<string, string> { ["Input.Organisation"] = "Brackenmouth Council" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.MembershipAsync(community, nadia);
        Assert.Equal("Brackenmouth Council", saved.Organisation);
        Assert.Empty(saved.ConsentChanges);
        var page = await browser.FollowAsync(response);
        Assert.Equal("Your details for this community have been saved.", page.Notice());
        Assert.Contains("Nothing is agreed until you say so", page.QuerySelector("#consent-history + p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OverlongFields_SaysEachLimitKeepsEverythingChosenAndSavesNothing()
    {
        var community = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        var adhd = await app.OptionIdAsync(community, "Person with ADHD");
        var carer = await app.OptionIdAsync(community, "Family member or carer");

        using var response = await browser.SubmitAsync(MePath(community),
        [
            ("Input.Identities", adhd.ToString()), ("Input.Identities", carer.ToString()),
            ("Input.AccessNeeds", "Captions"), ("Input.AccessNeeds", "QuietSpace"),
            ("Input.Organisation", new string('o', 121)),
            ("Input.JobRole", new string('r', 121)),
            ("Input.OtherAccessNeeds", new string('n', 501)),
            ("Input.Offers", new string('f', 1001)),
            ("Input.LookingFor", "Kept looking-for"),
            ("Input.ContactConsent", "True"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(
            ["Organisation must be 120 characters or fewer (you have 121)", "Role must be 120 characters or fewer (you have 121)",
             "Other access needs must be 500 characters or fewer (you have 501)", "What you can offer must be 1000 characters or fewer (you have 1001)"],
            page.ErrorSummary());
        Assert.Equal("Other access needs must be 500 characters or fewer (you have 501)", page.ErrorFor("Input_OtherAccessNeeds"));
        var ticked = page.QuerySelectorAll("input[type=checkbox][checked]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([adhd.ToString(), carer.ToString(), "Captions", "QuietSpace"], ticked);
        Assert.Equal("Kept looking-for", page.GetElementById("Input_LookingFor")?.TextContent.Trim());
        Assert.True(page.QuerySelector("input[name='Input.ContactConsent'][value='True']")?.HasAttribute("checked"));
        var saved = await app.MembershipAsync(community, nadia);
        Assert.Empty(saved.Identities);
        Assert.Null(saved.LookingFor);
        Assert.False(saved.ContactConsent);
        Assert.Empty(saved.ConsentChanges);
    }

    [Fact]
    public async Task Post_AnIdentityFromAnotherCommunity_IsRefusedAgainstTheIdentities()
    {
        var community = await app.CreateCommunityAsync();
        var elsewhere = await app.CreateCommunityAsync();
        var (nadia, browser) = await app.MemberAsync(community, "Nadia Achterberg");
        var foreign = await app.OptionIdAsync(elsewhere, "Autistic person");

        using var response = await browser.SubmitAsync(MePath(community), [("Input.Identities", foreign.ToString())]);

        var page = await response.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose who you are from the list", page.ErrorFor("Input_Identities"));
        Assert.Equal("#Input_Identities", page.QuerySelector(".nhsuk-error-summary__list a")?.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("Input_Identities"));
        Assert.Empty((await app.MembershipAsync(community, nadia)).Identities);
    }

    [Theory]
    [InlineData("Input.Naming", "Everyone", "Choose how you want to be named")]
    [InlineData("Input.QuoteConsent", "Always", "Choose whether you can be quoted in reports")]
    [InlineData("Input.ContactConsent", "Maybe", "Choose whether the email list can contact you")]
    [InlineData("Input.AccessNeeds", "Teleport", "Choose your access needs from the list")]
    public async Task Post_AChoiceTheFormNeverOffers_IsRefusedInPlainWords(string field, string value, string expected)
    {
        var community = await app.CreateCommunityAsync();
        var (_, browser) = await app.MemberAsync(community, "Nadia Achterberg");

        using var response = await browser.SubmitAsync(MePath(community), [(field, value)]);

        var page = await response.ToDocumentAsync();
        Assert.Equal([expected], page.ErrorSummary());
    }

    [Fact]
    public async Task Get_Me_KeepsARetiredIdentityTheMemberHoldsAndOffersItToNobodyElse()
    {
        var community = await app.CreateCommunityAsync();
        var (holder, holderBrowser) = await app.MemberAsync(community, "Nadia Achterberg");
        var (_, otherBrowser) = await app.MemberAsync(community, "Olu Other");
        await app.GiveIdentitiesAsync(community, holder, "Person with ADHD", "Autistic person");
        await app.ChangeOptionAsync(community, "Person with ADHD", o => o.RetiredAt = app.Clock.GetUtcNow());
        var adhd = await app.OptionIdAsync(community, "Person with ADHD");

        var holderPage = await holderBrowser.GetDocumentAsync(MePath(community));
        var otherPage = await otherBrowser.GetDocumentAsync(MePath(community));
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
        var form = (await browser.GetDocumentAsync(MePath(community))).Form();

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

    private Task<List<string>> ContactListAsync(Community community) =>
        app.WithDbAsync(async db => (await Consents.WhoMayBeContactedAsync(db, community.Id)).Select(c => c.Email).ToList());
}
