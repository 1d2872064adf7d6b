using System.IO.Compression;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Resources;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Resources;

public static class ResourcesTestData
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    public static string ListPath(Community community) => $"/communities/{community.Slug}/resources";

    // A Word document as far as its container goes: a zip with its content types and main part.
    public static byte[] Docx()
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
        }

        return bytes.ToArray();
    }

    public static async Task<Resource> AddAsync(this RoundtableApp app, Community community, Person by, ResourceInput input, Membership? membership = null, bool coLead = false)
    {
        ResourceResult result = null!;
        await app.WithScopeAsync(async services =>
            result = await services.GetRequiredService<ResourceChanges>().AddAsync(
                community.Id, Guid.NewGuid(), input, new ResourceVisitor(by.Id, membership, coLead)));
        Assert.True(result.Done, string.Join("; ", result.Problems.Select(p => p.Message)));
        return result.Resource!;
    }

    // The add form as the browser would send it, with a file: multipart, its own token and key.
    public static async Task<HttpResponseMessage> SubmitFileAsync(
        this HttpClient browser, Community community, string title, string fileName, byte[] bytes)
    {
        var page = await browser.GetDocumentAsync($"{ListPath(community)}/new?kind=file");
        var form = page.Form("#add-resource");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Value(form, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new StringContent(Value(form, "Form.SubmissionKey")), "Form.SubmissionKey" },
            { new StringContent(title), "Form.Title" },
            { new ByteArrayContent(bytes), "Form.File", fileName },
        };
        return await browser.PostAsync(new Uri(new Uri(form.BaseUri), form.GetAttribute("action") ?? ""), content);
    }

    private static string Value(IHtmlFormElement form, string name) =>
        form.QuerySelector<IHtmlInputElement>($"input[name='{name}']")!.Value;
}
