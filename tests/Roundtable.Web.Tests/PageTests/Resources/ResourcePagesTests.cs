using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.ChatImports;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Resources;
using Roundtable.Web.Tests.Infrastructure;
using static Roundtable.Web.Tests.PageTests.Resources.ResourcesTestData;

namespace Roundtable.Web.Tests.PageTests.Resources;

// Members sharing links, files and events through the pages, with JavaScript off.
[Collection(SharedApps.Pages)]
public class ResourcePagesTests(RoundtableApp app)
{
    private async Task<(Community Community, Person Member, HttpClient Browser)> MemberAsync()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync("Mina Member");
        await app.JoinAsync(community, member);
        return (community, member, await app.BrowserForAsync(member));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "Only web addresses can be used here: start it with https:// or http://, not javascript:")]
    [InlineData("data:text/html,<script>alert(1)</script>", "Only web addresses can be used here: start it with https:// or http://, not data:")]
    [InlineData("www.nhs.uk", "Enter a full web address, starting with https://, like https://www.nhs.uk")]
    public async Task Post_LinkNotOnTheWeb_SaysSoBesideTheAddressAndKeepsWhatWasTyped(string typed, string expected)
    {
        var (community, _, browser) = await MemberAsync();

        using var response = await browser.SubmitAsync($"{ListPath(community)}/new?kind=link",
            new Dictionary<string, string> { ["Form.Title"] = "A tool", ["Form.Url"] = typed });

        var page = await response.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, page.ErrorFor("Form_Url"));
        Assert.Equal(typed, page.QuerySelector<IHtmlInputElement>("#Form_Url")!.Value);
        Assert.Equal(0, await app.WithDbAsync(db => db.Resources.CountAsync(r => r.CommunityId == community.Id)));
    }

    [Theory]
    [InlineData("leaflet.pdf", "png", "The selected file is not a PDF, as its name says: it is a PNG image. Rename it to what it is, or choose another")]
    [InlineData("notes.docx", "pdf", "The selected file is not a Word document, as its name says: it is a PDF. Rename it to what it is, or choose another")]
    [InlineData("photo.png", "text", "The selected file is not a PNG image, as its name says: it is a text file. Rename it to what it is, or choose another")]
    [InlineData("page.html", "text", "The selected file must be a PDF, a Word, Excel or PowerPoint file (.docx, .xlsx, .pptx), a text or CSV file, or a PNG or JPEG image")]
    [InlineData("drawing.svg", "text", "The selected file must be a PDF, a Word, Excel or PowerPoint file (.docx, .xlsx, .pptx), a text or CSV file, or a PNG or JPEG image")]
    [InlineData("empty.pdf", "empty", "The selected file is empty")]
    [InlineData("huge.pdf", "huge", "The selected file must be smaller than 10 MB")]
    public async Task Post_FileThatIsNotAllowedOrLiesAboutItsType_IsRefusedBesideTheField(string name, string contents, string expected)
    {
        var (community, _, browser) = await MemberAsync();
        byte[] bytes = contents switch
        {
            "png" => Png,
            "pdf" => Pdf,
            "text" => "<svg onload=alert(1)>hello</svg>"u8.ToArray(),
            "empty" => [],
            _ => [.. Pdf, .. new byte[10 * 1024 * 1024]],
        };

        using var response = await browser.SubmitFileAsync(community, "Handout", name, bytes);

        var page = await response.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, page.ErrorFor("Form_File"));
        Assert.Equal("Handout", page.QuerySelector<IHtmlInputElement>("#Form_Title")!.Value);
        Assert.Equal(0, await app.WithDbAsync(db => db.Resources.CountAsync(r => r.CommunityId == community.Id)));
    }

    [Theory]
    [InlineData("C:\\Users\\sam\\My report <final>.pdf", "pdf", "My report -final.pdf", "application/pdf")]
    [InlineData("../../../etc/passwd.docx", "docx", "passwd.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("\u202Egnp.csv", "csv", "gnp.csv", "text/csv; charset=utf-8")]
    [InlineData("...png", "png", "file.png", "image/png")]
    public async Task Post_AllowedFile_IsStoredUnderACleanNameAndDownloadsOnlyAsAnAttachment(string name, string contents, string stored, string contentType)
    {
        var (community, _, browser) = await MemberAsync();
        var bytes = contents switch { "pdf" => Pdf, "docx" => Docx(), "csv" => "name,count\nA,1\n"u8.ToArray(), _ => Png };

        using var added = await browser.SubmitFileAsync(community, "Handout", name, bytes);
        var page = await browser.FollowAsync(added);
        using var download = await browser.GetAsync(page.QuerySelector("#download")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(contentType, download.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(stored, download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_TheSameFormTwice_AddsOneResource()
    {
        var (community, _, browser) = await MemberAsync();
        var form = (await browser.GetDocumentAsync($"{ListPath(community)}/new?kind=event")).Form("#add-resource");
        var typed = new Dictionary<string, string> { ["Form.Title"] = "Carers' conference", ["Form.StartsOn"] = app.Today.AddDays(30).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), ["Form.StartTime"] = "10am" };

        using var first = await browser.SubmitAsync(form, typed);
        using var second = await browser.SubmitAsync(form, typed);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.Resources.CountAsync(r => r.CommunityId == community.Id)));
    }

    [Fact]
    public async Task Post_EventEndingBeforeItStarts_SaysSoBesideTheEndDate()
    {
        var (community, _, browser) = await MemberAsync();

        using var response = await browser.SubmitAsync($"{ListPath(community)}/new?kind=event", new Dictionary<string, string>
        {
            ["Form.Title"] = "Training day", ["Form.StartsOn"] = "12/03/2027", ["Form.EndsOn"] = "11/03/2027",
        });

        Assert.Equal("The end must be after the start", (await response.ToDocumentAsync()).ErrorFor("Form_EndsOn"));
    }

    [Fact]
    public async Task Post_ChangeSeenBeforeAnotherChange_SaysSomeoneElseChangedItAndKeepsWhatWasTyped()
    {
        var (community, member, browser) = await MemberAsync();
        var resource = await app.AddAsync(community, member, new ResourceInput(ResourceKind.Link, "Peer network", null, "https://example.org/peers"));
        var editPage = await browser.GetDocumentAsync($"{ListPath(community)}/{resource.Id}/edit");
        var form = editPage.Form("#edit-resource");
        using var first = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Form.Title"] = "Peer educators" });

        using var second = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Form.Title"] = "Peer network (trusts)" });

        var page = await second.ToDocumentAsync();
        Assert.Contains("Someone else changed this resource while you were looking at it. Check it and try again.", page.ErrorSummary());
        Assert.Equal("Peer network (trusts)", page.QuerySelector<IHtmlInputElement>("#Form_Title")!.Value);
        Assert.Equal("Peer educators", await app.WithDbAsync(db => db.Resources.Where(r => r.Id == resource.Id).Select(r => r.Title).SingleAsync()));
    }

    [Fact]
    public async Task Get_ListAfterAChatImport_OffersOnlyLinksNotListedAndAddsOneFilledIn()
    {
        var (community, member, browser) = await MemberAsync();
        var coLead = await app.CreatePersonAsync("Cleo Colead");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        await app.AddAsync(community, member, new ResourceInput(ResourceKind.Link, "Peer network", null, "https://Example.org/peers/"));
        const string chat = "[14:02] Robin\nOur network: http://example.org/peers and the toolkit https://example.org/toolkit?v=2\n[14:03] Kit\nAgain: https://example.org/toolkit?v=2\n";
        await app.WithScopeAsync(services => services.GetRequiredService<ImportedChats>().ImportAsync(
            session, new ImportedChats.Pasted(ContributionSource.Chat, chat), Guid.NewGuid(), coLead.Id));

        var list = await browser.GetDocumentAsync(ListPath(community));
        Assert.Equal(["https://example.org/toolkit?v=2"], list.QuerySelectorAll("#chat-links .rt-resources__url").Select(e => e.TextContent.Trim()));
        var add = await browser.GetDocumentAsync(list.QuerySelector("#chat-links a")!.GetAttribute("href")!);
        Assert.Equal("https://example.org/toolkit?v=2", add.QuerySelector<IHtmlInputElement>("#Form_Url")!.Value);
        Assert.True(add.QuerySelector<IHtmlInputElement>($"input[name='Form.SessionIds'][value='{session.Id}']")!.IsChecked);
        using var added = await browser.SubmitAsync(add.Form("#add-resource"), new Dictionary<string, string> { ["Form.Title"] = "Toolkit" });
        var after = await browser.GetDocumentAsync(ListPath(community));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Null(after.GetElementById("chat-links"));
        Assert.Equal(["Toolkit", "Peer network"], after.QuerySelectorAll("#resources h2").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_ListFilteredByKindOrSession_ShowsOnlyThose()
    {
        var (community, member, browser) = await MemberAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        await app.AddAsync(community, member, new ResourceInput(ResourceKind.Link, "Tagged link", null, "https://example.org/a", SessionIds: [session.Id]));
        await app.AddAsync(community, member, new ResourceInput(ResourceKind.Event, "Untagged event", null, null, StartsOn: app.Today.AddDays(9).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));

        var events = await browser.GetDocumentAsync($"{ListPath(community)}?kind=Event");
        var tagged = await browser.GetDocumentAsync($"{ListPath(community)}?session={session.Id}");

        Assert.Equal(["Untagged event"], events.QuerySelectorAll("#resources h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Tagged link"], tagged.QuerySelectorAll("#resources h2").Select(h => h.TextContent.Trim()));
    }
}
