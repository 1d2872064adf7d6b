namespace Roundtable.Core.DemoData;

// What was said at the demo's last three sessions, and the themes a co-lead found in it, so the
// last session's page shows "1 deepening, 1 new" and Find themes has something left to offer.
// Invented words.
public static class DemoThemes
{
    public const string Community = "brackenmouth-ld-autism";

    // SessionsAgo: 0 the last session held, 1 the one before, 2 the one before that.
    public sealed record Said(int SessionsAgo, string Text, bool Anonymous = false);

    // Quote: which of its contributions is chosen to share (an index into Said), if any.
    public sealed record Theme(string Title, string Gist, IReadOnlyList<Said> Said, int? Quote = null);

    public static readonly IReadOnlyList<Theme> Found =
    [
        new("Adjustments on the ward", "Reasonable adjustments promised at admission that never reach the ward", [
            new(2, "The hospital passport was filled in but nobody on the ward had read it"),
            new(2, "Quiet space was agreed at the pre-admission visit and then the bay was full"),
        ]),
        new("Waiting for a diagnosis", "Long waits for an autism assessment leave families without help in the meantime", [
            new(1, "We waited nearly three years for an autism assessment and got no support while waiting"),
            new(1, "The waiting list for assessment is the first thing every parent mentions", Anonymous: true),
            new(0, "Still on the waiting list for an assessment, and school says they cannot help until there is a diagnosis"),
        ], Quote: 0),
        new("Help from other parents", "Other parents were the most useful support, more than any service", [
            new(0, "The parents group helped more than any service, because they had been through it"),
            new(0, "Other parents told us which forms to fill in and what to say at the meeting"),
        ], Quote: 0),
    ];

    // Said at the last session but in no theme yet: two alike, one on its own.
    public static readonly IReadOnlyList<string> NotYetInATheme =
    [
        "Letters from the clinic should come in easy read as well",
        "Appointment letters in easy read would mean I could go on my own",
        "The car park at the hospital is too expensive for a long appointment",
    ];
}
