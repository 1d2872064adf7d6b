using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Roundtable.Core.ChatImports;

// A meeting's transcript as WebVTT (Teams, Zoom and Meet all give one): after the "WEBVTT" line,
// blocks apart by blank lines; NOTE, STYLE and REGION blocks are not speech; a cue has an optional
// id, its timing ("00:01:02.000 --> 00:01:05.000") and its text over one line or more, with the
// speaker as a voice tag ("<v Alex Morgan>text</v>", the closing tag optional) or, as Zoom writes
// it, before a colon ("Alex Morgan: text"). A speaker's consecutive cues are one contribution:
// captions cut speech every few seconds, and a person's turn is what they said.
public static partial class Transcript
{
    public const string Layout = "a WebVTT transcript";

    // Who said a cue nobody is named in: kept, and imported anonymously.
    public const string NoSpeaker = "";

    public static ChatReading Read(string? vtt)
    {
        if (string.IsNullOrWhiteSpace(vtt))
        {
            return ChatReading.Refused("The transcript is empty. Choose the .vtt file the meeting gave you.");
        }

        if (ChatReading.TooLong(vtt) is { } tooLong)
        {
            return tooLong;
        }

        var lines = ChatReading.Lines(vtt.TrimStart());
        if (!lines[0].StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            return ChatReading.Refused(
                "We could not read this transcript: a WebVTT transcript begins with the line ‘WEBVTT’. Nothing was imported. These are its first lines:",
                ChatReading.First(lines));
        }

        var turns = new List<(int Line, string Speaker, string Time, StringBuilder Text)>();
        var system = 0;
        var i = 1;
        while (i < lines.Length)
        {
            // One block: from here to the next blank line.
            while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
            }

            var start = i;
            while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
            }

            if (start >= lines.Length)
            {
                break;
            }

            var block = lines[start..i];
            if (NotSpeech().IsMatch(block[0]))
            {
                continue;
            }

            var timing = Array.FindIndex(block, l => l.Contains("-->", StringComparison.Ordinal));
            if (timing < 0 || timing > 1 || Timing().Match(block[timing]) is not { Success: true } time)
            {
                return ChatReading.Refused(
                    $"We could not read this transcript: line {start + 1} should be a cue's timing, such as ‘00:01:02.000 --> 00:01:05.000’. Nothing was imported.",
                    ChatReading.First(lines));
            }

            var when = time.Groups["start"].Value.Split('.')[0];
            var payload = string.Join('\n', block[(timing + 1)..]);
            foreach (var (speaker, words) in Voices(payload))
            {
                if (words.Length == 0)
                {
                    continue;
                }

                if (ChatReading.IsSystemLine(words))
                {
                    system++;
                    continue;
                }

                if (turns.Count > 0 && turns[^1].Speaker == speaker)
                {
                    turns[^1].Text.Append(' ').Append(words);
                    continue;
                }

                if (turns.Count >= ChatReading.MaxMessages)
                {
                    return ChatReading.Refused($"This transcript has more than {ChatReading.MaxMessages:N0} turns, the most we import at once. Import it in parts. Nothing was imported.");
                }

                turns.Add((start + timing + 2, speaker, when, new StringBuilder(words)));
            }
        }

        var messages = turns.Select(t =>
        {
            var (name, email) = t.Speaker.Length == 0 ? (NoSpeaker, null) : ChatReading.Sender(t.Speaker);
            var text = t.Text.ToString();
            return new ChatMessage(t.Line, name, email, t.Time, text, ChatReading.LinksIn(text));
        }).ToList();
        return new ChatReading(null, [], Layout, messages, system, 0);
    }

    // The cue's text by speaker: each voice tag starts one, and text before any is Zoom's
    // "Name: words" or nobody's.
    private static IEnumerable<(string Speaker, string Words)> Voices(string payload)
    {
        var tags = VoiceTag().Matches(payload);
        if (tags.Count == 0)
        {
            var words = Plain(payload);
            if (ZoomSpeaker().Match(words) is { Success: true } zoom && ChatReading.IsName(zoom.Groups["who"].Value))
            {
                yield return (zoom.Groups["who"].Value.Trim(), zoom.Groups["text"].Value.Trim());
                yield break;
            }

            yield return (NoSpeaker, words);
            yield break;
        }

        if (tags[0].Index > 0 && Plain(payload[..tags[0].Index]) is { Length: > 0 } before)
        {
            yield return (NoSpeaker, before);
        }

        for (var t = 0; t < tags.Count; t++)
        {
            var end = t + 1 < tags.Count ? tags[t + 1].Index : payload.Length;
            var from = tags[t].Index + tags[t].Length;
            yield return (WebUtility.HtmlDecode(tags[t].Groups["who"].Value).Trim(), Plain(payload[from..end]));
        }
    }

    // Words without markup (</v>, <i>, <c.yellow>, timestamps), entities decoded, lines joined.
    private static string Plain(string text) =>
        Spaces().Replace(WebUtility.HtmlDecode(AnyTag().Replace(text, " ")), " ").Trim();

    [GeneratedRegex(@"^(?:NOTE|STYLE|REGION)(?:\s|$)")]
    private static partial Regex NotSpeech();

    [GeneratedRegex(@"^\s*(?<start>(?:\d+:)?\d{1,2}:\d{2}(?:\.\d{1,3})?)\s+-->\s+(?:\d+:)?\d{1,2}:\d{2}(?:\.\d{1,3})?")]
    private static partial Regex Timing();

    [GeneratedRegex(@"<v(?:\.[^\s>]+)*\s+(?<who>[^>]*)>")]
    private static partial Regex VoiceTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<who>[^:]{1,60}):\s+(?<text>.+)$")]
    private static partial Regex ZoomSpeaker();
}
