using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Communities.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Rooms;

// The room's hub over a real socket, as the browser's SignalR client speaks to it: what one
// phone sends reaches the others, a dropped phone loses nothing, and nothing names an author who
// chose not to be named.
[Collection(SharedApps.LiveRooms)]
public class RoomHubTests(RoomHubApp app)
{
    [Fact]
    public async Task Contribute_ReachesEveryoneInTheRoomWithItsSequenceNumber()
    {
        var room = await app.OpenRoomAsync();
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        await using var member = await app.ConnectRoomAsync(room.Member);
        var joined = await facilitator.JoinAsync(room);
        await member.JoinAsync(room);

        var sent = await member.ContributeAsync("Listening counts too");

        var received = await facilitator.NextEventAsync();
        Assert.Equal(RoomEventKind.ContributionAdded, received.Kind);
        Assert.Equal(joined.Through + 1, received.Sequence);
        Assert.Equal(sent.Contribution!.Sequence, received.Sequence);
        var contribution = received.As<ContributionView>();
        Assert.Equal("Listening counts too", contribution.Text);
        Assert.Equal("Robin", contribution.Name);
        Assert.Equal(received.Sequence, (await member.NextEventAsync()).Sequence);
    }

    [Fact]
    public async Task Join_AfterADrop_ReceivesExactlyWhatWasMissedThenHearsTheRoomAgain()
    {
        var room = await app.OpenRoomAsync();
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        await facilitator.JoinAsync(room);
        await using var phone = await app.ConnectRoomAsync(room.Member);
        await phone.JoinAsync(room);
        await facilitator.ContributeAsync("Before the signal went");
        var lastSeen = (await phone.NextEventAsync()).Sequence;
        var lostConnection = Assert.IsType<string>(phone.ConnectionId);

        await phone.LoseSignalAsync();
        var missed = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            missed.Add((await facilitator.ContributeAsync($"While you were away {i}")).Contribution!.Id);
        }

        await phone.ReconnectAsync();
        var rejoined = await phone.JoinAsync(room, lastSeen);

        Assert.NotEqual(lostConnection, phone.ConnectionId);
        Assert.False(rejoined.More);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => lastSeen + i), rejoined.Events.Select(e => e.Sequence));
        Assert.Equal(missed, rejoined.Events.Select(e => e.As<ContributionView>().Id));
        Assert.Equal(lastSeen + 5, rejoined.Through);
        var welcomeBack = await facilitator.ContributeAsync("Welcome back");
        Assert.Equal(welcomeBack.Contribution!.Sequence, Assert.Single(await phone.EventsThroughAsync(welcomeBack.Contribution.Sequence)).Sequence);
    }

    [Fact]
    public async Task Join_FromTheStart_PagesThroughTheWholeLog()
    {
        var room = await app.OpenRoomAsync();
        for (var i = 0; i < RoomEvents.PageSize + 3; i++)
        {
            await app.ContributeAsync(room, $"Thought {i}");
        }

        await using var member = await app.ConnectRoomAsync(room.Member);
        var joined = await member.JoinAsync(room);
        var rest = (await member.InvokeAsync<RoomCatchUp>("CatchUp", joined.Through))!;

        Assert.True(joined.More);
        Assert.False(rest.More);
        Assert.Equal(
            Enumerable.Range(1, RoomEvents.PageSize + 4).Select(i => (long)i),
            joined.Events.Concat(rest.Events).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Contribute_SentTwiceWithOneClientId_IsStoredAndBroadcastOnce()
    {
        var room = await app.OpenRoomAsync();
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        await using var member = await app.ConnectRoomAsync(room.Member);
        await facilitator.JoinAsync(room);
        await member.JoinAsync(room);
        var clientId = Guid.NewGuid();

        var first = await member.ContributeAsync("A double tap", clientId);
        var second = await member.ContributeAsync("A double tap", clientId);
        // The next thing said: everything the facilitator was told before it comes before it.
        var next = await member.ContributeAsync("And a second thought");

        Assert.Equal(ContributionOutcome.Added, first.Outcome);
        Assert.Equal(ContributionOutcome.AlreadyStored, second.Outcome);
        Assert.Equal(first.Contribution!.Sequence, second.Contribution!.Sequence);
        var told = await facilitator.EventsThroughAsync(next.Contribution!.Sequence);
        Assert.Equal([clientId, next.Contribution.Id], told.Select(e => e.As<ContributionView>().Id));
        Assert.Equal(2, await app.WithDbAsync(db => db.Contributions.CountAsync(c => c.RoomId == room.RoomId)));
    }

    [Fact]
    public async Task Anonymous_NoFrameAnyoneElseReceivesNamesTheAuthor_YetTheyKnowItIsTheirs()
    {
        var room = await app.OpenRoomAsync(memberName: "Quinn Unmistakable");
        await app.SetNamingAsync(room.Community, room.Member, Naming.FullName);
        var other = await app.CreatePersonAsync("Sam Other");
        await app.JoinAsync(room.Community, other);
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        await using var neighbour = await app.ConnectRoomAsync(other);
        await using var author = await app.ConnectRoomAsync(room.Member);
        await facilitator.JoinAsync(room);
        await neighbour.JoinAsync(room);
        await author.JoinAsync(room);

        var sent = await author.ContributeAsync("Something hard to say", anonymous: true);
        await facilitator.NextEventAsync(RoomEventKind.ContributionAdded);
        await neighbour.NextEventAsync(RoomEventKind.ContributionAdded);
        await using var late = await app.ConnectRoomAsync(other);
        var caughtUp = await late.JoinAsync(room);

        Assert.Null(sent.Contribution!.Name);
        Assert.Contains(caughtUp.Events, e => e.Kind == RoomEventKind.ContributionAdded && e.As<ContributionView>().Id == sent.Contribution.Id);
        foreach (var told in new[] { facilitator, neighbour, late })
        {
            // Every frame each was sent, the contribution's among them: none names its author.
            Assert.Contains(told.ReceivedFrames, f => f.Contains("Something hard to say", StringComparison.Ordinal));
            foreach (var frame in told.ReceivedFrames)
            {
                Assert.DoesNotContain("Quinn", frame, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Unmistakable", frame, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(room.Member.Id.ToString(), frame, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(room.Member.Email!, frame, StringComparison.OrdinalIgnoreCase);
            }
        }

        await using var authorAgain = await app.ConnectRoomAsync(room.Member);
        Assert.Equal([sent.Contribution.Id], (await authorAgain.JoinAsync(room)).Mine);
    }

    [Fact]
    public async Task Hide_TakesItAwayFromParticipants_WhileFacilitatorsStillSeeItAndWhy()
    {
        var room = await app.OpenRoomAsync();
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        await using var member = await app.ConnectRoomAsync(room.Member);
        await facilitator.JoinAsync(room);
        await member.JoinAsync(room);
        var sent = await member.ContributeAsync("Names a patient by mistake");
        await facilitator.NextEventAsync(RoomEventKind.ContributionAdded);

        await facilitator.InvokeAsync("Hide", sent.Contribution!.Id, "It named a patient");

        var removed = await member.NextEventAsync(RoomEventKind.ContributionHidden);
        Assert.Equal(sent.Contribution.Id, removed.As<ContributionRemovedView>().Id);
        var told = (await facilitator.NextHiddenAsync())!;
        Assert.Equal("Names a patient by mistake", told.Contribution.Text);
        Assert.Equal("It named a patient", told.Reason);

        await using var late = await app.ConnectRoomAsync(room.Member);
        var participantView = await late.JoinAsync(room);
        Assert.Null(participantView.Hidden);
        Assert.DoesNotContain(late.ReceivedFrames, f => f.Contains("Names a patient", StringComparison.Ordinal));
        await using var facilitatorAgain = await app.ConnectRoomAsync(room.Facilitator);
        var facilitatorView = await facilitatorAgain.JoinAsync(room);
        Assert.Equal("Names a patient by mistake", Assert.Single(facilitatorView.Hidden!).Contribution.Text);
    }

    [Fact]
    public async Task React_AFloodFromOnePerson_IsHeldBackWithoutSlowingAnyoneElse()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.CreatePersonAsync("Sam Other");
        await app.JoinAsync(room.Community, other);
        var target = (await app.ContributeAsync(room, "Worth a heart")).Contribution!.Id;
        await using var flooder = await app.ConnectRoomAsync(room.Member);
        await using var calm = await app.ConnectRoomAsync(other);
        await flooder.JoinAsync(room);
        await calm.JoinAsync(room);

        for (var i = 0; i < ReactionRateLimit.Limit; i++)
        {
            await flooder.InvokeAsync<ReactionCounts>("React", target, ReactionKind.Heart);
        }

        var held = await Assert.ThrowsAsync<HubException>(() => flooder.InvokeAsync<ReactionCounts>("React", target, ReactionKind.Heart));
        var counts = await calm.InvokeAsync<ReactionCounts>("React", target, ReactionKind.Agree);

        Assert.Contains("Wait a moment", held.Message, StringComparison.Ordinal);
        Assert.Equal(1, counts!.Agree);
    }

    [Fact]
    public async Task Contribute_TooLongOrToAClosedRoom_SaysWhy()
    {
        var room = await app.OpenRoomAsync();
        await using var member = await app.ConnectRoomAsync(room.Member);
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        await member.JoinAsync(room);
        await facilitator.JoinAsync(room);

        var tooLong = await Assert.ThrowsAsync<HubException>(() => member.ContributeAsync(new string('a', Contribution.TextMaxLength + 1)));
        await facilitator.InvokeAsync("CloseRoom");
        var closed = await Assert.ThrowsAsync<HubException>(() => member.ContributeAsync("Just one more thing"));

        Assert.Contains($"{Contribution.TextMaxLength} characters or fewer", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("The room is not open", closed.Message, StringComparison.Ordinal);
        Assert.Equal(RoomState.Closed, (await member.NextEventAsync(RoomEventKind.RoomClosed)).As<RoomStateView>().State);
    }

    [Fact]
    public async Task OpenPrompt_ClosedWhileSomeoneTypes_KeepsWhatTheyWroteAndTellsThem()
    {
        var room = await app.OpenRoomAsync();
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        await using var member = await app.ConnectRoomAsync(room.Member);
        await facilitator.JoinAsync(room);
        await member.JoinAsync(room);

        var prompt = (await facilitator.InvokeAsync<PromptView>("OpenPrompt", new OpenPrompt(PromptKind.BestHopes, "What are your best hopes from today?")))!;
        Assert.Equal(prompt.Id, (await member.NextEventAsync(RoomEventKind.PromptOpened)).As<PromptView>().Id);
        await facilitator.InvokeAsync("ClosePrompt", prompt.Id);
        var late = await member.ContributeAsync("That we leave with one thing to try", promptId: prompt.Id);

        Assert.Equal(ContributionOutcome.KeptAsGeneral, late.Outcome);
        Assert.Null(late.Contribution!.PromptId);
        Assert.Contains("What you wrote is kept", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordSpoken_NamesTheSpeakerAsTheyChose()
    {
        var room = await app.OpenRoomAsync(memberName: "Robin Quietly");
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        await using var member = await app.ConnectRoomAsync(room.Member);
        await facilitator.JoinAsync(room);
        await member.JoinAsync(room);

        await facilitator.InvokeAsync<Contributed>("RecordSpoken", new RecordSpoken(Guid.NewGuid(), null, "Said aloud: small steps count", room.Member.Id));
        var refused = await Assert.ThrowsAsync<HubException>(
            () => member.InvokeAsync<Contributed>("RecordSpoken", new RecordSpoken(Guid.NewGuid(), null, "Not mine to record", null)));

        var spoken = (await member.NextEventAsync(RoomEventKind.ContributionAdded)).As<ContributionView>();
        Assert.Equal(ContributionKind.Spoken, spoken.Kind);
        Assert.Equal("Robin", spoken.Name);
        Assert.Contains("Only a facilitator", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachBreakoutGroup_AnswersReachOnlyTheirGroupAndTheFacilitators()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.CreatePersonAsync("Sam Othergroup");
        await app.JoinAsync(room.Community, other);
        await app.AddBreakoutGroupAsync(room.Session, 1, room.Member, room.Member);
        await app.AddBreakoutGroupAsync(room.Session, 2, null, other);
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        await using var chair = await app.ConnectRoomAsync(room.Member);
        await using var elsewhere = await app.ConnectRoomAsync(other);
        await facilitator.JoinAsync(room);
        Assert.True((await chair.JoinAsync(room)).CanScribe);
        Assert.Equal(2, (await elsewhere.JoinAsync(room)).BreakoutGroup);
        var prompt = (await facilitator.InvokeAsync<PromptView>(
            "OpenPrompt", new OpenPrompt(PromptKind.Reflection, "What stayed with you?", PromptAudience.EachBreakoutGroup)))!;

        var written = await chair.ContributeAsync("Group one's thought", promptId: prompt.Id);
        var spoken = await chair.InvokeAsync<Contributed>("RecordSpoken", new RecordSpoken(Guid.NewGuid(), prompt.Id, "Said in group one", null));

        Assert.Equal(1, written.Contribution!.BreakoutGroupNumber);
        Assert.Equal(1, spoken!.Contribution!.BreakoutGroupNumber);
        Assert.Equal(written.Contribution.Id, (await facilitator.NextEventAsync(RoomEventKind.ContributionAdded)).As<ContributionView>().Id);
        Assert.Equal(spoken.Contribution.Id, (await facilitator.NextEventAsync(RoomEventKind.ContributionAdded)).As<ContributionView>().Id);
        // Said to the whole room next: everything the other group was told before it comes before it.
        var toEveryone = (await facilitator.ContributeAsync("For the whole room")).Contribution!;
        Assert.Equal(
            [(RoomEventKind.PromptOpened, (Guid?)null), (RoomEventKind.ContributionAdded, toEveryone.Id)],
            (await elsewhere.EventsThroughAsync(toEveryone.Sequence)).Select(e => (e.Kind, e.Kind == RoomEventKind.ContributionAdded ? e.As<ContributionView>().Id : (Guid?)null)));
        await using var elsewhereLater = await app.ConnectRoomAsync(other);
        Assert.Equal(
            [toEveryone.Id],
            (await elsewhereLater.JoinAsync(room)).Events.Where(e => e.Kind == RoomEventKind.ContributionAdded).Select(e => e.As<ContributionView>().Id));
        Assert.DoesNotContain(elsewhere.ReceivedFrames.Concat(elsewhereLater.ReceivedFrames), f => f.Contains("group one", StringComparison.Ordinal));
    }
}
