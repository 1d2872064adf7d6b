using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;

namespace Roundtable.Core.Rooms;

// A room's short code, read aloud and typed on a phone: six characters from an alphabet without
// the ones people confuse (0 and O, 1, I and L), shown in two groups of three ("KXT 4PM") and
// accepted in any case, with or without spaces or a dash.
public static class RoomCode
{
    public const int Length = 6;

    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    // The code as stored, or null if what was typed cannot be a room code.
    public static string? Normalise(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var code = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    public static string Grouped(string code) => code.Length == Length ? $"{code[..3]} {code[3..]}" : code;

    // A code no room holds now. 31^6 (about 887 million) codes for the few rooms open at once, so
    // a clash is rare; the unique index stops the one that slips between the check and the save.
    internal static async Task<string> UnusedAsync(RoundtableDb db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = RandomNumberGenerator.GetString(Alphabet, Length);
            if (!await db.Rooms.AnyAsync(r => r.Code == code, cancellationToken))
            {
                return code;
            }
        }
    }
}
