using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.PageTests.Sessions;

// AccessFixture's places, with a session and preparation meetings in each community; the member
// and the lived expert are booked on the listed community's session. The listed
// community has two preparation meetings, so preparation meeting 2 has no session of the same number.
public sealed class SessionsAccessFixture : AccessFixture
{
    public Session ListedSession { get; private set; } = null!;

    public Session ListedPreparation { get; private set; } = null!;

    public Session HiddenSession { get; private set; } = null!;

    public Session HiddenPreparation { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ListedSession = await this.CreateSessionAsync(Listed, Today.AddDays(83), topic: "Listed session");
        await this.CreateSessionAsync(Listed, Today.AddDays(20), SessionKind.PreparationMeeting, topic: "First preparation");
        ListedPreparation = await this.CreateSessionAsync(Listed, Today.AddDays(48), SessionKind.PreparationMeeting, topic: "Secret agenda shaping");
        // Someone to put in breakout groups, so a refused proposal could have made some.
        await this.SignUpAsync(ListedSession, PersonFor(Visitor.Member));
        await this.SignUpAsync(ListedSession, PersonFor(Visitor.LivedExpert));
        HiddenSession = await this.CreateSessionAsync(Hidden, Today.AddDays(83), topic: "Hidden session");
        HiddenPreparation = await this.CreateSessionAsync(Hidden, Today.AddDays(48), SessionKind.PreparationMeeting, topic: "Hidden preparation");
    }
}
