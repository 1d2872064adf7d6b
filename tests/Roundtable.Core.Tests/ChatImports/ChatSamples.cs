namespace Roundtable.Core.Tests.ChatImports;

// Chats and transcripts as meeting tools give them, with invented people and places.
public static class ChatSamples
{
    public const string TeamsBrackets =
        "[14:02] Priya Shah\r\n" +
        "Hello everyone, lovely to see you all 👋\r\n" +
        "\r\n" +
        "Recording has started\r\n" +
        "[14:05] Tom Reid, Peer Support Worker\r\n" +
        "The reflection tool is here: https://example.org/peer-tool.\r\n" +
        "I used it with my team last week\r\n" +
        "and it went well (edited)\r\n" +
        "[14:06] Dana Okafor joined the meeting\r\n" +
        "[14:07]   Dana Okafor  \r\n" +
        "🙂🙂\r\n" +
        "Dana Okafor left the meeting\r\n" +
        "[14:09] Sam Lee (Guest)\r\n" +
        "¿Alguien tiene las diapositivas? スライドをお願いします\r\n";

    public const string TeamsNameTime =
        "Priya Shah 14:02\n" +
        "Hello everyone\n" +
        "See you at 15:30\n" +
        "\n" +
        "Tom Reid, 14:05\n" +
        "Edited\n" +
        "Slides: www.example.org/slides\n" +
        "2 Like reactions.\n" +
        "Transcription started\n";

    public const string ZoomSaved =
        "14:05:12 From Priya Shah to Everyone:\n" +
        "\tGood afternoon all\n" +
        "\tsecond line here\n" +
        "14:06:40 From Tom Reid to Priya Shah (Direct Message):\n" +
        "\tthis one is private\n" +
        "14:07:03 From tom.reid@example.org to Everyone:\n" +
        "\thttps://example.org/event?id=7, see you there\n";

    public const string ZoomOneLine =
        "14:05:12\t From  Priya Shah : Good afternoon all\n" +
        "14:06:01\t From  Tom Reid  to  Everyone : Thanks Priya!\n";

    public const string GoogleMeet =
        "Priya Shah\n" +
        "14:05\n" +
        "Good afternoon\n" +
        "Tom Reid\n" +
        "14:06\n" +
        "Hello\n" +
        "more from Tom\n";

    public const string WebVtt =
        "WEBVTT\n" +
        "\n" +
        "NOTE\n" +
        "Made by the meeting tool\n" +
        "\n" +
        "STYLE\n" +
        "::cue { color: yellow }\n" +
        "\n" +
        "1\n" +
        "00:00:01.000 --> 00:00:04.000\n" +
        "<v Priya Shah>Welcome back, everyone.</v>\n" +
        "\n" +
        "2\n" +
        "00:00:04.500 --> 00:00:08.000\n" +
        "<v Priya Shah>Today we start with\n" +
        "what has gone well.\n" +
        "\n" +
        "a1b2-3\n" +
        "00:00:09.000 --> 00:00:12.000\n" +
        "<v.loud Tom Reid>It&apos;s gone <i>really</i> well &amp; quickly.</v>\n" +
        "\n" +
        "00:00:12.500 --> 00:00:14.000\n" +
        "<v Priya Shah>Thank you, Tom.</v>\n" +
        "\n" +
        "00:00:14.500 --> 00:00:16.000\n" +
        "Recording stopped\n";
}
