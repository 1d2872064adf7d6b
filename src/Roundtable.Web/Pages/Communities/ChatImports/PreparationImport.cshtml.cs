using Roundtable.Core.ChatImports;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.ChatImports;

// A preparation meeting's chat: the lived-expert group's, imported as a session's is.
public class PreparationImportModel(CurrentCommunity current, RoundtableDb db, ImportedChats chats) : ImportModel(current, db, chats)
{
    public override SessionKind Kind => SessionKind.PreparationMeeting;
}
