using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Rooms;

// Running a room: the running order, prompts, links for guests and the projector, and the record
// it leaves.
[Collection(SharedApps.Rooms)]
public class RoomRunningTests(RoundtableApp app)
{
    [Fact]
    public async Task Open_Twice_OpensOnce()
    {
        var room = await app.OpenRoomAsync();

        var again = await app.UseAsync<LiveRooms, RoomResult>(r => r.OpenAsync(room.RoomId));

        Assert.Equal(RoomOutcome.Unchanged, again.Outcome);
        Assert.Single(await app.EventsAsync(room.RoomId), e => e.Kind == RoomEventKind.RoomOpened);
    }

    [Fact]
    public async Task GetOrCreate_AtTheSameMoment_MakesOneRoomPerSession()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(48));

        var rooms = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            app.UseAsync<LiveRooms, Roundtable.Core.Data.Entities.Room>(r => r.GetOrCreateAsync(session.Id))));

        Assert.Single(rooms.Select(r => r.Id).Distinct());
        Assert.Equal(1, await app.WithDbAsync(db => db.Rooms.CountAsync(r => r.SessionId == session.Id)));
    }

    [Fact]
    public async Task MoveToItem_RecordsWhenTheItemStarted()
    {
        var room = await app.OpenRoomAsync();
        var item = new RunningOrderItem { SessionId = room.Session.Id, Position = 1, Title = "Welcome and principles", Minutes = 10 };
        await app.WithDbAsync(db =>
        {
            db.RunningOrderItems.Add(item);
            return db.SaveChangesAsync();
        });

        var moved = await app.UseAsync<LiveRooms, RoomResult>(r => r.MoveToItemAsync(room.RoomId, item.Id));
        var elsewhere = await app.UseAsync<LiveRooms, RoomResult>(r => r.MoveToItemAsync(room.RoomId, Guid.NewGuid()));

        var entry = Assert.Single(moved.Events);
        Assert.Equal(RoomEventKind.ItemChanged, entry.Kind);
        var view = System.Text.Json.JsonSerializer.Deserialize<ItemView>(entry.Payload, RoomPayloads.Json)!;
        Assert.Equal(new ItemView(item.Id, "Welcome and principles", 10, app.Clock.GetUtcNow()), view);
        Assert.Equal(RoomOutcome.NotFound, elsewhere.Outcome);
    }

    [Fact]
    public async Task Close_ClosesOpenPromptsAndThenTheRoom()
    {
        var room = await app.OpenRoomAsync();
        await app.OpenPromptAsync(room, PromptKind.GoneWell, "What's gone well since we last met?");

        var closed = await app.UseAsync<LiveRooms, RoomResult>(r => r.CloseAsync(room.RoomId));

        Assert.Equal([RoomEventKind.PromptClosed, RoomEventKind.RoomClosed], closed.Events.Select(e => e.Kind));
        Assert.All(await app.UseAsync<Prompts, List<RoomPrompt>>(p => p.InRoomAsync(room.RoomId)), p => Assert.False(p.IsOpen));
    }

    [Fact]
    public async Task JoinAsGuest_WithTheLink_IsLetInAndStaysTheSameGuest()
    {
        var room = await app.OpenRoomAsync();
        var link = await app.UseAsync<RoomLinks, string?>(l => l.NewJoinLinkAsync(room.RoomId));

        var joined = await app.UseAsync<RoomLinks, RoomLinks.GuestJoin>(l => l.JoinAsGuestAsync(link!, "Visiting Vic"));
        var found = await app.UseAsync<RoomLinks, RoomGuest?>(l => l.FindGuestAsync(joined.GuestToken!));
        var said = await app.ContributeAsync(room, "Glad to be here", Participant.Guest(joined.Guest!.Id));

        Assert.Equal(GuestJoinOutcome.Joined, joined.Outcome);
        Assert.Equal(joined.Guest.Id, found!.Id);
        Assert.Equal("Visiting Vic", said.Contribution!.Name);
        Assert.DoesNotContain(link!, await app.WithDbAsync(db => db.Rooms.Where(r => r.Id == room.RoomId).Select(r => r.JoinTokenHash).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JoinAsGuest_AClosedRoomOrAnOldLink_IsRefused()
    {
        var room = await app.OpenRoomAsync();
        var old = await app.UseAsync<RoomLinks, string?>(l => l.NewJoinLinkAsync(room.RoomId));
        var current = await app.UseAsync<RoomLinks, string?>(l => l.NewJoinLinkAsync(room.RoomId));
        await app.UseAsync<LiveRooms, RoomResult>(r => r.CloseAsync(room.RoomId));

        var withOld = await app.UseAsync<RoomLinks, RoomLinks.GuestJoin>(l => l.JoinAsGuestAsync(old!, null));
        var whenClosed = await app.UseAsync<RoomLinks, RoomLinks.GuestJoin>(l => l.JoinAsGuestAsync(current!, null));

        Assert.Equal(GuestJoinOutcome.NotFound, withOld.Outcome);
        Assert.Equal(GuestJoinOutcome.RoomClosed, whenClosed.Outcome);
    }

    [Fact]
    public async Task NewJoinLink_ForAPreparationMeeting_IsNotMade()
    {
        var room = await app.OpenRoomAsync(SessionKind.PreparationMeeting);

        Assert.Null(await app.UseAsync<RoomLinks, string?>(l => l.NewJoinLinkAsync(room.RoomId)));
    }

    [Fact]
    public async Task ProjectorLink_FindsItsRoom()
    {
        var room = await app.OpenRoomAsync();
        var link = await app.UseAsync<RoomLinks, string?>(l => l.NewProjectorLinkAsync(room.RoomId));

        var found = await app.UseAsync<RoomLinks, Roundtable.Core.Data.Entities.Room?>(l => l.FindByProjectorLinkAsync(link!));
        var notWithJoin = await app.UseAsync<RoomLinks, Roundtable.Core.Data.Entities.Room?>(l => l.FindByJoinLinkAsync(link!));

        Assert.Equal(room.RoomId, found!.Id);
        Assert.Null(notWithJoin);
    }

    [Fact]
    public async Task Record_AfterTheSession_HasAnswersByPromptAndGroupWithReactionsScalesAndClosingWords()
    {
        var room = await app.OpenRoomAsync();
        var reflection = await app.OpenPromptAsync(room, PromptKind.Reflection, "What stayed with you?", audience: PromptAudience.EachBreakoutGroup);
        var answer = await app.ContributeAsync(room, "Being believed", promptId: reflection.Id);
        await app.UseAsync<Reactions, ReactionResult>(r => r.ToggleAsync(room.RoomId, answer.Contribution!.Id, Participant.Member(room.Facilitator.Id), ReactionKind.ThankYou));
        await app.UseAsync<Reactions, ReactionResult>(r => r.ToggleAsync(room.RoomId, answer.Contribution!.Id, Participant.Member(room.Facilitator.Id), ReactionKind.Heart));
        var scaling = await app.OpenPromptAsync(room, PromptKind.Scaling, asksGoodEnough: true);
        // Three people: each person's number counts once.
        var third = await app.CreatePersonAsync("Kai Third");
        await app.JoinAsync(room.Community, third);
        foreach (var (who, scale, goodEnough) in new[] { (room.Member.Id, 4, 6), (room.Facilitator.Id, 6, 7), (third.Id, 7, 8) })
        {
            await app.UseAsync<Contributions, ContributionResult>(c =>
                c.AddAsync(room.RoomId, Participant.Member(who), new NewContribution(Guid.NewGuid(), scaling.Id, null, scale, goodEnough)));
        }

        var closing = await app.OpenPromptAsync(room, PromptKind.ClosingWord, "One word for how you feel");
        foreach (var word in new[] { "Hopeful", "hopeful.", "motivated" })
        {
            await app.ContributeAsync(room, word, promptId: closing.Id);
        }

        await app.UseAsync<Contributions, ContributionResult>(c => c.RecordSpokenAsync(
            room.RoomId, room.Facilitator.Id, new SpokenContribution(Guid.NewGuid(), closing.Id, "Hopeful", null)));
        await app.UseAsync<LiveRooms, RoomResult>(r => r.CloseAsync(room.RoomId));

        var record = (await app.UseAsync<RoomRecord, SessionRecord?>(r => r.ForSessionAsync(room.Session.Id)))!;

        Assert.Equal(RoomState.Closed, record.State);
        Assert.Equal([reflection.Id, scaling.Id, closing.Id], record.Prompts.Select(p => p.Prompt.Id));
        var reflected = record.Prompts[0];
        Assert.Equal("Being believed", Assert.Single(Assert.Single(reflected.Groups).Contributions).Contribution.Text);
        Assert.Equal(2, reflected.Reactions.Total);
        var summary = record.Prompts[1].Scale!;
        Assert.Equal(3, summary.Answers);
        Assert.Equal(6m, summary.Median);
        Assert.Equal(7m, summary.GoodEnough);
        Assert.Equal([new WordCount("hopeful", 3), new WordCount("motivated", 1)], record.Prompts[2].ClosingWords);
    }
}
