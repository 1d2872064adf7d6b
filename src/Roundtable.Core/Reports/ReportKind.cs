namespace Roundtable.Core.Reports;

// The reports a community sends beyond the room, as the guide names them.
public enum ReportKind
{
    // Seed 000: one A4 page for staff — headline figures, what we did, heard, is beginning to happen, next.
    StaffBriefing = 0,

    // The fuller record of one session.
    SessionSummary = 1,

    // Seed 003: themes from a session's chat, resources shared, offers to collaborate, dates announced.
    ChatOverview = 2,

    // Several sessions: topics, who took part (counts only), recommendations, what changed, a chair's introduction.
    SeriesReport = 3,

    // Flipchart photos, each with a short paragraph.
    PhotoPage = 4,
}
