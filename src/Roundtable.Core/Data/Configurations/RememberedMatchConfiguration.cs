using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class RememberedMatchConfiguration : IEntityTypeConfiguration<RememberedMatch>
{
    public void Configure(EntityTypeBuilder<RememberedMatch> builder)
    {
        builder.Property(m => m.Key).HasMaxLength(RememberedMatch.KeyMaxLength);
        builder.HasIndex(m => new { m.CommunityId, m.Key }).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(UnmatchedAttendee.NameMaxLength);
        builder.Property(m => m.Email).HasMaxLength(UnmatchedAttendee.EmailMaxLength);
        builder.HasOne(m => m.Community).WithMany().HasForeignKey(m => m.CommunityId);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId);
    }
}
