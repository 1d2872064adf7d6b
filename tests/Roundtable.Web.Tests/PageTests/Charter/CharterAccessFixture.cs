using Roundtable.Core.Charter;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.PageTests.Charter;

// AccessFixture's places, and in the listed community a suggestion and an item to be confirmed to act on.
public sealed class CharterAccessFixture : AccessFixture
{
    public CharterSuggestion Suggestion { get; private set; } = null!;

    public ToBeConfirmed Item { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Suggestion = await this.AddSuggestionAsync(Listed, PersonFor(Visitor.Member), "A member's better values");
        Item = await this.AddToBeConfirmedAsync(Listed, Today.AddDays(71), key: CharterTemplate.HowWeAreStructured);
    }
}
