using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Data.Configurations;

public class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasIndex(m => new { m.CommunityId, m.PersonId }).IsUnique();
        builder.HasIndex(m => m.PersonId);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(m => m.Community).WithMany(c => c.Memberships).HasForeignKey(m => m.CommunityId);
        builder.HasOne(m => m.Person).WithMany(p => p.Memberships).HasForeignKey(m => m.PersonId);

        builder.Property(m => m.Organisation).HasMaxLength(Membership.OrganisationMaxLength);
        builder.Property(m => m.JobRole).HasMaxLength(Membership.JobRoleMaxLength);
        builder.Property(m => m.OtherAccessNeeds).HasMaxLength(Membership.OtherAccessNeedsMaxLength);
        builder.Property(m => m.Offers).HasMaxLength(Membership.OffersMaxLength);
        builder.Property(m => m.LookingFor).HasMaxLength(Membership.LookingForMaxLength);

        // These came after memberships existed: the database fills them for existing rows with
        // the same values a new membership starts with (named by first name, no consent given).
        builder.Property(m => m.Naming).HasConversion<string>().HasMaxLength(20).HasDefaultValue(Naming.FirstName);
        builder.Property(m => m.QuoteConsent).HasConversion<string>().HasMaxLength(20).HasDefaultValue(QuoteConsent.NotQuoted);
        builder.Property(m => m.AccessNeeds).HasDefaultValue(AccessNeeds.None);
        builder.Property(m => m.ContactConsent).HasDefaultValue(false);
        builder.Property(m => m.PhotoConsent).HasDefaultValue(false);
    }
}
