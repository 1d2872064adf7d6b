using Roundtable.Core.ChatImports;

namespace Roundtable.Core.Tests.ChatImports;

public class MeetingChatTests
{
    [Fact]
    public void Read_TeamsCopiedChat_KeepsMultiLineMessagesAndDropsSystemLines()
    {
        var chat = MeetingChat.Read(ChatSamples.TeamsBrackets);

        Assert.Null(chat.Problem);
        Assert.Equal("a Microsoft Teams chat", chat.Layout);
        Assert.Equal(["Priya Shah", "Tom Reid, Peer Support Worker", "Dana Okafor", "Sam Lee (Guest)"], chat.Messages.Select(m => m.Sender));
        Assert.Equal("The reflection tool is here: https://example.org/peer-tool.\nI used it with my team last week\nand it went well", chat.Messages[1].Text);
        Assert.Equal("14:05", chat.Messages[1].Time);
        Assert.Equal(3, chat.SystemLines);
    }

    [Fact]
    public void Read_LinksInMessages_AreListedWithoutTrailingPunctuation()
    {
        var chat = MeetingChat.Read(ChatSamples.TeamsBrackets);

        Assert.Equal(["https://example.org/peer-tool"], chat.Links);
    }

    [Fact]
    public void Read_EmojiOnlyAndNonEnglishMessages_AreKept()
    {
        var chat = MeetingChat.Read(ChatSamples.TeamsBrackets);

        Assert.Equal("🙂🙂", chat.Messages[2].Text);
        Assert.Equal("¿Alguien tiene las diapositivas? スライドをお願いします", chat.Messages[3].Text);
    }

    [Fact]
    public void Read_TeamsNameThenTime_ReadsSendersAndKeepsTimesInsideMessages()
    {
        var chat = MeetingChat.Read(ChatSamples.TeamsNameTime);

        Assert.Null(chat.Problem);
        Assert.Equal(["Priya Shah", "Tom Reid"], chat.Messages.Select(m => m.Sender));
        Assert.Equal("Hello everyone\nSee you at 15:30", chat.Messages[0].Text);
        Assert.Equal("Slides: www.example.org/slides", chat.Messages[1].Text);
        Assert.Equal(["https://www.example.org/slides"], chat.Links);
        Assert.Equal(1, chat.SystemLines);
    }

    [Fact]
    public void Read_ZoomSavedChat_LeavesOutDirectMessagesAndReadsEmailSenders()
    {
        var chat = MeetingChat.Read(ChatSamples.ZoomSaved);

        Assert.Equal("a Zoom chat", chat.Layout);
        Assert.Equal(2, chat.Messages.Count);
        Assert.Equal("Good afternoon all\nsecond line here", chat.Messages[0].Text);
        Assert.Equal("tom.reid@example.org", chat.Messages[1].Email);
        Assert.Equal(["https://example.org/event?id=7"], chat.Links);
        Assert.Equal(1, chat.PrivateMessages);
    }

    [Fact]
    public void Read_ZoomOneLineChat_ReadsEachLine()
    {
        var chat = MeetingChat.Read(ChatSamples.ZoomOneLine);

        Assert.Equal(["Priya Shah", "Tom Reid"], chat.Messages.Select(m => m.Sender));
        Assert.Equal("Thanks Priya!", chat.Messages[1].Text);
    }

    [Fact]
    public void Read_GoogleMeetChat_ReadsNameTimeAndText()
    {
        var chat = MeetingChat.Read(ChatSamples.GoogleMeet);

        Assert.Equal("a Google Meet chat", chat.Layout);
        Assert.Equal(["Priya Shah", "Tom Reid"], chat.Messages.Select(m => m.Sender));
        Assert.Equal("Hello\nmore from Tom", chat.Messages[1].Text);
    }

    [Fact]
    public void Read_UnknownLayout_IsRefusedWithItsFirstLines()
    {
        var chat = MeetingChat.Read("Minutes of the meeting\nWe talked about peer support\nActions: none\n");

        Assert.StartsWith("We could not read this chat", chat.Problem);
        Assert.Equal(["Minutes of the meeting", "We talked about peer support", "Actions: none"], chat.FirstLines);
        Assert.Empty(chat.Messages);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n ")]
    [InlineData(null)]
    public void Read_Empty_IsRefused(string? text)
    {
        var chat = MeetingChat.Read(text);

        Assert.StartsWith("The chat is empty", chat.Problem);
    }

    [Fact]
    public void Read_LargerThanTheLimit_IsRefusedUnread()
    {
        var huge = "[14:02] Priya Shah\n" + new string('a', ChatReading.MaxBytes);

        var chat = MeetingChat.Read(huge);

        Assert.StartsWith("This is too long to import: the most we read is 500 KB", chat.Problem);
    }

    [Fact]
    public void Read_MoreMessagesThanTheLimit_IsRefused()
    {
        var many = string.Concat(Enumerable.Range(0, ChatReading.MaxMessages + 1).Select(_ => "14:05:12\t From  Priya Shah : hi\n"));

        var chat = MeetingChat.Read(many);

        Assert.Contains("more than 5,000 messages", chat.Problem);
    }

    [Theory]
    [InlineData("Alex Morgan joined the meeting", true)]
    [InlineData("Alex Morgan has left", true)]
    [InlineData("Recording started", true)]
    [InlineData("Transcription has stopped.", true)]
    [InlineData("Sam Lee started transcription", true)]
    [InlineData("We left", false)]
    [InlineData("I left the meeting early, sorry", false)]
    [InlineData("so glad you joined", false)]
    public void IsSystemLine_ToolLinesButNotPeoplesWords(string line, bool system)
    {
        Assert.Equal(system, ChatReading.IsSystemLine(line));
    }
}
