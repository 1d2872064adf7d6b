using Roundtable.Tests.Shared;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Rooms;

[Collection(SharedApps.Rooms)]
public class ContributionsTests(RoundtableApp app)
{
    [Fact]
    public async Task Add_TwentyAtOnce_AreNumberedInARowWithoutGapsOrDuplicates()
    {
        var room = await app.OpenRoomAsync();
        var before = (await app.EventsAsync(room.RoomId)).Max(e => e.Sequence);

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => app.ContributeAsync(room, $"Thought {i}")));

        Assert.All(results, r => Assert.Equal(ContributionOutcome.Added, r.Outcome));
        var sequences = results.Select(r => r.Contribution!.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range((int)before + 1, 20).Select(i => (long)i), sequences);
        var events = await app.EventsAsync(room.RoomId);
        Assert.Equal(Enumerable.Range(1, (int)before + 20).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Equal(sequences, events.Where(e => e.Kind == RoomEventKind.ContributionAdded).Select(e => e.Sequence));
        var roomRow = await app.UseAsync<LiveRooms, Roundtable.Core.Data.Entities.Room?>(r => r.FindAsync(room.RoomId));
        Assert.Equal(before + 20, roomRow!.LastSequence);
    }

    // A second number for the same scaling question changes the first: the first is removed for
    // everyone (an event says so, before the new answer's), and the median counts each person
    // once. What a scribe recorded someone saying aloud is not their own answer, and stays.
    [Fact]
    public async Task Add_ASecondScaleAnswer_ReplacesTheFirstButNotWhatWasRecordedAloud()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.Scaling);
        await app.UseAsync<Contributions, ContributionResult>(c =>
            c.RecordSpokenAsync(room.RoomId, room.Member.Id, new SpokenContribution(Guid.NewGuid(), prompt.Id, "Said aloud", null, Scale: 2)));
        var first = await app.UseAsync<Contributions, ContributionResult>(c =>
            c.AddAsync(room.RoomId, room.Participant, new NewContribution(Guid.NewGuid(), prompt.Id, null, Scale: 9)));

        var second = await app.UseAsync<Contributions, ContributionResult>(c =>
            c.AddAsync(room.RoomId, room.Participant, new NewContribution(Guid.NewGuid(), prompt.Id, null, Scale: 5)));

        Assert.Equal(ContributionOutcome.Added, second.Outcome);
        Assert.Equal([RoomEventKind.ContributionDeleted, RoomEventKind.ContributionAdded], second.Events.Select(e => e.Kind));
        Assert.Equal(second.Contribution!.Sequence, second.Events[^1].Sequence);
        var record = await app.UseAsync<RoomRecord, SessionRecord?>(r => r.ForSessionAsync(room.Session.Id));
        var scale = record!.Prompts.Single(p => p.Prompt.Id == prompt.Id).Scale!;
        Assert.Equal(2, scale.Answers);
        Assert.Equal(3.5m, scale.Median);
        Assert.DoesNotContain(await app.UseAsync<Contributions, List<Guid>>(c => c.MineAsync(room.RoomId, room.Participant)), id => id == first.Contribution!.Id);
    }

    [Fact]
    public async Task Add_SentTwice_IsStoredOnce()
    {
        var room = await app.OpenRoomAsync();
        var sent = new NewContribution(Guid.NewGuid(), null, "Said once, sent twice");

        var first = await app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(room.RoomId, room.Participant, sent));
        var again = await app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(room.RoomId, room.Participant, sent));

        Assert.Equal(ContributionOutcome.Added, first.Outcome);
        Assert.Equal(ContributionOutcome.AlreadyStored, again.Outcome);
        Assert.Equal(first.Contribution!.Sequence, again.Contribution!.Sequence);
        Assert.Empty(again.Events);
        Assert.Single(await app.EventsAsync(room.RoomId), e => e.ContributionId == sent.Id);
    }

    [Fact]
    public async Task Add_SentTwiceAtTheSameMoment_IsStoredOnce()
    {
        var room = await app.OpenRoomAsync();
        var sent = new NewContribution(Guid.NewGuid(), null, "A double tap");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(room.RoomId, room.Participant, sent))));

        Assert.Single(results, r => r.Outcome == ContributionOutcome.Added);
        Assert.Equal(3, results.Count(r => r.Outcome == ContributionOutcome.AlreadyStored));
        Assert.Single(await app.EventsAsync(room.RoomId), e => e.ContributionId == sent.Id);
    }

    [Fact]
    public async Task Add_SomeoneElsesIdAgain_DoesNotRevealOrChangeIt()
    {
        var room = await app.OpenRoomAsync();
        var sent = new NewContribution(Guid.NewGuid(), null, "Mine");
        await app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(room.RoomId, room.Participant, sent));

        var other = await app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(room.RoomId, Participant.Member(room.Facilitator.Id), sent));

        Assert.Equal(ContributionOutcome.NotFound, other.Outcome);
        Assert.Null(other.Contribution);
    }

    [Fact]
    public async Task Add_ToARoomNotOpen_IsRefused()
    {
        var room = await app.OpenRoomAsync();
        await app.UseAsync<LiveRooms, RoomResult>(r => r.CloseAsync(room.RoomId));

        var result = await app.ContributeAsync(room, "Too late for the room");

        Assert.Equal(ContributionOutcome.RoomNotOpen, result.Outcome);
    }

    [Fact]
    public async Task Add_OverlongText_IsRefusedSayingTheLimit()
    {
        var room = await app.OpenRoomAsync();

        var result = await app.ContributeAsync(room, new string('x', Contribution.TextMaxLength + 1));

        Assert.Equal(ContributionOutcome.Invalid, result.Outcome);
        Assert.Contains("1000 characters", result.Errors[ContributionRules.TextField]);
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task Add_AnswerAfterThePromptClosed_IsKeptAsAGeneralContribution()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.BestHopes, "What are your best hopes?");
        await app.UseAsync<Prompts, PromptResult>(p => p.CloseAsync(room.RoomId, prompt.Id));

        var result = await app.ContributeAsync(room, "I was still typing this", promptId: prompt.Id);

        Assert.Equal(ContributionOutcome.KeptAsGeneral, result.Outcome);
        Assert.Null(result.Contribution!.PromptId);
        Assert.Equal(ContributionKind.Text, result.Contribution.Kind);
        Assert.Equal("I was still typing this", result.Contribution.Text);
    }

    [Fact]
    public async Task Add_AScaleAloneAfterTheQuestionClosed_IsNotStored()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.Scaling);
        await app.UseAsync<Prompts, PromptResult>(p => p.CloseAsync(room.RoomId, prompt.Id));

        var result = await app.UseAsync<Contributions, ContributionResult>(c =>
            c.AddAsync(room.RoomId, room.Participant, new NewContribution(Guid.NewGuid(), prompt.Id, null, Scale: 7)));

        Assert.Equal(ContributionOutcome.PromptClosed, result.Outcome);
        Assert.DoesNotContain(await app.EventsAsync(room.RoomId), e => e.Kind == RoomEventKind.ContributionAdded);
    }

    [Fact]
    public async Task Add_APhoto_IsStoredWithItsDescriptionAndServedBack()
    {
        var room = await app.OpenRoomAsync();
        var png = TestPhotos.Png;
        var sent = new NewContribution(Guid.NewGuid(), null, null, Photo: new NewPhoto(png, "Our flipchart: three hopes"));

        var result = await app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(room.RoomId, room.Participant, sent));
        var photo = await app.UseAsync<RoomRecord, ContributionPhoto?>(r => r.PhotoAsync(room.RoomId, sent.Id, RoomReader.InGroup(null)));

        Assert.Equal(ContributionKind.Photo, result.Contribution!.Kind);
        Assert.Equal(new PhotoView("Our flipchart: three hopes", "image/png"), result.Contribution.Photo);
        Assert.Equal(TestPhotos.PngAsKept, photo!.Bytes);
    }

    [Fact]
    public async Task Add_APhonePhoto_IsKeptUprightWithoutWhereItWasTaken()
    {
        var room = await app.OpenRoomAsync();
        var sent = new NewContribution(Guid.NewGuid(), null, null, Photo: new NewPhoto(TestPhotos.PhoneJpeg(40, 30), "Our flipchart, photographed on a phone"));

        var result = await app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(room.RoomId, room.Participant, sent));
        var photo = await app.UseAsync<RoomRecord, ContributionPhoto?>(r => r.PhotoAsync(room.RoomId, sent.Id, RoomReader.InGroup(null)));

        Assert.Equal(ContributionOutcome.Added, result.Outcome);
        Assert.Equal("image/jpeg", photo!.ContentType);
        Assert.True(photo.Bytes.AsSpan().IndexOf("Exif"u8) < 0, "The kept photo still has its EXIF block, with the GPS position");
        using var kept = SkiaSharp.SKBitmap.Decode(photo.Bytes);
        Assert.Equal((30, 40), (kept.Width, kept.Height));
    }

    [Fact]
    public async Task Delete_ByItsAuthor_ErasesItsWordsFromTheRoomAndTheLog()
    {
        var room = await app.OpenRoomAsync();
        var added = await app.ContributeAsync(room, "Something I take back");

        var byOther = await app.UseAsync<Contributions, ContributionResult>(c => c.DeleteAsync(room.RoomId, added.Contribution!.Id, Participant.Member(room.Facilitator.Id)));
        var byAuthor = await app.UseAsync<Contributions, ContributionResult>(c => c.DeleteAsync(room.RoomId, added.Contribution!.Id, room.Participant));

        Assert.Equal(ContributionOutcome.NotFound, byOther.Outcome);
        Assert.Equal(RoomEventKind.ContributionDeleted, Assert.Single(byAuthor.Events).Kind);
        Assert.DoesNotContain(await app.EventsAsync(room.RoomId), e => e.Payload.Contains("take back", StringComparison.Ordinal));
        Assert.Empty(await app.UseAsync<Contributions, List<Guid>>(c => c.MineAsync(room.RoomId, room.Participant)));
    }
}
