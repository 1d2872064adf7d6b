using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Security;

public enum Visitor
{
    Anonymous,
    NonMember,
    Member,
    LivedExpert,
    Facilitator,
    CoLead,
    Admin,
}

// One community anyone can find, one by invitation, and a person in each place around them.
// An area that needs more to act on (a suggestion, a sub-group) derives from this, overrides
// InitializeAsync, calls base first and then adds its extras, so every table starts from the same places.
public class AccessFixture : RoundtableApp
{
    private readonly Dictionary<Visitor, Person> people = [];
    private readonly Dictionary<Visitor, string> tokens = [];

    public Community Listed { get; private set; } = null!;

    public Community Hidden { get; private set; } = null!;

    public Guid OutboxMessageId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Listed = await this.CreateCommunityAsync(CommunityVisibility.Listed);
        Hidden = await this.CreateCommunityAsync(CommunityVisibility.InvitationOnly);

        foreach (var visitor in Enum.GetValues<Visitor>().Where(v => v != Visitor.Anonymous))
        {
            var person = await this.CreatePersonAsync($"{visitor} Person");
            people[visitor] = person;
            tokens[visitor] = await this.CreateTokenAsync(person);
        }

        await this.JoinAsync(Listed, people[Visitor.Member]);
        await this.JoinAsync(Listed, people[Visitor.LivedExpert], livedExpertGroup: true);
        await this.JoinAsync(Listed, people[Visitor.Facilitator], CommunityRole.Facilitator);
        await this.JoinAsync(Listed, people[Visitor.CoLead], CommunityRole.CoLead);
        await this.MakeSiteAdminAsync(people[Visitor.Admin]);

        await WithScopeAsync(services =>
            services.GetRequiredService<IMailer>().SendAsync(new("someone@example.org", "A test email", "Hello")));
        OutboxMessageId = await WithDbAsync(db => db.Outbox.Select(m => m.Id).SingleAsync());
    }

    public Person PersonFor(Visitor visitor) => people[visitor];

    public async Task<HttpClient> BrowserAsAsync(Visitor visitor) =>
        await this.BrowserForAsync(visitor == Visitor.Anonymous ? null : people[visitor]);

    public HttpClient ApiClientAs(Visitor visitor)
    {
        var client = CreateBrowser();
        if (visitor != Visitor.Anonymous)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", tokens[visitor]);
        }

        return client;
    }
}
