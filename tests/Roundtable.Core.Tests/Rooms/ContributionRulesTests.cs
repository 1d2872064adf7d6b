using Roundtable.Tests.Shared;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;

namespace Roundtable.Core.Tests.Rooms;

public class ContributionRulesTests
{
    private static readonly byte[] Png = TestPhotos.Png;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_NothingWritten_AsksForTheContribution(string? text)
    {
        var errors = ContributionRules.Check(Written(text), null);

        Assert.Equal("Enter your contribution", errors[ContributionRules.TextField]);
    }

    [Fact]
    public void Check_OverlongText_SaysTheLimit()
    {
        var errors = ContributionRules.Check(Written(new string('a', Contribution.TextMaxLength + 1)), null);

        Assert.Equal("Your contribution must be 1000 characters or fewer", errors[ContributionRules.TextField]);
    }

    [Fact]
    public void Check_TextAtTheLimit_IsFine()
    {
        Assert.Empty(ContributionRules.Check(Written(new string('a', Contribution.TextMaxLength)), null));
    }

    [Theory]
    [InlineData(null, "Choose a number from 1 to 10")]
    [InlineData(0, "The number must be from 1 to 10")]
    [InlineData(11, "The number must be from 1 to 10")]
    public void Check_AScalingAnswerOffTheScale_SaysSo(int? scale, string message)
    {
        var errors = ContributionRules.Check(Written(null) with { Scale = scale }, Prompt(PromptKind.Scaling, asksGoodEnough: true));

        Assert.Equal(message, errors[ContributionRules.ScaleField]);
    }

    [Fact]
    public void Check_AScalingAnswerWithNothingWritten_IsFine()
    {
        Assert.Empty(ContributionRules.Check(Written(null) with { Scale = 6, GoodEnough = 8 }, Prompt(PromptKind.Scaling, asksGoodEnough: true)));
    }

    [Fact]
    public void Check_AGoodEnoughMarkTheQuestionDidNotAskFor_IsRefused()
    {
        var errors = ContributionRules.Check(Written(null) with { Scale = 6, GoodEnough = 8 }, Prompt(PromptKind.Scaling, asksGoodEnough: false));

        Assert.Equal("This question does not ask what would be good enough: leave the \"good enough\" number empty", errors[ContributionRules.GoodEnoughField]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Check_AGoodEnoughMarkOffTheScale_SaysTheRange(int goodEnough)
    {
        var errors = ContributionRules.Check(Written(null) with { Scale = 6, GoodEnough = goodEnough }, Prompt(PromptKind.Scaling, asksGoodEnough: true));

        Assert.Equal("The \"good enough\" number must be from 1 to 10", errors[ContributionRules.GoodEnoughField]);
    }

    [Fact]
    public void Check_ALongClosingWord_SaysTheLimit()
    {
        var errors = ContributionRules.Check(Written(new string('a', 41)), Prompt(PromptKind.ClosingWord));

        Assert.Equal("Your closing word must be 40 characters or fewer", errors[ContributionRules.TextField]);
    }

    [Fact]
    public void Check_APhotoWithoutADescription_AsksForOne()
    {
        var errors = ContributionRules.Check(Written(null) with { Photo = new NewPhoto(Png, " ") }, null);

        Assert.Equal("Describe the photo in a few words, for people who cannot see it", errors[ContributionRules.PhotoDescriptionField]);
        Assert.False(errors.ContainsKey(ContributionRules.TextField));
    }

    [Fact]
    public void Check_AFileThatIsNotAnImage_IsRefusedWhateverItIsCalled()
    {
        var errors = ContributionRules.Check(Written(null) with { Photo = new NewPhoto("%PDF-1.7 not a photo"u8.ToArray(), "Flipchart") }, null);

        Assert.Equal("The selected file must be a photo: a JPG, PNG, WebP or GIF", errors[ContributionRules.PhotoField]);
    }

    [Fact]
    public void Check_APhotoOverTheLimit_SaysTheLimit()
    {
        var big = new byte[ContributionPhoto.MaxBytes + 1];
        Png.CopyTo(big, 0);

        var errors = ContributionRules.Check(Written(null) with { Photo = new NewPhoto(big, "Flipchart") }, null);

        Assert.Equal("The photo must be smaller than 5 MB", errors[ContributionRules.PhotoField]);
    }

    [Fact]
    public void Check_AFileThatOnlyStartsLikeAPhoto_SaysItCannotBeOpened()
    {
        byte[] damaged = [.. Png[..16], 0xFF, 0xFF];

        var errors = ContributionRules.Check(Written(null) with { Photo = new NewPhoto(damaged, "Flipchart") }, null);

        Assert.Equal(ContributionRules.UnreadablePhoto, errors[ContributionRules.PhotoField]);
        Assert.StartsWith("The selected photo cannot be opened", ContributionRules.UnreadablePhoto);
    }

    [Fact]
    public void Check_ADescribedPhoto_IsFine()
    {
        Assert.Empty(ContributionRules.Check(Written(null) with { Photo = new NewPhoto(Png, "Our group's flipchart of hopes") }, null));
    }

    [Theory]
    [InlineData(PromptKind.Reflection)]
    [InlineData(PromptKind.BestHopes)]
    [InlineData(PromptKind.GoneWell)]
    [InlineData(PromptKind.Free)]
    public void Check_APhotoAnsweringAQuestionThatTakesWords_IsFine(PromptKind kind)
    {
        Assert.True(ContributionRules.PhotoCanAnswer(kind));
        Assert.Empty(ContributionRules.Check(Written(null) with { Photo = new NewPhoto(Png, "Our flipchart") }, Prompt(kind)));
    }

    [Theory]
    [InlineData(PromptKind.Scaling)]
    [InlineData(PromptKind.ClosingWord)]
    public void Check_APhotoAnsweringANumberOrAClosingWord_SaysItCannot(PromptKind kind)
    {
        var errors = ContributionRules.Check(Written(null) with { Photo = new NewPhoto(Png, "Our flipchart") }, Prompt(kind, asksGoodEnough: true));

        Assert.False(ContributionRules.PhotoCanAnswer(kind));
        Assert.Equal([ContributionRules.PromptField], errors.Keys);
        Assert.StartsWith("A photo cannot answer a scaling question or a closing word", errors[ContributionRules.PromptField], StringComparison.Ordinal);
    }

    [Fact]
    public void KindFor_FollowsThePromptAndThePhoto()
    {
        Assert.Equal(ContributionKind.Text, ContributionRules.KindFor(null, withPhoto: false));
        Assert.Equal(ContributionKind.Answer, ContributionRules.KindFor(Prompt(PromptKind.BestHopes), withPhoto: false));
        Assert.Equal(ContributionKind.Scale, ContributionRules.KindFor(Prompt(PromptKind.Scaling), withPhoto: false));
        Assert.Equal(ContributionKind.ClosingWord, ContributionRules.KindFor(Prompt(PromptKind.ClosingWord), withPhoto: false));
        Assert.Equal(ContributionKind.Photo, ContributionRules.KindFor(Prompt(PromptKind.Reflection), withPhoto: true));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image/gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 }, null)]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 }, null)]
    [InlineData(new byte[0], null)]
    public void PhotoFormat_Detect_ReadsTheFirstBytes(byte[] bytes, string? expected)
    {
        Assert.Equal(expected, PhotoFormat.Detect(bytes));
    }

    private static NewContribution Written(string? text) => new(Guid.NewGuid(), null, text);

    private static RoomPrompt Prompt(PromptKind kind, bool asksGoodEnough = false) =>
        new() { Kind = kind, Text = "Question", AsksGoodEnough = asksGoodEnough };
}
