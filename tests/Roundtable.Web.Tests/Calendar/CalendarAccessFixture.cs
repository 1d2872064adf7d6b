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
        ListedSession = await this.CreateSessionAsync(Listed, Today.AddDays(20), topic: "Getting help early");
        ListedPreparation = await this.CreateSessionAsync(Listed, Today.AddDays(55), SessionKind.PreparationMeeting);
        // Preparation meeting 2 with no session 2: its number must not open it as a session.
        await this.CreateSessionAsync(Listed, Today.AddDays(111), SessionKind.PreparationMeeting);
        await this.CreateSessionAsync(Hidden, Today.AddDays(20));
        await this.CreateSessionAsync(Hidden, Today.AddDays(55), SessionKind.PreparationMeeting);
        MemberToken = await this.MakeCalendarLinkAsync(PersonFor(Visitor.Member));
    }
}
