using Microsoft.EntityFrameworkCore;
using Roundtable.Core.ChatImports;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.ChatImports;

[Collection(SharedApps.Pages)]
public class ImportedChatsTests(RoundtableApp app)
{
    private const string Chat =
        "[14:02] Robin Member\n" +
        "Hello all 👋\n" +
        "Recording has started\n" +
        "[14:03] Kit Stranger\n" +
        "Slides: https://example.org/slides\n" +
        "second line\n" +
        "[14:04] Robin Member\n" +
        "Thanks!\n";

    private static ImportedChats.Pasted Pasted(string text = Chat) => new(ContributionSource.Chat, text);

    private Task<ImportedChats.Imported> ImportAsync(OpenRoom room, string text = Chat, Guid? key = null) =>
        app.UseAsync<ImportedChats, ImportedChats.Imported>(i => i.ImportAsync(room.Session, Pasted(text), key ?? Guid.NewGuid(), room.Facilitator.Id));

    private Task<List<Contribution>> ImportedAsync(Guid importId) =>
        app.WithDbAsync(db => db.Contributions.AsNoTracking().Where(c => c.ImportId == importId).OrderBy(c => c.Sequence).ToListAsync());

    [Fact]
    public async Task Preview_ShowsSendersAsTheyWillBeShownAndSavesNothing()
    {
        var room = await app.OpenRoomAsync();

        var previewed = await app.UseAsync<ImportedChats, ImportedChats.Previewed>(i => i.PreviewAsync(room.Session, Pasted()));

        var preview = previewed.Preview!;
        Assert.Equal(["Robin", ImportedChats.NotMatched, "Robin"], preview.Messages.Select(m => m.ShownAs));
        Assert.Equal(["Kit Stranger"], preview.NotMatchedSenders);
        Assert.Equal(["https://example.org/slides"], preview.Links);
        Assert.Equal(1, preview.SystemLines);
        Assert.Empty(await app.WithDbAsync(db => db.ContributionImports.Where(i => i.SessionId == room.Session.Id).ToListAsync()));
    }

    [Fact]
    public async Task Import_MatchedSendersAreTheirsAndUnmatchedAreAnonymous()
    {
        var room = await app.OpenRoomAsync();

        var imported = await ImportAsync(room);

        Assert.Equal(ChatImportChange.Done, imported.Change);
        var contributions = await ImportedAsync(imported.Import!.Id);
        Assert.Equal(["Hello all 👋", "Slides: https://example.org/slides\nsecond line", "Thanks!"], contributions.Select(c => c.Text));
        Assert.Equal([room.Member.Id, null, room.Member.Id], contributions.Select(c => c.PersonId));
        Assert.Equal([false, true, false], contributions.Select(c => c.Anonymous));
        Assert.All(contributions, c => Assert.Equal(ContributionSource.Chat, c.Source));
        var record = await app.UseAsync<RoomRecord, SessionRecord?>(r => r.ForSessionAsync(room.Session.Id));
        Assert.Equal(["Robin", null, "Robin"], record!.General.Select(c => c.Contribution.Name));
    }

    [Fact]
    public async Task Import_SameSubmissionTwice_ImportsOnce()
    {
        var room = await app.OpenRoomAsync();
        var key = Guid.NewGuid();

        var first = await ImportAsync(room, key: key);
        var again = await ImportAsync(room, key: key);

        Assert.Equal(ChatImportChange.Unchanged, again.Change);
        Assert.Equal(first.Import!.Id, again.Import!.Id);
        Assert.Equal(3, await app.WithDbAsync(db => db.Contributions.CountAsync(c => c.RoomId == room.RoomId)));
    }

    [Fact]
    public async Task Import_UnreadableChat_ImportsNothingAndShowsItsFirstLines()
    {
        var room = await app.OpenRoomAsync();

        var imported = await ImportAsync(room, "Notes from today\nWe talked\n");

        Assert.Equal(ChatImportChange.Invalid, imported.Change);
        Assert.StartsWith("We could not read this chat", Assert.Single(imported.Problems).Message);
        Assert.Equal(["Notes from today", "We talked"], imported.FirstLines);
        Assert.Equal(0, await app.WithDbAsync(db => db.Contributions.CountAsync(c => c.RoomId == room.RoomId)));
    }

    [Fact]
    public async Task Import_AMessageLongerThanAContribution_IsKeptWholeInParts()
    {
        var room = await app.OpenRoomAsync();
        var words = string.Join(' ', Enumerable.Repeat("peer support matters", 100));

        var imported = await ImportAsync(room, "[14:02] Robin Member\n" + words + "\n");

        var parts = await ImportedAsync(imported.Import!.Id);
        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.Text!.Length <= Contribution.TextMaxLength));
        Assert.Equal(words, string.Join(' ', parts.Select(p => p.Text)));
    }

    [Fact]
    public async Task Undo_ErasesEveryContributionOfTheImportOnce()
    {
        var room = await app.OpenRoomAsync();
        var kept = await app.ContributeAsync(room, "Said in the room");
        var imported = await ImportAsync(room);

        var undone = await app.UseAsync<ImportedChats, ImportedChats.Undone>(i => i.UndoAsync(room.Session, imported.Import!.Id, room.Facilitator.Id));
        var again = await app.UseAsync<ImportedChats, ImportedChats.Undone>(i => i.UndoAsync(room.Session, imported.Import!.Id, room.Facilitator.Id));

        Assert.Equal((ChatImportChange.Done, ChatImportChange.Unchanged), (undone.Change, again.Change));
        Assert.All(await ImportedAsync(imported.Import!.Id), c => Assert.True(c.DeletedAt is not null && c.Text is null));
        var record = await app.UseAsync<RoomRecord, SessionRecord?>(r => r.ForSessionAsync(room.Session.Id));
        Assert.Equal([kept.Contribution!.Id], record!.General.Select(c => c.Contribution.Id));
    }

    [Fact]
    public async Task Map_AnUnmatchedSender_NamesTheirContributionsAndIsRememberedForTheNextImport()
    {
        var room = await app.OpenRoomAsync();
        var imported = await ImportAsync(room);

        var mapped = await app.UseAsync<ImportedChats, ImportedChats.Mapped>(i =>
            i.MapAsync(room.Session, imported.Import!.Id, "Kit Stranger", null, room.Facilitator.Id));

        Assert.Equal((ChatImportChange.Done, 1), (mapped.Change, mapped.Contributions));
        var theirs = (await ImportedAsync(imported.Import!.Id))[1];
        Assert.Equal((room.Facilitator.Id, false), (theirs.PersonId, theirs.Anonymous));
        var next = await app.UseAsync<ImportedChats, ImportedChats.Previewed>(i => i.PreviewAsync(room.Session, Pasted()));
        Assert.Empty(next.Preview!.NotMatchedSenders);
    }

    [Fact]
    public async Task Map_SomeoneNotInTheCommunity_IsAProblem()
    {
        var room = await app.OpenRoomAsync();
        var imported = await ImportAsync(room);
        var outsider = await app.CreatePersonAsync("Out Sider");

        var mapped = await app.UseAsync<ImportedChats, ImportedChats.Mapped>(i =>
            i.MapAsync(room.Session, imported.Import!.Id, "Kit Stranger", null, outsider.Id));

        Assert.Equal(ChatImportChange.Invalid, mapped.Change);
        Assert.Equal(ImportedChats.PersonField, Assert.Single(mapped.Problems).Field);
    }

    [Fact]
    public async Task Map_ASenderInTwoImportsOfTheSession_NamesTheirContributionsInBoth()
    {
        var room = await app.OpenRoomAsync();
        var first = await ImportAsync(room);
        var second = await ImportAsync(room, "[15:10] Kit Stranger\nOne more thing\n");

        var mapped = await app.UseAsync<ImportedChats, ImportedChats.Mapped>(i =>
            i.MapAsync(room.Session, second.Import!.Id, "Kit Stranger", null, room.Facilitator.Id));

        Assert.Equal((ChatImportChange.Done, 2), (mapped.Change, mapped.Contributions));
        var theirs = (await ImportedAsync(first.Import!.Id)).Concat(await ImportedAsync(second.Import!.Id)).Where(c => c.SenderName == "Kit Stranger").ToList();
        Assert.Equal([room.Facilitator.Id, room.Facilitator.Id], theirs.Select(c => c.PersonId));
        var again = await app.UseAsync<ImportedChats, ImportedChats.Mapped>(i =>
            i.MapAsync(room.Session, first.Import!.Id, "Kit Stranger", null, room.Facilitator.Id));
        Assert.Equal(ChatImportChange.Unchanged, again.Change);
    }

    [Fact]
    public async Task Map_InAPreparationMeeting_ToAMemberOutsideTheLivedExpertGroup_IsAProblem()
    {
        var room = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        var outside = await app.CreatePersonAsync("Ola Outside");
        await app.JoinAsync(room.Community, outside);
        var imported = await ImportAsync(room);

        var mapped = await app.UseAsync<ImportedChats, ImportedChats.Mapped>(i =>
            i.MapAsync(room.Session, imported.Import!.Id, "Kit Stranger", null, outside.Id));

        Assert.Equal(ChatImportChange.Invalid, mapped.Change);
        Assert.Equal(ImportedChats.PersonField, Assert.Single(mapped.Problems).Field);
        Assert.All(await ImportedAsync(imported.Import!.Id), c => Assert.NotEqual(outside.Id, c.PersonId));
    }

    [Fact]
    public async Task Import_InAPreparationMeeting_MatchesNoMemberOutsideTheLivedExpertGroup()
    {
        var room = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        var outside = await app.CreatePersonAsync("Kit Stranger");
        await app.JoinAsync(room.Community, outside);

        var imported = await ImportAsync(room);

        var contributions = await ImportedAsync(imported.Import!.Id);
        Assert.Equal([room.Member.Id, null, room.Member.Id], contributions.Select(c => c.PersonId));
    }

    [Fact]
    public async Task Import_ChatAndTranscript_KeepWhenEachWasSaid()
    {
        var room = await app.OpenRoomAsync();

        var chat = await ImportAsync(room);
        var transcript = await app.UseAsync<ImportedChats, ImportedChats.Imported>(i => i.ImportAsync(
            room.Session, new ImportedChats.Pasted(ContributionSource.Transcript, "WEBVTT\n\n00:12:31.000 --> 00:12:35.000\n<v Robin Member>Taxis cost too much</v>\n"), Guid.NewGuid(), room.Facilitator.Id));

        Assert.Equal(["14:02", "14:03", "14:04"], (await ImportedAsync(chat.Import!.Id)).Select(c => c.SaidAt));
        Assert.Equal(["00:12:31"], (await ImportedAsync(transcript.Import!.Id)).Select(c => c.SaidAt));
    }
}
