namespace Roundtable.Core.Themes;

// A theme as the engine learns it: its title and gist, and the contributions a person put in it
// (each decision a co-lead makes becomes an example of the theme it chose).
public sealed record ThemeExamples(Guid ThemeId, string Title, string? Gist, IReadOnlyList<string> Examples);

// How likely a theme is for one contribution; higher is likelier. Scores compare only within one
// answer from one engine.
public sealed record ThemeSuggestion(Guid ThemeId, double Score);

public sealed record TextToGroup(Guid Id, string Text);

// A group of similar contributions offered as a new theme, with a title made from its most
// distinctive words; a person decides what becomes of it.
public sealed record ProposedTheme(string Title, IReadOnlyList<Guid> Members);

// Finds themes in what people said. Behind this interface so a better engine can be plugged in.
// Every engine must be deterministic: the same data gives the same suggestions in the same order.
public interface IThemeEngine
{
    // What suggesting needs, built once from a community's themes and kept by the caller until a
    // theme or its examples change.
    Task<IThemeIndex> IndexAsync(IReadOnlyList<ThemeExamples> themes, CancellationToken cancellationToken = default);

    // Groups of similar contributions among those not yet in any theme. Contributions that are
    // like no other are left out rather than forced into a group.
    Task<IReadOnlyList<ProposedTheme>> GroupAsync(IReadOnlyList<TextToGroup> texts, CancellationToken cancellationToken = default);
}

public interface IThemeIndex
{
    // The likeliest themes for one contribution, best first, at most take of them.
    Task<IReadOnlyList<ThemeSuggestion>> SuggestAsync(string text, int take, CancellationToken cancellationToken = default);

    // The same for many contributions. An engine that asks a service about each text answers them
    // all with one request instead of one each.
    async Task<IReadOnlyList<IReadOnlyList<ThemeSuggestion>>> SuggestEachAsync(IReadOnlyList<string> texts, int take, CancellationToken cancellationToken = default)
    {
        var each = new List<IReadOnlyList<ThemeSuggestion>>(texts.Count);
        foreach (var text in texts)
        {
            each.Add(await SuggestAsync(text, take, cancellationToken));
        }

        return each;
    }
}
