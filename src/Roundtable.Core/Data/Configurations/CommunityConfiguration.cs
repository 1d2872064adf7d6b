using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(Community.SlugMaxLength);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(Community.NameMaxLength);
        builder.Property(c => c.Purpose).HasMaxLength(Community.PurposeMaxLength);
        builder.Property(c => c.Region).HasMaxLength(Community.RegionMaxLength);
        builder.Property(c => c.Contact).HasMaxLength(Community.ContactMaxLength);
        builder.Property(c => c.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AskBoardIsPublic).HasDefaultValue(false);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
