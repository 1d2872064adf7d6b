using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.PageTests.Attendance;

// AccessFixture's places, with a session today in each community (open for sign-up, its register
// open), before it in the listed community a session that has happened (for the figures), three
// preparation meetings there (so there is a preparation meeting 3 and no session 3), a report
// row to resolve, and a member and a facilitator of the hidden community.
public sealed class AttendanceAccessFixture : AccessFixture
{
    public Session ListedSession { get; private set; } = null!;

    public Session HiddenSession { get; private set; } = null!;

    public Guid UnmatchedRowId { get; private set; }

    public Person HiddenMember { get; private set; } = null!;

    public Person HiddenFacilitator { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await this.CreateSessionAsync(Listed, Today.AddDays(-64), topic: "Listed past session");
        ListedSession = await this.CreateSessionAsync(Listed, Today, capacity: 30, topic: "Listed session");
        foreach (var date in new[] { Today.AddDays(-99), Today.AddDays(-43), Today.AddDays(20) })
        {
            await this.CreateSessionAsync(Listed, date, SessionKind.PreparationMeeting, topic: "Secret agenda shaping");
        }

        HiddenSession = await this.CreateSessionAsync(Hidden, Today, topic: "Hidden session");
        HiddenMember = await this.MemberAsync(Hidden, "Hidden Member");
        HiddenFacilitator = await this.MemberAsync(Hidden, "Hidden Facilitator", role: CommunityRole.Facilitator);
        UnmatchedRowId = await WithDbAsync(async db =>
        {
            var row = new UnmatchedAttendee { SessionId = ListedSession.Id, Name = "Val Visitor", ImportedAt = Clock.GetUtcNow() };
            db.UnmatchedAttendees.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
    }
}
