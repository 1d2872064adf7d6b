using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.PageTests.People;

// AccessFixture's places, with a sub-group in each community for the sub-group pages.
public sealed class PeopleAccessFixture : AccessFixture
{
    public Guid ListedGroupId { get; private set; }

    public Guid HiddenGroupId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ListedGroupId = await this.CreateSubGroupAsync(Listed, "Action group");
        HiddenGroupId = await this.CreateSubGroupAsync(Hidden, "Hidden action group");
    }
}
