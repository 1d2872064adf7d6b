using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Rooms;

// What a client receives when it catches up: exactly what it missed, and never who wrote an
// anonymous contribution or what a hidden one said.
[Collection(SharedApps.Rooms)]
public class RoomLogTests(RoundtableApp app)
{
    [Fact]
    public async Task After_FiveAddedSinceTheLastSeen_ReturnsExactlyThoseFive()
    {
        var room = await app.OpenRoomAsync();
        await app.ContributeAsync(room, "Before the drop");
        var lastSeen = (await app.EventsAsync(room.RoomId)).Max(e => e.Sequence);
        var missed = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            missed.Add((await app.ContributeAsync(room, $"While away {i}")).Contribution!.Id);
        }

        var page = await app.UseAsync<RoomEvents, RoomEventPage>(e => e.AfterAsync(room.RoomId, lastSeen));

        Assert.False(page.More);
        Assert.Equal(Enumerable.Range((int)lastSeen + 1, 5).Select(i => (long)i), page.Events.Select(e => e.Sequence));
        Assert.All(page.Events, e => Assert.Equal(RoomEventKind.ContributionAdded, e.Kind));
        Assert.Equal(missed, page.Events.Select(e => System.Text.Json.JsonSerializer.Deserialize<ContributionView>(e.Payload, RoomPayloads.Json)!.Id));
    }

    [Fact]
    public async Task After_MoreThanAPage_SaysThereIsMoreAndContinuesFromTheLast()
    {
        var room = await app.OpenRoomAsync();
        for (var i = 0; i < 4; i++)
        {
            await app.ContributeAsync(room, $"Thought {i}");
        }

        var first = await app.UseAsync<RoomEvents, RoomEventPage>(e => e.AfterAsync(room.RoomId, 0, take: 3));
        var rest = await app.UseAsync<RoomEvents, RoomEventPage>(e => e.AfterAsync(room.RoomId, first.Last!.Value, take: 3));

        Assert.True(first.More);
        Assert.False(rest.More);
        Assert.Equal([1L, 2, 3, 4, 5], first.Events.Concat(rest.Events).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Anonymous_NoEventOrRecordCarriesTheAuthor_YetTheAuthorKnowsItIsTheirs()
    {
        var room = await app.OpenRoomAsync(memberName: "Quinn Unmistakable");
        await app.SetNamingAsync(room.Community, room.Member, Naming.FullName);

        var added = await app.ContributeAsync(room, "Something hard to say", anonymous: true);

        Assert.Null(added.Contribution!.Name);
        foreach (var entry in await app.EventsAsync(room.RoomId))
        {
            Assert.DoesNotContain("Quinn", entry.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain("Unmistakable", entry.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain(room.Member.Id.ToString(), entry.Payload, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(room.Member.Email!, entry.Payload, StringComparison.OrdinalIgnoreCase);
        }

        var record = await app.UseAsync<RoomRecord, SessionRecord?>(r => r.ForSessionAsync(room.Session.Id));
        Assert.Null(Assert.Single(record!.General).Contribution.Name);
        Assert.Equal([added.Contribution.Id], await app.UseAsync<Contributions, List<Guid>>(c => c.MineAsync(room.RoomId, room.Participant)));
    }

    [Fact]
    public async Task Named_IsNamedOnlyAsTheMemberChose()
    {
        var room = await app.OpenRoomAsync(memberName: "Jordan Firstonly");

        var added = await app.ContributeAsync(room, "Signed with my first name");

        Assert.Equal("Jordan", added.Contribution!.Name);
        Assert.DoesNotContain("Firstonly", Assert.Single(added.Events).Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hide_TakesItsWordsOutOfEveryEventButFacilitatorsStillReadIt()
    {
        var room = await app.OpenRoomAsync();
        var added = await app.ContributeAsync(room, "Names a colleague unkindly");
        var id = added.Contribution!.Id;

        var hidden = await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, id, "Names someone who is not here", room.Facilitator.Id));

        Assert.Equal(RoomOutcome.Done, hidden.Outcome);
        var fromStart = await app.UseAsync<RoomEvents, RoomEventPage>(e => e.AfterAsync(room.RoomId, 0));
        Assert.DoesNotContain(fromStart.Events, e => e.Payload.Contains("unkindly", StringComparison.Ordinal));
        Assert.DoesNotContain(fromStart.Events, e => e.Kind == RoomEventKind.ContributionAdded);
        var seen = Assert.Single(await app.UseAsync<Moderation, List<HiddenContribution>>(m => m.HiddenAsync(room.RoomId)));
        Assert.Equal("Names a colleague unkindly", seen.Contribution.Text);
        Assert.Equal("Names someone who is not here", seen.Reason);
        var record = await app.UseAsync<RoomRecord, SessionRecord?>(r => r.ForSessionAsync(room.Session.Id));
        Assert.Empty(record!.General);
    }

    [Fact]
    public async Task Hide_WithoutAReason_IsRefused()
    {
        var room = await app.OpenRoomAsync();
        var added = await app.ContributeAsync(room, "Fine, really");

        var result = await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, added.Contribution!.Id, "  ", room.Facilitator.Id));

        Assert.Equal("Enter why you are hiding this", result.Error);
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task Show_AfterHiding_BringsItBackAndKeepsTheTrail()
    {
        var room = await app.OpenRoomAsync();
        var id = (await app.ContributeAsync(room, "Hidden by mistake")).Contribution!.Id;
        await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, id, "Misread it", room.Facilitator.Id));

        var shown = await app.UseAsync<Moderation, ModerationResult>(m => m.ShowAsync(room.RoomId, id, room.Facilitator.Id));

        var entry = Assert.Single(shown.Events);
        Assert.Equal(RoomEventKind.ContributionShown, entry.Kind);
        Assert.Contains("Hidden by mistake", entry.Payload, StringComparison.Ordinal);
        var trail = await app.UseAsync<Moderation, List<ModerationEntry>>(m => m.TrailAsync(room.RoomId));
        Assert.Equal([ModerationAction.Hidden, ModerationAction.Shown], trail.Select(t => t.Action));
        Assert.Equal("Misread it", trail[0].Reason);
    }

    [Fact]
    public async Task Spoken_IsNamedAsTheSpeakerChoseAndNeverAsTheScribe()
    {
        var room = await app.OpenRoomAsync(memberName: "Sam Speaker");
        await app.SetNamingAsync(room.Community, room.Member, Naming.FullName);

        var named = await app.UseAsync<Contributions, ContributionResult>(c => c.RecordSpokenAsync(
            room.RoomId, room.Facilitator.Id, new SpokenContribution(Guid.NewGuid(), null, "What helped was being listened to", room.Member.Id)));
        var unnamed = await app.UseAsync<Contributions, ContributionResult>(c => c.RecordSpokenAsync(
            room.RoomId, room.Facilitator.Id, new SpokenContribution(Guid.NewGuid(), null, "Said without a name", null)));

        Assert.Equal(ContributionKind.Spoken, named.Contribution!.Kind);
        Assert.Equal("Sam Speaker", named.Contribution.Name);
        Assert.Null(unnamed.Contribution!.Name);
        Assert.All(await app.EventsAsync(room.RoomId), e => Assert.DoesNotContain("Fran", e.Payload, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reactions_AFloodFromOnePerson_IsHeldBackWithoutHoldingBackOthers()
    {
        var room = await app.OpenRoomAsync();
        var id = (await app.ContributeAsync(room, "Worth reacting to")).Contribution!.Id;
        var flooder = room.Participant;

        var outcomes = new List<ReactionOutcome>();
        for (var i = 0; i < ReactionRateLimit.Limit + 2; i++)
        {
            outcomes.Add((await app.UseAsync<Reactions, ReactionResult>(r => r.ToggleAsync(room.RoomId, id, flooder, ReactionKind.Heart))).Outcome);
        }

        var other = await app.UseAsync<Reactions, ReactionResult>(r => r.ToggleAsync(room.RoomId, id, Participant.Member(room.Facilitator.Id), ReactionKind.Agree));
        Assert.Equal(ReactionRateLimit.Limit, outcomes.Count(o => o is ReactionOutcome.Added or ReactionOutcome.Removed));
        Assert.Equal([ReactionOutcome.SlowDown, ReactionOutcome.SlowDown], outcomes.TakeLast(2));
        Assert.Equal(ReactionOutcome.Added, other.Outcome);

        app.Clock.Advance(ReactionRateLimit.Window);
        var later = await app.UseAsync<Reactions, ReactionResult>(r => r.ToggleAsync(room.RoomId, id, flooder, ReactionKind.Heart));
        Assert.Equal(ReactionOutcome.Added, later.Outcome);
        Assert.Equal(new ReactionCounts(id, 1, 0, 1, 0, 0), later.Counts);
        Assert.All(await app.EventsAsync(room.RoomId), e => Assert.DoesNotContain(room.Member.Id.ToString(), e.Payload, StringComparison.OrdinalIgnoreCase));
    }
}
