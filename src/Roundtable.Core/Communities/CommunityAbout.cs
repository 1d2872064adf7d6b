using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Communities;

// What a community says about itself, checked the same way when it is started and when it is
// changed. Each value is the clean one, or null after noting what is wrong against its field.
public sealed record CommunityAbout(string? Name, string? Purpose, string? Region, string? Contact, CommunityVisibility? Visibility)
{
    public static CommunityAbout Read(
        Problems problems, string? name, string? purpose, string? region, string? contact, CommunityVisibility? visibility) => new(
        problems.Required(nameof(Name), name, "Enter the community's name", "Name", Community.NameMaxLength),
        problems.Required(nameof(Purpose), purpose, "Enter what the community is for", "Purpose", Community.PurposeMaxLength),
        problems.Required(nameof(Region), region, "Enter the area the community covers", "Area", Community.RegionMaxLength),
        problems.Optional(nameof(Contact), contact, "Contact", Community.ContactMaxLength),
        problems.Chosen(nameof(Visibility), visibility, "Choose who can find this community"));

    // Whether saving these would change nothing.
    public bool Same(Community community) =>
        Name == community.Name && Purpose == community.Purpose && Region == community.Region &&
        Contact == community.Contact && Visibility == community.Visibility;
}
