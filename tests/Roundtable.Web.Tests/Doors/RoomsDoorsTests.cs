using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Communities.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Rooms;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.Doors;

// The same bad contribution sent through the room's doors — the page's form posted as a browser
// without JavaScript posts it, and the hub as the live page calls it — is refused by each with the
// same words against the same field, and the room keeps nothing. A member writes their own; a
// facilitator records what someone said aloud.
[Collection(SharedApps.LiveRooms)]
public class RoomsDoorsTests(RoomHubApp app)
{
    // Prompt: the question the contribution answers (null: none in particular). Field: the box the
    // page says it beside — the one it shows nearest, when the form has no box for what was sent.
    public sealed record Row(PromptKind? Prompt, string? Text, int? Scale, int? GoodEnough, string Field, string Message, bool AsksGoodEnough = false);

    private static readonly string TooLong = new('a', Contribution.TextMaxLength + 1);
    private static readonly string ClosingTooLong = new('w', Contribution.ClosingWordMaxLength + 1);

    private static readonly Dictionary<string, Row> Members = new()
    {
        ["nothing written"] = new(null, "  ", null, null, "Text", "Enter your contribution"),
        ["too long"] = new(null, TooLong, null, null, "Text", "Your contribution must be 1000 characters or fewer"),
        ["a number for a question that is not scaling"] = new(PromptKind.Reflection, "About a five", 5, null, "Text", "Choose the scaling question your number answers"),
        ["a number off the scale"] = new(PromptKind.Scaling, null, 11, null, "Scale", "The number must be from 1 to 10"),
        ["a scaling answer without its number"] = new(PromptKind.Scaling, "Somewhere", null, null, "Scale", "Choose a number from 1 to 10"),
        ["good enough when it is not asked"] = new(PromptKind.Scaling, null, 5, 6, "Scale", "This question does not ask what would be good enough: leave the \"good enough\" number empty"),
        ["a closing word too long"] = new(PromptKind.ClosingWord, ClosingTooLong, null, null, "Text", "Your closing word must be 40 characters or fewer"),
    };

    private static readonly Dictionary<string, Row> Scribes = new()
    {
        ["nothing said"] = new(null, " ", null, null, "Text", "Enter your contribution"),
        ["too long"] = new(null, TooLong, null, null, "Text", "Your contribution must be 1000 characters or fewer"),
        ["a number for a question that is not scaling"] = new(PromptKind.Reflection, "About a five", 5, null, "PromptId", "Choose the scaling question their number answers"),
        ["a number with no question"] = new(null, "About a six", 6, null, "PromptId", "Choose the scaling question their number answers"),
        ["a number off the scale"] = new(PromptKind.Scaling, null, 0, null, "Scale", "The number must be from 1 to 10"),
        ["good enough when it is not asked"] = new(PromptKind.Scaling, "Halfway", 5, 6, "Scale", "This question does not ask what would be good enough: leave the \"good enough\" number empty"),
        ["good enough off the scale"] = new(PromptKind.Scaling, null, 5, 12, "GoodEnough", "The \"good enough\" number must be from 1 to 10", AsksGoodEnough: true),
        ["a closing word too long"] = new(PromptKind.ClosingWord, ClosingTooLong, null, null, "Text", "Your closing word must be 40 characters or fewer"),
    };

    public static TheoryData<string> MemberCases() => new(Members.Keys);

    public static TheoryData<string> ScribeCases() => new(Scribes.Keys);

    [Theory]
    [MemberData(nameof(MemberCases))]
    public async Task Contribute_BadInput_ThePageAndTheHubRefuseItWithTheSameWordsAndKeepNothing(string @case)
    {
        var row = Members[@case];
        var room = await app.OpenRoomAsync();
        var prompt = row.Prompt is { } kind ? await app.OpenPromptAsync(room, kind, asksGoodEnough: row.AsksGoodEnough) : null;
        var browser = await app.BrowserForAsync(room.Member);
        var key = prompt is null ? ParticipantRoomModel.General : prompt.Id.ToString("N");
        var form = (await browser.GetDocumentAsync(room.RoomPath())).Form($"#answer-{key}");
        await using var hub = await app.ConnectRoomAsync(room.Member);
        await hub.JoinAsync(room);

        using var posted = await browser.SubmitAsync(form, Fields($"Forms[{key}].", row));
        var refused = await Assert.ThrowsAsync<HubException>(() =>
            hub.InvokeAsync<Contributed>("Contribute", new Contribute(Guid.NewGuid(), prompt?.Id, row.Text, row.Scale, row.GoodEnough)));

        await TwoDoors.PageSaysAsync(posted, $"Forms_{key}__{row.Field}", row.Message);
        Assert.EndsWith(row.Message, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await app.ContributionsAsync(room));
    }

    [Theory]
    [MemberData(nameof(ScribeCases))]
    public async Task RecordSpoken_BadInput_TheConsoleAndTheHubRefuseItWithTheSameWordsAndKeepNothing(string @case)
    {
        var row = Scribes[@case];
        var room = await app.OpenRoomAsync();
        var prompt = row.Prompt is { } kind ? await app.OpenPromptAsync(room, kind, asksGoodEnough: row.AsksGoodEnough) : null;
        var browser = await app.BrowserForAsync(room.Facilitator);
        var form = (await browser.GetDocumentAsync(room.ConsolePath())).Form("#scribe-form");
        await using var hub = await app.ConnectRoomAsync(room.Facilitator);
        await hub.JoinAsync(room);

        var fields = Fields("Scribe.", row).Append(("Scribe.PromptId", prompt?.Id.ToString()));
        using var posted = await browser.SubmitAsync(form, fields);
        var refused = await Assert.ThrowsAsync<HubException>(() =>
            hub.InvokeAsync<Contributed>("RecordSpoken", new RecordSpoken(Guid.NewGuid(), prompt?.Id, row.Text, null, row.Scale, row.GoodEnough)));

        await TwoDoors.PageSaysAsync(posted, $"Scribe_{row.Field}", row.Message);
        Assert.EndsWith(row.Message, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await app.ContributionsAsync(room));
    }

    // Naming someone who chose not to be named: the console does not offer them, but a crafted
    // form or hub call names them all the same.
    [Fact]
    public async Task RecordSpoken_NamingSomeoneWhoChoseNotToBe_TheConsoleAndTheHubRefuseItAlike()
    {
        var room = await app.OpenRoomAsync();
        await app.SetNamingAsync(room.Community, room.Member, Naming.NotNamed);
        var browser = await app.BrowserForAsync(room.Facilitator);
        var form = (await browser.GetDocumentAsync(room.ConsolePath())).Form("#scribe-form");
        await using var hub = await app.ConnectRoomAsync(room.Facilitator);
        await hub.JoinAsync(room);
        const string Message = "Choose someone in the community, or record it without a name";

        using var posted = await browser.SubmitAsync(form, [("Scribe.Text", "Words they did not want named"), ("Scribe.SpeakerId", room.Member.Id.ToString())]);
        var refused = await Assert.ThrowsAsync<HubException>(() =>
            hub.InvokeAsync<Contributed>("RecordSpoken", new RecordSpoken(Guid.NewGuid(), null, "Words they did not want named", room.Member.Id)));

        await TwoDoors.PageSaysAsync(posted, "Scribe_SpeakerId", Message);
        Assert.EndsWith(Message, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await app.ContributionsAsync(room));
    }

    private static List<(string Name, string? Value)> Fields(string prefix, Row row) =>
    [
        (prefix + "Text", row.Text),
        (prefix + "Scale", Number(row.Scale)),
        (prefix + "GoodEnough", Number(row.GoodEnough)),
    ];

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
