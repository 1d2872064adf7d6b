namespace Roundtable.Web.Pages.Communities.Charter;

// The versions there are, newest first, and the two chosen.
public sealed record CompareFormView(string Slug, IReadOnlyList<int> Numbers, int From, int To);
