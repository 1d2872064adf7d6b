using Roundtable.Tests.Shared;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Rooms;

// Reading the room as one reader sees it (RoomRecord.ContributionsAsync, PhotoAsync; RoomReader.For):
// what the API lists.
[Collection(SharedApps.Rooms)]
public class RoomReadingTests(RoundtableApp app)
{
    private static readonly byte[] Png = TestPhotos.Png;

    [Fact]
    public async Task Contributions_AParticipant_ReadsTheWholeRoomAndTheirOwnGroupButNothingHiddenOrDeleted()
    {
        var (room, other) = await TwoGroupsAsync();
        var said = await SayAsync(room, other);

        var page = await ReadAsync(room, await ReaderAsync(room, room.Member.Id, RoomRole.Participant));

        Assert.Equal(1, (await ReaderAsync(room, room.Member.Id, RoomRole.Participant)).BreakoutGroup);
        Assert.Equal(["To everyone", "In group 1"], page.Contributions.Select(c => c.Contribution.Text));
        Assert.All(page.Contributions, c => Assert.Null(c.Hidden));
        Assert.False(page.More);
        Assert.DoesNotContain(page.Contributions, c => c.Contribution.Id == said.Deleted || c.Contribution.Id == said.Hidden);
    }

    [Fact]
    public async Task Contributions_AFacilitator_ReadsEveryGroupAndWhatWasHiddenWithWhyButNothingDeleted()
    {
        var (room, other) = await TwoGroupsAsync();
        var said = await SayAsync(room, other);

        var page = await ReadAsync(room, await ReaderAsync(room, room.Facilitator.Id, RoomRole.Facilitator));

        Assert.Equal(["To everyone", "In group 1", "In group 2", "Said unkindly"], page.Contributions.Select(c => c.Contribution.Text));
        var hidden = Assert.Single(page.Contributions, c => c.Hidden is not null);
        Assert.Equal(said.Hidden, hidden.Contribution.Id);
        Assert.Equal(new HiddenNote("Unkind to someone not here", app.Clock.GetUtcNow()), hidden.Hidden);
        Assert.DoesNotContain(page.Contributions, c => c.Contribution.Id == said.Deleted);
        Assert.Equal(page.Contributions.Select(c => c.Contribution.Sequence).Order(), page.Contributions.Select(c => c.Contribution.Sequence));
    }

    [Fact]
    public async Task Contributions_AfterASequence_ContinueFromItAndSayWhenThereIsMore()
    {
        var room = await app.OpenRoomAsync();
        foreach (var n in Enumerable.Range(1, 5))
        {
            await app.ContributeAsync(room, $"Thought {n}");
        }

        var first = await ReadAsync(room, RoomReader.InGroup(null), take: 3);
        var rest = await ReadAsync(room, RoomReader.InGroup(null), after: first.Contributions[^1].Contribution.Sequence, take: 3);

        Assert.True(first.More);
        Assert.False(rest.More);
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"Thought {n}"), first.Contributions.Concat(rest.Contributions).Select(c => c.Contribution.Text));
    }

    [Fact]
    public async Task Contributions_EachCarriesItsReactionCountsAndAnAnonymousOneNoName()
    {
        var room = await app.OpenRoomAsync(memberName: "Robin Reader");
        var named = (await app.ContributeAsync(room, "Named")).Contribution!.Id;
        await app.ContributeAsync(room, "Unnamed", anonymous: true);
        await ReactAsync(room, named, ReactionKind.Heart, ReactionKind.Heart, ReactionKind.Agree);

        var page = await ReadAsync(room, RoomReader.InGroup(null));

        Assert.Equal([("Named", "Robin"), ("Unnamed", null)], page.Contributions.Select(c => (c.Contribution.Text, c.Contribution.Name)));
        Assert.Equal(new ReactionCounts(named, 1, 0, 2, 0, 0), page.Contributions[0].Reactions);
        Assert.Equal(0, page.Contributions[1].Reactions.Total);
    }

    [Fact]
    public async Task Photo_IsServedOnlyToThoseWhoMayReadItsContribution()
    {
        var (room, _) = await TwoGroupsAsync();
        var inGroup2 = Guid.NewGuid();
        await app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(
            room.RoomId, room.Participant, new NewContribution(inGroup2, null, null, Photo: new NewPhoto(Png, "Group 2's flipchart"), BreakoutGroupNumber: 2)));

        var toGroup1 = await PhotoAsync(room, inGroup2, RoomReader.InGroup(1));
        var toGroup2 = await PhotoAsync(room, inGroup2, RoomReader.InGroup(2));
        var toFacilitators = await PhotoAsync(room, inGroup2, RoomReader.Facilitating);
        await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, inGroup2, "A face is visible", room.Facilitator.Id));
        var hiddenToGroup2 = await PhotoAsync(room, inGroup2, RoomReader.InGroup(2));
        var hiddenToFacilitators = await PhotoAsync(room, inGroup2, RoomReader.Facilitating);

        Assert.Null(toGroup1);
        Assert.Equal(TestPhotos.PngAsKept, toGroup2!.Bytes);
        Assert.Equal(TestPhotos.PngAsKept, toFacilitators!.Bytes);
        Assert.Null(hiddenToGroup2);
        Assert.Equal(TestPhotos.PngAsKept, hiddenToFacilitators!.Bytes);
    }

    [Fact]
    public async Task Reader_SomeoneInNoGroup_ReadsOnlyTheWholeRoom()
    {
        var (room, _) = await TwoGroupsAsync();
        var outsider = await app.CreatePersonAsync("Olly Outside");

        var reader = await ReaderAsync(room, outsider.Id, RoomRole.Participant);

        Assert.Equal(RoomReader.InGroup(null), reader);
        Assert.Equal(RoomReader.Facilitating, await ReaderAsync(room, room.Member.Id, RoomRole.Facilitator));
    }

    // The room's member in group 1, another member in group 2.
    private async Task<(OpenRoom Room, Participant Other)> TwoGroupsAsync()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.CreatePersonAsync("Gale Group-Two");
        await app.JoinAsync(room.Community, other);
        await app.AddBreakoutGroupAsync(room.Session, 1, room.Member, room.Member);
        await app.AddBreakoutGroupAsync(room.Session, 2, other, other);
        return (room, Participant.Member(other.Id));
    }

    // Said to everyone, in each group, then one hidden and one deleted.
    private async Task<(Guid Hidden, Guid Deleted)> SayAsync(OpenRoom room, Participant other)
    {
        await app.ContributeAsync(room, "To everyone");
        var prompt = await app.OpenPromptAsync(room, PromptKind.Reflection, "What stayed with you?", audience: PromptAudience.EachBreakoutGroup);
        await app.ContributeAsync(room, "In group 1", promptId: prompt.Id);
        await app.ContributeAsync(room, "In group 2", other, prompt.Id);
        var hidden = (await app.ContributeAsync(room, "Said unkindly")).Contribution!.Id;
        await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, hidden, "Unkind to someone not here", room.Facilitator.Id));
        var deleted = (await app.ContributeAsync(room, "Taken back")).Contribution!.Id;
        await app.UseAsync<Contributions, ContributionResult>(c => c.DeleteAsync(room.RoomId, deleted, room.Participant));
        return (hidden, deleted);
    }

    private async Task ReactAsync(OpenRoom room, Guid contribution, params ReactionKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            var reactor = Participant.Member(Guid.NewGuid());
            await app.UseAsync<Reactions, ReactionResult>(r => r.ToggleAsync(room.RoomId, contribution, reactor, kind));
        }
    }

    private Task<RoomReader> ReaderAsync(OpenRoom room, Guid personId, RoomRole role) =>
        app.UseAsync<LiveRooms, RoomReader>(async r => RoomReader.For(role, await r.BreakoutSeatAsync(room.Session.Id, personId)));

    private Task<ContributionPage> ReadAsync(OpenRoom room, RoomReader reader, long after = 0, int take = RoomRecord.PageSize) =>
        app.UseAsync<RoomRecord, ContributionPage>(r => r.ContributionsAsync(room.RoomId, reader, after, take));

    private Task<ContributionPhoto?> PhotoAsync(OpenRoom room, Guid contribution, RoomReader reader) =>
        app.UseAsync<RoomRecord, ContributionPhoto?>(r => r.PhotoAsync(room.RoomId, contribution, reader));
}
