using System.Net;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.People;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Charter;

public class CharterPageTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    [Fact]
    public async Task Get_Charter_ShowsEverySectionAndThePrinciplesUnderHowWeWorkTogether()
    {
        var community = await app.CreateCommunityAsync();

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath());

        Assert.Equal("Our charter", page.Heading());
        var titles = page.QuerySelectorAll("main section.rt-charter-section > h2").Select(h => h.TextContent.Trim());
        Assert.Equal(CharterTemplate.Sections("Testshire").Select(s => s.Title), titles);
        var principles = page.QuerySelectorAll($"#section-{CharterTemplate.HowWeWorkTogether} ~ ol.rt-principles li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(6, principles.Count);
        Assert.Equal("Acknowledge: Receive what people say", principles[0]);
        Assert.Equal("Protect safety: Stepping back is always okay", principles[5]);
        Assert.Contains("in Testshire", page.QuerySelector($"#section-{CharterTemplate.WhatWeAre} + .rt-charter-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Charter_ShowsTheVersionAndItsAuthorAsTheyChoseToBeNamed()
    {
        var community = await app.CreateCommunityAsync();
        var (lead, _) = await app.JoinedAsync(community, "Priya Shah", CommunityRole.CoLead, Naming.FirstName);
        await app.SaveSectionAsync(community, lead, CharterTemplate.OurValues, "Kindness first.");

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath());

        Assert.Equal($"Version 2, saved {TestClock.ShortDate(app.Today)} by Priya.", Normalised(page.QuerySelector(".rt-charter-version")!.TextContent));
    }

    [Fact]
    public async Task Get_Charter_AuthorWhoHasLeft_IsAFormerMember()
    {
        var community = await app.CreateCommunityAsync();
        var (lead, _) = await app.JoinedAsync(community, "Priya Shah", CommunityRole.CoLead);
        await app.SaveSectionAsync(community, lead, CharterTemplate.OurValues, "Kindness first.");
        await app.LeaveAsync(community, lead);

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath());

        var version = Normalised(page.QuerySelector(".rt-charter-version")!.TextContent);
        Assert.Equal($"Version 2, saved {TestClock.ShortDate(app.Today)} by a former member.", version);
        Assert.DoesNotContain("Priya", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Charter_OpenItemToBeConfirmed_IsShownInItsSectionWithItsDateAndWhoConfirmsIt()
    {
        var community = await app.CreateCommunityAsync();
        var dueOn = app.Today.AddDays(218);
        await app.AddToBeConfirmedAsync(community, dueOn, "How the lived experience group want to be named and recognised as leaders");

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath());

        var item = page.QuerySelector($"#section-{CharterTemplate.HowWeAreStructured}")!.ParentElement!.QuerySelector(".rt-to-be-confirmed")!;
        Assert.Contains($"To be confirmed with the lived experience group, by {TestClock.LongDate(dueOn)}", Normalised(item.TextContent), StringComparison.Ordinal);
        Assert.Contains("How the lived experience group want to be named and recognised as leaders", item.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".rt-to-be-confirmed"));
    }

    [Fact]
    public async Task Get_Charter_ConfirmedItem_IsNotShown()
    {
        var community = await app.CreateCommunityAsync();
        var item = await app.AddToBeConfirmedAsync(community, app.Today.AddDays(218));
        await app.WithDbAsync(async db =>
        {
            var saved = await db.ToBeConfirmed.FindAsync(item.Id);
            saved!.ConfirmedAt = app.Clock.GetUtcNow();
            saved.Outcome = "Agreed";
            return await db.SaveChangesAsync();
        });

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath());

        Assert.Empty(page.QuerySelectorAll(".rt-to-be-confirmed"));
    }

    [Fact]
    public async Task Get_Charter_OverdueItem_IsFlaggedToCoLeadsAndNotToMembers()
    {
        var community = await app.CreateCommunityAsync();
        var (_, coLead) = await app.JoinedAsync(community, "Co Lead", CommunityRole.CoLead);
        var (_, member) = await app.JoinedAsync(community, "Plain Member");
        var admin = await app.CreatePersonAsync("Site Admin");
        await app.MakeSiteAdminAsync(admin);
        // The seed charter's item, now past its date.
        var pastDue = app.Today.AddDays(-147);
        await app.AddToBeConfirmedAsync(community, pastDue, "How the lived experience group want to be named");
        await app.AddToBeConfirmedAsync(community, app.Today.AddDays(218), "Not due yet");

        var asCoLead = await coLead.GetDocumentAsync(community.CharterPath());
        var asAdmin = await (await app.BrowserForAsync(admin)).GetDocumentAsync(community.CharterPath());
        var asMember = await member.GetDocumentAsync(community.CharterPath());

        var warning = asCoLead.QuerySelector("#overdue.nhsuk-card--warning")!;
        Assert.Equal([$"How the lived experience group want to be named (How we are structured, with the lived experience group, by {TestClock.LongDate(pastDue)})"],
            warning.QuerySelectorAll("li").Select(li => Normalised(li.TextContent)));
        Assert.Equal(["Past its date"], asCoLead.QuerySelectorAll(".rt-to-be-confirmed .nhsuk-tag").Select(t => t.TextContent.Trim()));
        Assert.NotNull(asAdmin.QuerySelector("#overdue"));
        Assert.Null(asMember.QuerySelector("#overdue"));
        Assert.Empty(asMember.QuerySelectorAll(".nhsuk-tag"));
        Assert.Equal(2, asMember.QuerySelectorAll(".rt-to-be-confirmed").Length);
    }

    [Fact]
    public async Task Get_Charter_ItemDueToday_IsFlaggedOnlyFromTheNextDay()
    {
        await using var own = await new RoundtableApp().StartAsync();
        var community = await own.CreateCommunityAsync();
        var (_, coLead) = await own.JoinedAsync(community, "Co Lead", CommunityRole.CoLead);
        await own.AddToBeConfirmedAsync(community, own.Today);

        var onTheDay = await coLead.GetDocumentAsync(community.CharterPath());
        own.Clock.Advance(TimeSpan.FromDays(1));
        var dayAfter = await coLead.GetDocumentAsync(community.CharterPath());

        Assert.Null(onTheDay.QuerySelector("#overdue"));
        Assert.NotNull(dayAfter.QuerySelector("#overdue"));
    }

    [Fact]
    public async Task Get_Charter_AsCoLead_OffersEveryWayToChangeIt()
    {
        var community = await app.CreateCommunityAsync();
        var (_, coLead) = await app.JoinedAsync(community, "Co Lead", CommunityRole.CoLead);
        var (member, _) = await app.JoinedAsync(community, "Plain Member");
        await app.AddSuggestionAsync(community, member, "Better values");

        var page = await coLead.GetDocumentAsync(community.CharterPath());

        var edits = page.QuerySelectorAll("main a[href$='/edit']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(CharterTemplate.Sections("x").Select(s => community.CharterPath($"/sections/{s.Key}/edit")), edits);
        Assert.Equal("Review suggestions (1 open)", page.QuerySelector($"#co-lead-links a[href='{community.CharterPath("/suggestions")}']")?.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='{community.CharterPath("/principles")}']"));
        Assert.NotNull(page.QuerySelector($"a[href='{community.CharterPath("/to-be-confirmed")}']"));
        Assert.NotNull(page.QuerySelector($"a[href='{community.CharterPath("/history")}']"));
    }

    [Fact]
    public async Task Get_Charter_AsMember_OffersSuggestionsAndNoEditing()
    {
        var community = await app.CreateCommunityAsync();
        var (_, member) = await app.JoinedAsync(community, "Plain Member", CommunityRole.Facilitator);

        var page = await member.GetDocumentAsync(community.CharterPath());

        Assert.Empty(page.QuerySelectorAll("main a[href$='/edit'], main a[href$='/principles'], main a[href$='/to-be-confirmed']"));
        Assert.NotNull(page.QuerySelector($"a[href='{community.CharterPath("/suggest")}']"));
        Assert.Equal(7, page.QuerySelectorAll($"main a[href^='{community.CharterPath("/suggest?section=")}']").Length);
        Assert.NotNull(page.QuerySelector($"a[href='{community.CharterPath("/history")}']"));
    }

    [Fact]
    public async Task Get_Charter_NotSignedIn_OffersOnlyTheHistory()
    {
        var community = await app.CreateCommunityAsync();

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath());

        var links = page.QuerySelectorAll($"main a[href^='{community.CharterPath()}/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([community.CharterPath("/history")], links);
    }

    [Fact]
    public async Task Post_UnsafeMarkdownSavedByACoLead_RendersNoScriptAndNoJavascriptLink()
    {
        var community = await app.CreateCommunityAsync();
        var (_, coLead) = await app.JoinedAsync(community, "Co Lead", CommunityRole.CoLead);

        using var saved = await coLead.SubmitAsync(community.CharterPath($"/sections/{CharterTemplate.OurValues}/edit"), new Dictionary<string, string>
        {
            ["Input.Body"] = "<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n[y](JaVaScRiPt:alert(2))\n\n<img src=x onerror=alert(3)>\n\n![pic](data:image/png;base64,AAAA)",
            ["Input.Note"] = "Trying something",
        });
        var page = await coLead.GetDocumentAsync(community.CharterPath());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var section = page.QuerySelector($"#section-{CharterTemplate.OurValues}")!.ParentElement!;
        Assert.Empty(page.QuerySelectorAll("main script, main img, main iframe"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(page.QuerySelectorAll("main *"), element => element.HasAttribute("onerror"));
        Assert.Contains("<script>alert(1)</script>", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(3)>", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Charter_HiddenCommunity_AsItsOwnMember_IsShown()
    {
        var community = await app.CreateCommunityAsync(CommunityVisibility.InvitationOnly);
        var (_, member) = await app.JoinedAsync(community, "Insider");

        var page = await member.GetDocumentAsync(community.CharterPath());

        Assert.Equal("Our charter", page.Heading());
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
