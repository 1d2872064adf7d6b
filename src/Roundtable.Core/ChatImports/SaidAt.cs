using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.ChatImports;

// When an imported contribution was said, in words to show beside it: a chat gives the clock time
// ("said at 10:42"), a transcript how far into the recording ("at 00:12:31 in the recording").
// Null for what was said in the room, or when the tool wrote no time.
public static class SaidAt
{
    public static string? Words(Contribution contribution) => (contribution.Source, contribution.SaidAt) switch
    {
        (_, null or "") => null,
        (ContributionSource.Chat, { } time) => $"said at {time}",
        (ContributionSource.Transcript, { } time) => $"at {time} in the recording",
        _ => null,
    };
}
