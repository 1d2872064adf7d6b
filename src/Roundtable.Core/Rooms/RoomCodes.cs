using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

public enum CodeOutcome
{
    Found = 0,

    // Not six characters of the code's alphabet: no room was looked for, and nothing is counted.
    Unreadable = 1,

    // No open room has it (never issued, or its room has closed): a wrong code, counted.
    NoOpenRoom = 2,

    // This address has given too many wrong codes lately (RoomCodeGuesses).
    TooManyWrong = 3,
}

public sealed record CodeEntry(CodeOutcome Outcome, Room? Room)
{
    public const string Field = "Code";

    public Problem? Problem => Outcome switch
    {
        CodeOutcome.Unreadable => new(Field, "Enter the room code shown on the screen: 6 letters and numbers, like KXT 4PM"),
        CodeOutcome.NoOpenRoom => new(Field, "No open room has this code. Check it against the screen and try again"),
        CodeOutcome.TooManyWrong => new(Field, $"Too many wrong room codes have been entered on this network. Wait {(int)RoomCodeGuesses.Window.TotalMinutes} minutes, then try again"),
        _ => null,
    };
}

// Finding a room by the code on its screen, and whether guests may use it. Only a session's open
// room has a code (a preparation meeting's never does: it is for the lived-expert group alone),
// so a code says nothing about rooms that are closed or elsewhere. Wrong codes are counted per
// network address and logged when one address reaches the limit.
public sealed class RoomCodes(RoundtableDb db, RoomCodeGuesses guesses, ILogger<RoomCodes> logger)
{
    public async Task<CodeEntry> EnterAsync(string? typed, string address, CancellationToken cancellationToken = default)
    {
        if (RoomCode.Normalise(typed) is not { } code)
        {
            return new CodeEntry(CodeOutcome.Unreadable, null);
        }

        if (!guesses.MayTry(address))
        {
            return new CodeEntry(CodeOutcome.TooManyWrong, null);
        }

        var room = await db.Rooms.AsNoTracking().Include(r => r.Session)
            .SingleOrDefaultAsync(r => r.Code == code && r.State == RoomState.Open, cancellationToken);
        if (room is not null && RoomAccess.HasCode(room.Session))
        {
            return new CodeEntry(CodeOutcome.Found, room);
        }

        if (guesses.Wrong(address))
        {
            logger.LogWarning(
                "{Address} has entered {Limit} wrong room codes in {Minutes} minutes: refusing its codes until they are older",
                address, RoomCodeGuesses.Limit, (int)RoomCodeGuesses.Window.TotalMinutes);
        }

        return new CodeEntry(CodeOutcome.NoOpenRoom, null);
    }

    // The facilitator's choice, on the console; false for a room that never takes guests by code.
    public async Task<bool> LetGuestsInAsync(Guid roomId, bool guestsMayJoin, CancellationToken cancellationToken = default)
    {
        var room = await db.Rooms.Include(r => r.Session).SingleOrDefaultAsync(r => r.Id == roomId, cancellationToken);
        if (room is null || !RoomAccess.HasCode(room.Session) || !RoomAccess.TakesGuests(room.Session))
        {
            return false;
        }

        room.GuestsMayJoinByCode = guestsMayJoin;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
