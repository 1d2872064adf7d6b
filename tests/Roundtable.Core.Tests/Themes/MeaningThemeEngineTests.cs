using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

public class MeaningThemeEngineTests
{
    private static readonly Guid Transport = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Food = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Weather = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid Carers = Guid.Parse("00000000-0000-0000-0000-000000000004");
    private static readonly Guid Waiting = Guid.Parse("00000000-0000-0000-0000-000000000005");

    private readonly MeaningThemeEngine engine = new(TestWordVectors.Required);

    // Themes whose examples share no word with the contributions asked about below, and none of
    // whose words are in the domain's thesaurus either: only word meaning can find the answer.
    private static IReadOnlyList<ThemeExamples> Everyday() =>
    [
        new(Transport, "Getting there", null, ["the bus never comes on time", "taxi fares keep going up"]),
        new(Food, "Lunch", null, ["sandwiches and soup were lovely", "bring cake next time"]),
        new(Weather, "Outside", null, ["it rained all morning", "so cold and windy"]),
    ];

    private static IReadOnlyList<ThemeExamples> Community() =>
    [
        new(Carers, "Families and carers", "Support for family carers", ["family carers are exhausted", "nobody checks on parents"]),
        new(Waiting, "Waiting lists", "Waiting for an assessment", ["two years on the waiting list for an assessment", "the queue for diagnosis is endless"]),
    ];

    [Theory]
    [InlineData("snow and frost overnight", "00000000-0000-0000-0000-000000000003")]
    [InlineData("pizza with pasta and biscuits", "00000000-0000-0000-0000-000000000002")]
    [InlineData("trains and trams were cancelled", "00000000-0000-0000-0000-000000000001")]
    public async Task Suggest_SharingNoWords_FindsTheThemeThatMeansTheSameThing(string text, string expected)
    {
        var withoutThesaurus = new MeaningThemeEngine(TestWordVectors.Required, new ThemeScoring { Concepts = false });
        var wordsAlone = new MeaningThemeEngine(vectors: null, new ThemeScoring { Concepts = false });

        var suggestions = await (await withoutThesaurus.IndexAsync(Everyday())).SuggestAsync(text, 3);
        var fromWordsAlone = await (await wordsAlone.IndexAsync(Everyday())).SuggestAsync(text, 3);

        Assert.Empty(fromWordsAlone);
        Assert.Equal(Guid.Parse(expected), suggestions[0].ThemeId);
    }

    [Theory]
    [InlineData("respite got cut and mum is shattered")]
    [InlineData("my dad has not slept properly in years looking after my brother")]
    public async Task Suggest_TheDomainsWordsForTheSameConcern_FindTheTheme(string text)
    {
        var suggestions = await (await engine.IndexAsync(Community())).SuggestAsync(text, 2);

        Assert.Equal(Carers, suggestions[0].ThemeId);
    }

    [Fact]
    public async Task Suggest_ASpellingSlip_IsReadAsTheWordMeant()
    {
        var wordsAlone = new MeaningThemeEngine(vectors: null, new ThemeScoring { Concepts = false });

        var suggestions = await (await engine.IndexAsync(Community())).SuggestAsync("still waitng for my daughters asessment", 2);
        var fromWordsAlone = await (await wordsAlone.IndexAsync(Community())).SuggestAsync("still waitng for my daughters asessment", 2);

        Assert.Empty(fromWordsAlone);
        Assert.Equal(Waiting, suggestions[0].ThemeId);
    }

    [Fact]
    public async Task Suggest_TheSameDataTwice_GivesTheSameAnswer()
    {
        var first = await (await engine.IndexAsync(Everyday())).SuggestAsync("cold soup on the bus", 3);
        var second = await (await new MeaningThemeEngine(TestWordVectors.Required).IndexAsync(Everyday())).SuggestAsync("cold soup on the bus", 3);

        Assert.Equal(first, second);
        Assert.Equal(3, first.Count);
    }

    [Theory]
    [InlineData("👍👍")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!...")]
    [InlineData("https://example.org/resource")]
    public async Task Suggest_NothingToGoOn_SuggestsNothingAndDoesNotFail(string text)
    {
        var suggestions = await (await engine.IndexAsync(Community())).SuggestAsync(text, 3);

        Assert.Empty(suggestions);
    }

    [Theory]
    [InlineData("Diolch yn fawr")]
    [InlineData("las listas de espera son muy largas")]
    [InlineData("等待时间太长了")]
    [InlineData("ℌ𝔢𝔩𝔩𝔬 ﷽ \u0000 \uFFFF")]
    public async Task Suggest_OtherLanguagesAndOddCharacters_DoNotFail(string text)
    {
        var suggestions = await (await engine.IndexAsync(Community())).SuggestAsync(text, 3);

        Assert.True(suggestions.Count <= 3);
    }

    [Fact]
    public async Task Suggest_ATheme_WithNoExamplesOrWords_IsStillIndexed()
    {
        var index = await engine.IndexAsync([new(Carers, "🙂", null, []), .. Community().Skip(1)]);

        var suggestions = await index.SuggestAsync("the waiting list for diagnosis", 2);

        Assert.Equal(Waiting, suggestions[0].ThemeId);
    }

    [Fact]
    public async Task Group_PutsContributionsAboutTheSameThingTogether_AndLeavesTheRestOut()
    {
        var ids = Enumerable.Range(1, 9).Select(i => Guid.Parse($"10000000-0000-0000-0000-{i:D12}")).ToList();
        TextToGroup[] texts =
        [
            new(ids[0], "waiting list for an autism assessment is two years"),
            new(ids[1], "respite for parents was cut again"),
            new(ids[2], "my son has waited three years for his diagnosis"),
            new(ids[3], "👍👍"),
            new(ids[4], "family carers are exhausted, nobody asks how we cope"),
            new(ids[5], "the queue for an adhd assessment never moves"),
            new(ids[6], "mum looks after my brother and she's shattered"),
            new(ids[7], "Merci beaucoup"),
            new(ids[8], "the waiting list keeps growing"),
        ];

        var groups = await engine.GroupAsync(texts);

        Assert.Equal(2, groups.Count);
        Assert.Equal([ids[0], ids[2], ids[5], ids[8]], groups[0].Members);
        Assert.Equal([ids[1], ids[4], ids[6]], groups[1].Members);
        Assert.Contains("wait", groups[0].Title, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(groups, g => g.Title.Contains('~', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Group_TheSameDataTwice_GivesTheSameGroups()
    {
        var texts = Enumerable.Range(1, 40)
            .Select(i => new TextToGroup(Guid.Parse($"20000000-0000-0000-0000-{i:D12}"), (i % 4) switch
            {
                0 => $"waiting {i} months for an assessment",
                1 => $"carers need a break, respite {i}",
                2 => $"staff training on autism, session {i}",
                _ => "😀",
            }))
            .ToList();

        var first = await engine.GroupAsync(texts);
        var second = await new MeaningThemeEngine(TestWordVectors.Required).GroupAsync(texts);

        Assert.Equal(first.Select(g => (g.Title, string.Join(',', g.Members))), second.Select(g => (g.Title, string.Join(',', g.Members))));
        Assert.NotEmpty(first);
    }

    [Fact]
    public async Task Group_OnlyEmojiAndOtherLanguages_ProposesNothingAndDoesNotFail()
    {
        TextToGroup[] texts =
        [
            new(Guid.Parse("30000000-0000-0000-0000-000000000001"), "👍👍"),
            new(Guid.Parse("30000000-0000-0000-0000-000000000002"), "🙏"),
            new(Guid.Parse("30000000-0000-0000-0000-000000000003"), ""),
        ];

        var groups = await engine.GroupAsync(texts);

        Assert.Empty(groups);
    }
}
