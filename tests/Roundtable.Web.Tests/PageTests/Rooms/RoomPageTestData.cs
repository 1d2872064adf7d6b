using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Core.Security;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

public static class RoomPageTestData
{
    public static string RoomPath(this OpenRoom room) => $"/communities/{room.Community.Slug}/sessions/{room.Session.Number}/room";

    public static string ConsolePath(this OpenRoom room) => room.RoomPath() + "/console";

    public static IElement? ContributionSaying(this IDocument page, string text) =>
        page.QuerySelectorAll("#contribution-list li").FirstOrDefault(li => li.QuerySelector("[data-text]")?.TextContent.Trim() == text);

    public static Task<List<Contribution>> ContributionsAsync(this RoundtableApp app, OpenRoom room) =>
        app.WithDbAsync(db => db.Contributions.AsNoTracking().Where(c => c.RoomId == room.RoomId).OrderBy(c => c.Sequence).ToListAsync());

    // The room's photo form as a browser sends it, file and all, with the page's token and
    // client id; promptId is what it answers ("" or null: nothing in particular).
    public static async Task<HttpResponseMessage> SendPhotoAsync(
        this HttpClient browser, OpenRoom room, IDocument page, byte[] file, string description, string? promptId = null)
    {
        var form = page.Form("#photo");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name='Photo.ClientId']")!.GetAttribute("value")!), "Photo.ClientId" },
            { new StringContent(description), "Photo.Description" },
            { new StringContent(promptId ?? ""), "Photo.PromptId" },
            { new StringContent("False"), "Photo.Anonymous" },
            { new ByteArrayContent(file), "Photo.File", "drawing.png" },
        };
        return await browser.PostAsync($"{room.RoomPath()}?handler=Photo", content);
    }

    // The code the room has while it is open, as the console and projector show it.
    public static Task<string?> CodeOfAsync(this RoundtableApp app, OpenRoom room) =>
        app.WithDbAsync(db => db.Rooms.Where(r => r.Id == room.RoomId).Select(r => r.Code).SingleAsync());

    public static string PreparationConsolePath(this OpenRoom room) =>
        $"/communities/{room.Community.Slug}/preparation-meetings/{room.Session.Number}/room/console";

    // A projector link as the console made one before preparation meetings had none: stored
    // straight into the room, since nothing will make one for them now.
    public static async Task<string> PlantProjectorLinkAsync(this RoundtableApp app, Guid roomId)
    {
        var token = SecretToken.Create(RoomLinks.ProjectorPrefix);
        await app.WithDbAsync(db => db.Rooms.Where(r => r.Id == roomId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ProjectorTokenHash, SecretToken.Hash(token))));
        return token;
    }

    // A link the console shows once, just after the facilitator made it.
    public static async Task<string> MakeLinkAsync(this HttpClient facilitator, OpenRoom room, string handler, string linkId)
    {
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());
        using var made = await facilitator.SubmitAsync(console.Form($"#make-{handler}"));
        var page = await facilitator.FollowAsync(made);
        return new Uri(page.GetElementById(linkId)!.GetAttribute("href")!).PathAndQuery;
    }
}
