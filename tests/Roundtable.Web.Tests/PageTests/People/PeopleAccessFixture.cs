using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.PageTests.People;

// The same places as the shared AccessFixture (a listed community, a hidden one, a person in
// each role), with a sub-group in each community for the sub-group pages.
public sealed class PeopleAccessFixture : RoundtableApp
{
    private readonly Dictionary<Visitor, Person> people = [];

    public Community Listed { get; private set; } = null!;

    public Community Hidden { get; private set; } = null!;

    public Guid ListedGroupId { get; private set; }

    public Guid HiddenGroupId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Listed = await this.CreateCommunityAsync(CommunityVisibility.Listed);
        Hidden = await this.CreateCommunityAsync(CommunityVisibility.InvitationOnly);
        foreach (var visitor in Enum.GetValues<Visitor>().Where(v => v != Visitor.Anonymous))
        {
            people[visitor] = await this.CreatePersonAsync($"{visitor} Person");
        }

        await this.JoinAsync(Listed, people[Visitor.Member]);
        await this.JoinAsync(Listed, people[Visitor.LivedExpert], livedExpertGroup: true);
        await this.JoinAsync(Listed, people[Visitor.Facilitator], CommunityRole.Facilitator);
        await this.JoinAsync(Listed, people[Visitor.CoLead], CommunityRole.CoLead);
        await this.MakeSiteAdminAsync(people[Visitor.Admin]);

        ListedGroupId = await this.CreateSubGroupAsync(Listed, "Action group");
        HiddenGroupId = await this.CreateSubGroupAsync(Hidden, "Hidden action group");
    }

    public Person PersonFor(Visitor visitor) => people[visitor];

    public async Task<HttpClient> BrowserAsAsync(Visitor visitor) =>
        await this.BrowserForAsync(visitor == Visitor.Anonymous ? null : people[visitor]);
}
