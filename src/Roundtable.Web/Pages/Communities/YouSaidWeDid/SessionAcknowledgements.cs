using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Pages.Communities.YouSaidWeDid;

// What the session page gives the "What we heard and what we have changed" part of its running
// order: the session, who is looking, and whether they may tick items off (facilitators).
// TickedOffAt: shown read-only elsewhere (the running order's edit page), the session page where
// the items are ticked off; there the list stands under the page's own heading.
public sealed record SessionAcknowledgements(string Slug, Session Session, Membership? Viewer, bool MayTick, string? TickedOffAt = null);
