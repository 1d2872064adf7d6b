using System.Text;
using System.Text.RegularExpressions;
using Roundtable.Core.Csv;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.ChatImports;

// One message of a meeting's chat, or one speaker's turn in a transcript, as the tool wrote it.
// Time is as written ("14:05", "00:01:02"): meeting tools give no date or zone worth trusting.
public sealed record ChatMessage(int Line, string Sender, string? Email, string? Time, string Text, IReadOnlyList<string> Links);

// What a pasted chat or an uploaded transcript was read as: its messages, or why it could not be
// read (Problem) with its first lines (FirstLines) so the person sees what we saw. Reading
// changes nothing: ChatImports previews and imports.
public sealed partial record ChatReading(
    string? Problem,
    IReadOnlyList<string> FirstLines,
    string Layout,
    IReadOnlyList<ChatMessage> Messages,
    int SystemLines,
    int PrivateMessages)
{
    // A two-hour meeting's busy chat is a few tens of KB; a transcript a few hundred.
    public const int MaxBytes = 500_000;
    public const int MaxMessages = 5000;
    public const int FirstLinesShown = 5;

    public bool CanImport => Problem is null;

    // Every link in the messages, once each, in the order first written.
    public IReadOnlyList<string> Links => Messages.SelectMany(m => m.Links).Distinct(StringComparer.Ordinal).ToList();

    // A transcript says so on its first line; anything else is read as a chat.
    public static ContributionSource SourceOf(string? text) =>
        text is not null && text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("WEBVTT", StringComparison.Ordinal)
            ? ContributionSource.Transcript
            : ContributionSource.Chat;

    public static ChatReading Refused(string problem, IReadOnlyList<string>? firstLines = null) =>
        new(problem, firstLines ?? [], "", [], 0, 0);

    // Too long is refused before anything is read into messages.
    public static ChatReading? TooLong(string text) =>
        Encoding.UTF8.GetByteCount(text) > MaxBytes
            ? Refused($"This is too long to import: the most we read is {MaxBytes / 1000} KB (about {MaxMessages:N0} messages). Import the chat in parts.")
            : null;

    // Reads an upload no further than one byte past the limit, so a huge file is refused unread.
    public static async Task<string?> ReadTextAsync(Stream content, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxBytes ? null : CsvText.Decode(buffer.AsSpan(0, length));
    }

    public static string[] Lines(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    public static IReadOnlyList<string> First(string[] lines) =>
        lines.Where(l => !string.IsNullOrWhiteSpace(l)).Take(FirstLinesShown).Select(l => l.Length > 200 ? l[..200] + "…" : l.TrimEnd()).ToList();

    public static IReadOnlyList<string> LinksIn(string text) =>
        LinkPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ';', ':', '!', '?'))
            .Select(l => l.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + l : l)
            .Distinct(StringComparer.Ordinal).ToList();

    // "Alex Morgan <alex@example.org>", "Alex Morgan (alex@example.org)", or an address alone.
    public static (string Name, string? Email) Sender(string written)
    {
        var name = Spaces().Replace(written, " ").Trim();
        if (EmailPattern().Match(name) is not { Success: true } email)
        {
            return (name, null);
        }

        var rest = name.Remove(email.Index, email.Length).Replace("<>", "").Replace("()", "").Trim().TrimEnd(',').Trim();
        return (rest.Length == 0 ? email.Value : rest, email.Value);
    }

    // Meeting tools' own lines, not anyone's words: dropped and counted.
    public static bool IsSystemLine(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 200)
        {
            return false;
        }

        if (SystemPattern().IsMatch(text))
        {
            return true;
        }

        // "Alex Morgan joined the meeting", "Sam has left": someone's name, not "We left".
        return Comings().Match(text) is { Success: true } coming && IsName(coming.Groups["who"].Value);
    }

    // Words that each begin as a name does (not lower case; scripts without case count), and
    // not a pronoun: how a sender's header and a "joined" line are told from someone's words.
    public static bool IsName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 8 && words.All(w => !char.IsLower(w[0])) &&
            !(words.Length == 1 && Pronouns.Contains(words[0]));
    }

    private static readonly HashSet<string> Pronouns = new(["I", "We", "You", "They", "He", "She", "It", "Everyone", "Somebody", "Someone"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""')\]]+", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(
        @"^(?:(?:recording|transcription|live captions?|captions|the meeting|meeting|call)\s+(?:has\s+|was\s+)?(?:started|stopped|ended|paused|resumed)\.?" +
        @"|(?:[^\s].{0,80}?\s)?(?:started|stopped|paused)\s+(?:the\s+)?(?:recording|transcription|live captions|captions)\.?" +
        @"|[^\s].{0,80}?\s(?:has\s+been|was)\s+(?:added|removed|admitted)\s+(?:to|from|into)\s+the\s+(?:meeting|chat|call)\.?" +
        @"|meeting ended:.*|this meeting is being recorded.*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex SystemPattern();

    [GeneratedRegex(@"^(?<who>[^\s].{0,80}?)\s(?:has\s+)?(?:joined|left)(?:\s+the\s+(?:meeting|call|chat|conversation|lobby))?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Comings();
}
