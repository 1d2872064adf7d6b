namespace Roundtable.Core.Reports;

// What a report is about: one session (briefing, summary, chat overview, photo page) or several
// (a series report), always in one community. Preparation meetings are never the subject of a
// report: what is said there stays with the lived-expert group.
public sealed record ReportSubject(Guid CommunityId, IReadOnlyList<Guid> SessionIds);
