using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Themes;

// Finding themes in what a lived-expert group said at its preparation meeting: the same page as a
// session's, for the group's co-leads only (Conventions), and "not found" to everyone else.
public class PreparationFindModel(CurrentCommunity current, RoundtableDb db, ThemeSuggestions suggestions, ThemeDecisions decisions, CommunityThemes themes)
    : FindModel(current, db, suggestions, decisions, themes)
{
    public override SessionKind Kind => SessionKind.PreparationMeeting;
}
