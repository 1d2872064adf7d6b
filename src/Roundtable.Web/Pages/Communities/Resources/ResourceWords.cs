using System.Globalization;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Resources;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Communities.People;

namespace Roundtable.Web.Pages.Communities.Resources;

// How the resource pages name and link things.
public static class ResourceWords
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string ListPath(string slug) => $"/communities/{slug}/resources";

    public static string Path(string slug, Guid id) => $"/communities/{slug}/resources/{id}";

    public static string FilePath(string slug, Guid id) => $"/communities/{slug}/resources/{id}/file";

    public static string NewPath(string slug, ResourceKind kind) => $"/communities/{slug}/resources/new?kind={kind.ToString().ToLowerInvariant()}";

    public static string KindName(ResourceKind kind) => kind switch
    {
        ResourceKind.Link => "Link",
        ResourceKind.File => "File",
        _ => "Event",
    };

    public static string SessionName(TaggedSession session) =>
        SessionWords.Name(session.Kind, session.Number) + (session.Topic is null ? "" : $": {session.Topic}");

    public static string Size(int bytes) => ResourceChanges.Size(bytes);

    // "Friday 26 June 2026, 10:00 to 16:00", "Friday 26 June 2026 to Saturday 27 June 2026".
    public static string When(ResourceView r)
    {
        if (r.StartsOn is not { } start)
        {
            return "";
        }

        var from = start.ToString("dddd d MMMM yyyy", British) + (r.StartTime is { } s ? $", {TypedDates.FormatTime(s)}" : "");
        var endsOn = r.EndsOn is { } e && e != start ? e.ToString("dddd d MMMM yyyy", British) : null;
        var until = endsOn is null
            ? r.EndTime is { } t ? TypedDates.FormatTime(t) : null
            : endsOn + (r.EndTime is { } t2 ? $", {TypedDates.FormatTime(t2)}" : "");
        return until is null ? from : $"{from} to {until}";
    }

    public static CheckboxGroup SessionChoices(IReadOnlyList<TaggedSession> sessions, IReadOnlyList<Guid> chosen) =>
        new("Form.SessionIds", "Sessions it belongs with (optional)", "Tagged to a preparation meeting, only the lived-expert group and the co-leads see it.",
            [new CheckboxGroup.Section(null, sessions.Select(s => new CheckboxGroup.Item(s.Id.ToString(), SessionName(s), null, chosen.Contains(s.Id))).ToList())]);

    public static CheckboxGroup ThemeChoices(IReadOnlyList<TaggedTheme> themes, IReadOnlyList<Guid> chosen) =>
        new("Form.ThemeIds", "Themes it belongs with (optional)", null,
            [new CheckboxGroup.Section(null, themes.Select(t => new CheckboxGroup.Item(t.Id.ToString(), t.Title, null, chosen.Contains(t.Id))).ToList())]);
}
