using Roundtable.Core.Charter;

namespace Roundtable.Core.Tests.Charter;

public class TextDiffTests
{
    private static string Show(IEnumerable<DiffLine> lines) =>
        string.Join("|", lines.Select(line => line.Kind switch
        {
            DiffKind.Added => "+" + line.Text,
            DiffKind.Removed => "-" + line.Text,
            _ => " " + line.Text,
        }));

    [Fact]
    public void Lines_SameText_IsAllSame()
    {
        var diff = TextDiff.Lines("a\nb\nc", "a\nb\nc");

        Assert.Equal(" a| b| c", Show(diff));
        Assert.False(TextDiff.HasChanges(diff));
    }

    [Fact]
    public void Lines_ALineAdded_IsMarkedAdded()
    {
        var diff = TextDiff.Lines("a\nc", "a\nb\nc");

        Assert.Equal(" a|+b| c", Show(diff));
        Assert.True(TextDiff.HasChanges(diff));
    }

    [Fact]
    public void Lines_ALineRemoved_IsMarkedRemoved() => Assert.Equal(" a|-b| c", Show(TextDiff.Lines("a\nb\nc", "a\nc")));

    [Fact]
    public void Lines_ALineChanged_IsRemovedThenAdded() => Assert.Equal(" a|-b|+B| c", Show(TextDiff.Lines("a\nb\nc", "a\nB\nc")));

    [Fact]
    public void Lines_SeveralChangesTogether_ShowRemovalsBeforeAdditions() =>
        Assert.Equal(" a|-b|-c|+x|+y| d", Show(TextDiff.Lines("a\nb\nc\nd", "a\nx\ny\nd")));

    [Fact]
    public void Lines_KeepsTheLongestRunInCommon()
    {
        var diff = TextDiff.Lines("x\na\nb\nc\ny", "a\nb\nz\nc");

        Assert.Equal(3, diff.Count(line => line.Kind == DiffKind.Same));
        Assert.Equal("-x| a| b|+z| c|-y", Show(diff));
    }

    [Fact]
    public void Lines_FromNothing_IsAllAdded() => Assert.Equal("+a|+b", Show(TextDiff.Lines("", "a\nb")));

    [Fact]
    public void Lines_ToNothing_IsAllRemoved() => Assert.Equal("-a|-b", Show(TextDiff.Lines("a\nb", null)));

    [Fact]
    public void Lines_BothEmpty_IsEmpty() => Assert.Empty(TextDiff.Lines(null, ""));

    [Fact]
    public void Lines_WindowsLineEndings_AreTheSameAsUnix() => Assert.False(TextDiff.HasChanges(TextDiff.Lines("a\r\nb\r\n", "a\nb")));

    [Fact]
    public void Lines_BlankLines_AreLinesToo() => Assert.Equal(" a|+| b", Show(TextDiff.Lines("a\nb", "a\n\nb")));

    [Fact]
    public void Lines_RebuildBothTexts()
    {
        var before = "one\ntwo\nthree\nfour\nfive\nsix";
        var after = "zero\none\nthree\nfour\nFIVE\nsix\nseven";

        var diff = TextDiff.Lines(before, after);

        Assert.Equal(before, string.Join("\n", diff.Where(l => l.Kind != DiffKind.Added).Select(l => l.Text)));
        Assert.Equal(after, string.Join("\n", diff.Where(l => l.Kind != DiffKind.Removed).Select(l => l.Text)));
    }

    [Fact]
    public void Lines_VeryLongTexts_StillRebuildBothWithoutATable()
    {
        var before = Enumerable.Range(0, 3000).Select(i => $"old {i}").ToList();
        var after = Enumerable.Range(0, 3000).Select(i => $"new {i}").ToList();

        var diff = TextDiff.Lines(before, after);

        Assert.Equal(before, diff.Where(l => l.Kind == DiffKind.Removed).Select(l => l.Text));
        Assert.Equal(after, diff.Where(l => l.Kind == DiffKind.Added).Select(l => l.Text));
    }
}
