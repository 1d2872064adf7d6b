using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.Calendar;

// AccessFixture's places, with a session and preparation meetings in each community, and a
// calendar link for the member.
public sealed class CalendarAccessFixture : AccessFixture
{
    public Session ListedSession { get; private set; } = null!;

    public Session ListedPreparation { get; private set; } = null!;

    public string MemberToken { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ListedSession = await this.CreateSessionAsync(Listed, new DateOnly(2026, 12, 11), topic: "Getting help early");
        ListedPreparation = await this.CreateSessionAsync(Listed, new DateOnly(2027, 1, 15), SessionKind.PreparationMeeting);
        // Preparation meeting 2 with no session 2: its number must not open it as a session.
        await this.CreateSessionAsync(Listed, new DateOnly(2027, 3, 12), SessionKind.PreparationMeeting);
        await this.CreateSessionAsync(Hidden, new DateOnly(2026, 12, 11));
        await this.CreateSessionAsync(Hidden, new DateOnly(2027, 1, 15), SessionKind.PreparationMeeting);
        MemberToken = await this.MakeCalendarLinkAsync(PersonFor(Visitor.Member));
    }
}
