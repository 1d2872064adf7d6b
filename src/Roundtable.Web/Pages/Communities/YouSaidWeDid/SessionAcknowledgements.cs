using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Pages.Communities.YouSaidWeDid;

// What the session page gives the "What we heard and what we have changed" part of its running
// order: the session, who is looking, and whether they may tick items off (facilitators).
public sealed record SessionAcknowledgements(string Slug, Session Session, Membership? Viewer, bool MayTick);
