using System.Text;
using System.Text.RegularExpressions;

namespace Roundtable.Core.ChatImports;

// The chat of an online meeting as a person gets it: copied from Microsoft Teams ("[14:05] Alex
// Morgan" or "Alex Morgan 14:05" / "Alex Morgan, 14:05" above the message), saved by Zoom
// ("14:05:12 From Alex Morgan to Everyone:" above tab-indented lines, or the older one-line
// "14:05:12	 From  Alex Morgan : message") or copied from Google Meet (the name, then the time,
// each on its own line). The layout is told by the first line that is not the tool's own; a chat
// in no layout we know is refused with its first lines, and nothing is read from it. Messages
// sent privately (Zoom's "to Sam Lee (Direct Message)") are not the room's: they are counted and
// left out.
public static partial class MeetingChat
{
    private enum Layout
    {
        TeamsBrackets,
        TeamsNameTime,
        ZoomSaved,
        ZoomOneLine,
        GoogleMeet,
    }

    private static readonly Dictionary<Layout, string> LayoutNames = new()
    {
        [Layout.TeamsBrackets] = "a Microsoft Teams chat",
        [Layout.TeamsNameTime] = "a Microsoft Teams chat",
        [Layout.ZoomSaved] = "a Zoom chat",
        [Layout.ZoomOneLine] = "a Zoom chat",
        [Layout.GoogleMeet] = "a Google Meet chat",
    };

    private sealed record Header(string Sender, string? Time, string FirstText, bool Private, bool TakesNextLine = false);

    public static ChatReading Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ChatReading.Refused("The chat is empty. Paste the chat you copied from the meeting, or choose the file you saved.");
        }

        if (ChatReading.TooLong(text) is { } tooLong)
        {
            return tooLong;
        }

        var lines = ChatReading.Lines(text);
        var first = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l) && !ChatReading.IsSystemLine(l));
        Layout? layout = first < 0 ? null
            : Enum.GetValues<Layout>().Cast<Layout?>().FirstOrDefault(l => HeaderAt(l!.Value, lines, first) is not null);
        if (layout is not { } found)
        {
            return ChatReading.Refused(
                "We could not read this chat. It is not in a layout we know (Microsoft Teams, Zoom or Google Meet). Nothing was imported. These are its first lines:",
                ChatReading.First(lines));
        }

        return ReadAs(found, lines);
    }

    private static ChatReading ReadAs(Layout layout, string[] lines)
    {
        var messages = new List<ChatMessage>();
        var system = 0;
        var privately = 0;
        Header? current = null;
        var currentLine = 0;
        var body = new StringBuilder();

        void Finish()
        {
            if (current is null)
            {
                return;
            }

            var words = Tidy(body.ToString());
            if (current.Private)
            {
                privately++;
            }
            else if (words.Length > 0 && ChatReading.IsSystemLine(words))
            {
                system++;
            }
            else if (words.Length > 0)
            {
                var (name, email) = ChatReading.Sender(current.Sender);
                messages.Add(new ChatMessage(currentLine, name, email, current.Time, words, ChatReading.LinksIn(words)));
            }

            current = null;
            body.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (HeaderAt(layout, lines, i) is { } header)
            {
                Finish();
                if (ChatReading.IsSystemLine(header.Sender) || ChatReading.IsSystemLine(header.FirstText))
                {
                    // "[14:06] Dana Okafor joined the meeting": the tool's line, dated.
                    system++;
                    continue;
                }

                if (messages.Count >= ChatReading.MaxMessages)
                {
                    return ChatReading.Refused($"This chat has more than {ChatReading.MaxMessages:N0} messages, the most we import at once. Import it in parts. Nothing was imported.");
                }

                current = header;
                currentLine = i + 1;
                body.Append(header.FirstText).Append('\n');
                if (header.TakesNextLine)
                {
                    i++;
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(line) && current is null)
            {
                continue;
            }

            if (ChatReading.IsSystemLine(line))
            {
                // Between someone's lines too: it is dropped, and their message goes on.
                system++;
                continue;
            }

            if (current is null)
            {
                // Words before any sender: not a layout we can trust after all.
                return ChatReading.Refused(
                    $"We could not read this chat: line {i + 1} is not under anyone's name. Nothing was imported. These are its first lines:",
                    ChatReading.First(lines));
            }

            if (!IsToolNoise(line))
            {
                body.Append(layout is Layout.ZoomSaved ? line.TrimStart('\t') : line).Append('\n');
            }
        }

        Finish();
        return new ChatReading(null, [], LayoutNames[layout], messages, system, privately);
    }

    // A sender's header at line i in this layout, or null.
    private static Header? HeaderAt(Layout layout, string[] lines, int i)
    {
        var line = lines[i].Trim();
        switch (layout)
        {
            case Layout.TeamsBrackets when TeamsBrackets().Match(line) is { Success: true } m:
                return new Header(Edited(m.Groups["who"].Value), m.Groups["time"].Value, "", false);
            case Layout.TeamsNameTime when TeamsNameTime().Match(line) is { Success: true } m && ChatReading.IsName(Edited(m.Groups["who"].Value)):
                return new Header(Edited(m.Groups["who"].Value), m.Groups["time"].Value, "", false);
            case Layout.ZoomSaved when ZoomSaved().Match(line) is { Success: true } m:
                return new Header(m.Groups["who"].Value, m.Groups["time"].Value, "", !IsEveryone(m.Groups["to"].Value));
            case Layout.ZoomOneLine when ZoomOneLine().Match(line) is { Success: true } m:
                return new Header(m.Groups["who"].Value, m.Groups["time"].Value, m.Groups["text"].Value,
                    m.Groups["to"].Success && !IsEveryone(m.Groups["to"].Value));
            case Layout.GoogleMeet when i + 1 < lines.Length && TimeAlone().Match(lines[i + 1].Trim()) is { Success: true } t
                                        && line.Length is > 0 and <= 100 && ChatReading.IsName(line) && !TimeAlone().IsMatch(line):
                return new Header(line, t.Groups["time"].Value, "", false, TakesNextLine: true);
            default:
                return null;
        }
    }

    private static bool IsEveryone(string to) =>
        to.Trim().Equals("Everyone", StringComparison.OrdinalIgnoreCase) || to.Trim().StartsWith("Everyone ", StringComparison.OrdinalIgnoreCase);

    // Teams marks a changed message "(edited)" or "Edited"; the words are what was meant.
    private static string Edited(string text) => EditedMark().Replace(text, "").Trim();

    // Lines Teams copies around a message that nobody wrote: "Edited", "2 Like reactions.".
    private static bool IsToolNoise(string line) => ToolNoise().IsMatch(line.Trim());

    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(l => Edited(l).TrimEnd()).ToList();
        return string.Join('\n', lines).Trim();
    }

    private const string Time = @"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?";

    [GeneratedRegex(@"^\[(?:[^\]]*?\s)?(?<time>" + Time + @")\]\s+(?<who>\S.*)$")]
    private static partial Regex TeamsBrackets();

    [GeneratedRegex(@"^(?<who>\S.{0,100}?),?\s+(?:(?:Yesterday|Today|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\w*\s+)?(?<time>" + Time + @")(?:\s*\(?edited\)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TeamsNameTime();

    [GeneratedRegex(@"^(?<time>\d{1,2}:\d{2}:\d{2})\s+From\s+(?<who>.+?)\s+to\s+(?<to>.+?):\s*$")]
    private static partial Regex ZoomSaved();

    [GeneratedRegex(@"^(?<time>\d{1,2}:\d{2}:\d{2})\s+From\s+(?<who>.+?)(?:\s+to\s+(?<to>.+?))?\s*:\s(?<text>.*)$")]
    private static partial Regex ZoomOneLine();

    [GeneratedRegex(@"^(?<time>" + Time + @")$")]
    private static partial Regex TimeAlone();

    [GeneratedRegex(@"\s*\((?:edited)\)\s*$|^\s*Edited\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EditedMark();

    [GeneratedRegex(@"^(?:\d+\s+\w+\s+reactions?\.?|has context menu)$", RegexOptions.IgnoreCase)]
    private static partial Regex ToolNoise();
}
