using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.PageTests.Charter;

// One community anyone can find and one by invitation, a person in each place around them (as
// AccessFixture has), and in the listed one a suggestion and an item to be confirmed to act on.
public sealed class CharterAccessFixture : RoundtableApp
{
    private readonly Dictionary<Visitor, Person> people = [];

    public Community Listed { get; private set; } = null!;

    public Community Hidden { get; private set; } = null!;

    public CharterSuggestion Suggestion { get; private set; } = null!;

    public ToBeConfirmed Item { get; private set; } = null!;

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

        Suggestion = await this.AddSuggestionAsync(Listed, people[Visitor.Member], "A member's better values");
        Item = await this.AddToBeConfirmedAsync(Listed, new DateOnly(2027, 1, 31), key: CharterTemplate.HowWeAreStructured);
    }

    public Person PersonFor(Visitor visitor) => people[visitor];

    public async Task<HttpClient> BrowserAsAsync(Visitor visitor) =>
        await this.BrowserForAsync(visitor == Visitor.Anonymous ? null : people[visitor]);
}
