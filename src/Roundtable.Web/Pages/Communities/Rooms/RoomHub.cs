using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Rooms;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Rooms;

// The SignalR groups a connection joins for its seat: everyone in the room; facilitators also
// their own (hidden contributions); facilitators and the projector every breakout group, anyone
// else only their own.
internal static class RoomSeatGroups
{
    public static IEnumerable<string> Groups(this RoomSeat seat)
    {
        var roomId = seat.Room.Id;
        yield return RoomGroups.Everyone(roomId);
        if (seat.Kind == RoomSeatKind.Facilitator)
        {
            yield return RoomGroups.Facilitators(roomId);
        }

        if (seat.Sight.AllGroups)
        {
            yield return RoomGroups.AllBreakouts(roomId);
        }
        else if (seat.Breakout.Group is { } group)
        {
            yield return RoomGroups.Breakout(roomId, group);
        }
    }
}

// The live room over SignalR (/hubs/room). Anyone may connect: who is let into which room is
// decided by Join through RoomSeats, as the room's pages decide it — members by their sign-in
// cookie, guests by the secret their browser keeps from the join link (only their own session's
// room), the projector by its link. Every change is stored by Core before it is broadcast with
// its sequence number (RoomBroadcast); a client that reconnects joins again with the last number
// it saw and receives exactly what it missed.
[AllowAnonymous]
public sealed class RoomHub(
    RoundtableDb db, LiveRooms rooms, RoomSeats seats, RoomEvents log, Charters charters, Prompts prompts,
    Contributions contributions, Moderation moderation, Reactions reactions) : Hub
{
    // Where a guest's browser keeps the secret it was given when it came in with the join link.
    public const string GuestCookie = "roundtable.room-guest";

    public const string CannotJoin = "You cannot join this room. Check the link, or sign in as a member of the community.";

    private const string SeatKey = "room-seat";

    public async Task<RoomJoined> Join(JoinRoom request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var seat = await SeatForAsync(request) ?? throw new HubException(CannotJoin);
        if (Context.Items.TryGetValue(SeatKey, out var previous) && previous is RoomSeat left)
        {
            foreach (var group in left.Groups())
            {
                await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
            }
        }

        // In the groups before reading the log: anything stored after the read is broadcast to
        // this connection. Something may arrive both ways; clients keep one of each sequence number.
        foreach (var group in seat.Groups())
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }

        Context.Items[SeatKey] = seat;
        var room = await rooms.FindAsync(seat.Room.Id) ?? throw new HubException(CannotJoin);
        var page = await PageAsync(seat, request.LastSeen);
        var principles = (await charters.CurrentAsync(seat.Session.CommunityId))?.Principles.OrderBy(p => p.Position)
            .Select(p => new PrincipleView(p.Name, p.Description)).ToList() ?? [];
        var open = (await prompts.InRoomAsync(seat.Room.Id)).Where(p => p.IsOpen).Select(Prompts.View).ToList();
        var mine = seat.Who is { } who ? await contributions.MineAsync(seat.Room.Id, who) : [];
        var hidden = seat.Kind == RoomSeatKind.Facilitator ? await moderation.HiddenAsync(seat.Room.Id) : null;
        return new RoomJoined(
            room.Id, room.SessionId, seat.Kind, room.State, await ItemAsync(room), principles, open, seat.Breakout.Group, seat.CanScribe,
            page.Events, page.Through, page.More, mine, hidden);
    }

    // The next page of what the client missed, after the Through of the last answer.
    public Task<RoomCatchUp> CatchUp(long after) => PageAsync(Seat(), after);

    public async Task<Contributed> Contribute(Contribute input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var seat = Seat();
        var who = seat.Who ?? throw new HubException("The projector only shows the room.");
        var result = await contributions.AddAsync(seat.Room.Id, who, new NewContribution(input.ClientId, input.PromptId, input.Text, input.Scale, input.GoodEnough, input.Anonymous));
        return Answer(result);
    }

    public async Task<Contributed> RecordSpoken(RecordSpoken input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var seat = Seat();
        if (!seat.CanScribe || seat.Who?.PersonId is not { } scribe)
        {
            throw new HubException("Only a facilitator or a breakout group's chair can record what people said aloud.");
        }

        // A chair records for their own group; a facilitator for the whole room.
        var group = seat.Kind == RoomSeatKind.Facilitator ? null : seat.Breakout.Group;
        var result = await contributions.RecordSpokenAsync(
                seat.Room.Id, scribe, new SpokenContribution(input.ClientId, input.PromptId, input.Text, input.SpeakerId, input.Scale, input.GoodEnough, group));
        return Answer(result);
    }

    public async Task DeleteMine(Guid contributionId)
    {
        var seat = Seat();
        var who = seat.Who ?? throw new HubException("The projector only shows the room.");
        var result = await contributions.DeleteAsync(seat.Room.Id, contributionId, who);
        if (result.Outcome == ContributionOutcome.NotFound)
        {
            throw new HubException("There is no contribution of yours to delete.");
        }
    }

    public async Task<ReactionCounts> React(Guid contributionId, ReactionKind kind)
    {
        var seat = Seat();
        var who = seat.Who ?? throw new HubException("The projector only shows the room.");
        var result = await reactions.ToggleAsync(seat.Room.Id, contributionId, who, kind, seat.Sight);
        return result.Outcome switch
        {
            ReactionOutcome.SlowDown => throw new HubException(
                $"You have reacted {ReactionRateLimit.Limit} times in {ReactionRateLimit.Window.TotalSeconds:0} seconds. Wait a moment, then react again."),
            ReactionOutcome.RoomNotOpen => throw new HubException(RoomNotOpen),
            ReactionOutcome.NotFound => throw new HubException("That contribution is no longer in the room."),
            _ => result.Counts!,
        };
    }

    public async Task OpenRoom()
    {
        var seat = await FacilitatorAsync();
        var result = await rooms.OpenAsync(seat.Room.Id);
        if (result.Outcome is RoomOutcome.NotOpen or RoomOutcome.NotFound)
        {
            throw new HubException("This session was cancelled, so its room cannot open.");
        }
    }

    public async Task CloseRoom()
    {
        var seat = await FacilitatorAsync();
        await rooms.CloseAsync(seat.Room.Id);
    }

    // Null: between items.
    public async Task MoveToItem(Guid? itemId)
    {
        var seat = await FacilitatorAsync();
        var result = await rooms.MoveToItemAsync(seat.Room.Id, itemId);
        switch (result.Outcome)
        {
            case RoomOutcome.NotOpen:
                throw new HubException(RoomNotOpen);
            case RoomOutcome.NotFound:
                throw new HubException("That item is not in this session's running order.");
        }
    }

    public async Task<PromptView> OpenPrompt(OpenPrompt input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var seat = await FacilitatorAsync();
        var result = await prompts.OpenAsync(seat.Room.Id, input.Kind, input.Text, input.Audience, input.AsksGoodEnough, seat.Who!.Value.PersonId!.Value);
        return result.Error is { } error ? throw new HubException(error)
            : result.Outcome == RoomOutcome.NotOpen ? throw new HubException(RoomNotOpen)
            : result.Prompt ?? throw new HubException(CannotJoin);
    }

    public async Task ClosePrompt(Guid promptId)
    {
        var seat = await FacilitatorAsync();
        var result = await prompts.CloseAsync(seat.Room.Id, promptId);
        if (result.Outcome == RoomOutcome.NotFound)
        {
            throw new HubException("That question is not in this room.");
        }
    }

    public async Task Pin(Guid contributionId, bool pinned = true)
    {
        var seat = await FacilitatorAsync();
        Moderated(await moderation.PinAsync(seat.Room.Id, contributionId, pinned, seat.Who!.Value.PersonId!.Value));
    }

    public async Task Hide(Guid contributionId, string? reason)
    {
        var seat = await FacilitatorAsync();
        Moderated(await moderation.HideAsync(seat.Room.Id, contributionId, reason, seat.Who!.Value.PersonId!.Value));
    }

    public async Task Show(Guid contributionId)
    {
        var seat = await FacilitatorAsync();
        Moderated(await moderation.ShowAsync(seat.Room.Id, contributionId, seat.Who!.Value.PersonId!.Value));
    }

    // Facilitators only: what is hidden, what it said and why.
    public async Task<IReadOnlyList<HiddenContribution>> Hidden()
    {
        var seat = await FacilitatorAsync();
        return await moderation.HiddenAsync(seat.Room.Id);
    }

    private const string RoomNotOpen = "The room is not open. You can read it, but not add to it.";

    private static Contributed Answer(ContributionResult result) => result.Outcome switch
    {
        ContributionOutcome.Invalid => throw new HubException(string.Join(" ", result.Errors.Values)),
        ContributionOutcome.RoomNotOpen => throw new HubException(RoomNotOpen),
        ContributionOutcome.PromptClosed => throw new HubException("That question has closed, so your answer was not saved."),
        ContributionOutcome.NotFound => throw new HubException("That question is not in this room."),
        ContributionOutcome.KeptAsGeneral => new Contributed(
            result.Outcome, result.Contribution, "The question closed while you were writing. What you wrote is kept, as a general contribution."),
        _ => new Contributed(result.Outcome, result.Contribution, null),
    };

    private static ModerationResult Moderated(ModerationResult result) =>
        result.Error is { } error ? throw new HubException(error)
        : result.Outcome == RoomOutcome.NotFound ? throw new HubException("That contribution is no longer in the room.")
        : result;

    private RoomSeat Seat() =>
        Context.Items.TryGetValue(SeatKey, out var seat) && seat is RoomSeat joined ? joined : throw new HubException("Join a room first.");

    // A facilitator, still: their seat is decided again for every change they make, so someone
    // who stops facilitating mid-session stops being able to.
    private async Task<RoomSeat> FacilitatorAsync()
    {
        var seat = Seat();
        if (seat.Kind != RoomSeatKind.Facilitator ||
            Context.User?.PersonId() is not { } personId ||
            await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == seat.Room.SessionId) is not { } session ||
            (await seats.ForPersonAsync(session, personId, Context.User.IsInRole(SiteRoles.Admin)))?.Kind != RoomSeatKind.Facilitator)
        {
            throw new HubException("Only a facilitator can do that.");
        }

        return seat;
    }

    private async Task<RoomSeat?> SeatForAsync(JoinRoom request)
    {
        var session = await SessionAsync(request);
        if (request.ProjectorToken is { } projectorToken)
        {
            return await seats.ForProjectorAsync(projectorToken, session?.Id);
        }

        if (session is not null && Context.User?.PersonId() is { } personId &&
            await seats.ForPersonAsync(session, personId, Context.User.IsInRole(SiteRoles.Admin)) is { } member)
        {
            return member;
        }

        // A guest's room is found by their secret, unless the request names another session.
        var guestToken = request.GuestToken ?? Context.GetHttpContext()?.Request.Cookies[GuestCookie];
        return guestToken is not null && (session is not null || NamesNoSession(request))
            ? await seats.ForGuestAsync(guestToken, session?.Id)
            : null;
    }

    private static bool NamesNoSession(JoinRoom request) => request.SessionId is null && request.Community is null;

    private Task<Session?> SessionAsync(JoinRoom request)
    {
        if (request.SessionId is { } id)
        {
            return db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        }

        if (request is { Community: { } slug, Number: { } number })
        {
            var kind = request.Kind ?? SessionKind.Session;
            return db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Community.Slug == slug && s.Kind == kind && s.Number == number);
        }

        return Task.FromResult<Session?>(null);
    }

    private async Task<RoomCatchUp> PageAsync(RoomSeat seat, long after)
    {
        var page = await log.AfterAsync(seat.Room.Id, Math.Max(0, after));
        return new RoomCatchUp(
            page.Events.Select(RoomMessage.Of).Where(m => seat.Sight.Sees(m.BreakoutGroup)).ToList(),
            page.Last ?? Math.Max(0, after),
            page.More);
    }

    private async Task<ItemView> ItemAsync(Room room)
    {
        var item = room.CurrentItemId is { } id ? await db.RunningOrderItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id) : null;
        return new ItemView(item?.Id, item?.Title, item?.Minutes, item is null ? null : room.CurrentItemStartedAt);
    }
}
