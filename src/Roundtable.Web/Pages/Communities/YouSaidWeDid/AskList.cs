using Roundtable.Core.YouSaidWeDid;

namespace Roundtable.Web.Pages.Communities.YouSaidWeDid;

// What the ledger and the board both draw: the requests, and where each one's page is (none on
// the board for someone who is not a member).
public sealed record AskList(IReadOnlyList<AskLine> Lines, string? Slug, bool ShowOwnersWhoLeft);
