using Roundtable.Core.Charter;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Pages.Communities.Charter;

// One version of the charter as _CharterBody shows it. Items still to be confirmed, and the links
// to change a section, belong only to the current version.
public sealed record CharterBodyView(
    string Slug,
    CharterVersion Version,
    IReadOnlyList<ToBeConfirmed> OpenItems,
    DateOnly Today,
    bool ForCoLeads = false,
    bool CanSuggest = false)
{
    public IEnumerable<ToBeConfirmed> OpenIn(string sectionKey) => OpenItems.Where(item => item.SectionKey == sectionKey);

    public bool HasPrinciplesSection => Version.Sections.Any(s => s.Key == CharterTemplate.HowWeWorkTogether);
}
