using Roundtable.Core.ChatImports;

namespace Roundtable.Core.Tests.ChatImports;

public class TranscriptTests
{
    [Fact]
    public void Read_WebVtt_JoinsASpeakersConsecutiveCuesAndCuesOverTwoLines()
    {
        var transcript = Transcript.Read(ChatSamples.WebVtt);

        Assert.Null(transcript.Problem);
        Assert.Equal(["Priya Shah", "Tom Reid", "Priya Shah"], transcript.Messages.Select(m => m.Sender));
        Assert.Equal("Welcome back, everyone. Today we start with what has gone well.", transcript.Messages[0].Text);
        Assert.Equal("00:00:01", transcript.Messages[0].Time);
    }

    [Fact]
    public void Read_MarkupAndEntities_AreTakenOut()
    {
        var transcript = Transcript.Read(ChatSamples.WebVtt);

        Assert.Equal("It's gone really well & quickly.", transcript.Messages[1].Text);
    }

    [Fact]
    public void Read_SystemCues_AreDroppedAndCounted()
    {
        var transcript = Transcript.Read(ChatSamples.WebVtt);

        Assert.Equal(1, transcript.SystemLines);
        Assert.DoesNotContain(transcript.Messages, m => m.Text.Contains("Recording", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ZoomSpeakerBeforeAColonAndCuesWithNoSpeaker_AreKept()
    {
        var transcript = Transcript.Read("WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nTom Reid: Morning all\n\n2\n00:00:04.000 --> 00:00:05.000\n  so many   spaces  \n");

        Assert.Equal("Tom Reid", transcript.Messages[0].Sender);
        Assert.Equal("Morning all", transcript.Messages[0].Text);
        Assert.Equal(Transcript.NoSpeaker, transcript.Messages[1].Sender);
        Assert.Equal("so many spaces", transcript.Messages[1].Text);
    }

    [Fact]
    public void Read_NotWebVtt_IsRefusedWithItsFirstLines()
    {
        var transcript = Transcript.Read("1\n00:00:01,000 --> 00:00:02,000\nHello\n");

        Assert.StartsWith("We could not read this transcript", transcript.Problem);
        Assert.Equal("1", transcript.FirstLines[0]);
    }

    [Fact]
    public void Read_ACueWithoutTiming_IsRefused()
    {
        var transcript = Transcript.Read("WEBVTT\n\nHello there\nand more\n");

        Assert.Contains("line 3 should be a cue's timing", transcript.Problem);
        Assert.Empty(transcript.Messages);
    }

    [Fact]
    public void Read_Empty_IsRefused()
    {
        Assert.StartsWith("The transcript is empty", Transcript.Read(" ").Problem);
    }
}
