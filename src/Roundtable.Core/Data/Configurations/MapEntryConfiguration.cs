using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class MapEntryConfiguration : IEntityTypeConfiguration<MapEntry>
{
    public void Configure(EntityTypeBuilder<MapEntry> builder)
    {
        builder.HasIndex(e => e.CommunityId);
        builder.Property(e => e.Name).HasMaxLength(MapEntry.NameMaxLength);
        builder.Property(e => e.Offers).HasMaxLength(MapEntry.OffersMaxLength);
        builder.Property(e => e.Needs).HasMaxLength(MapEntry.NeedsMaxLength);
        builder.Property(e => e.WebAddress).HasMaxLength(MapEntry.WebAddressMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Community).WithMany().HasForeignKey(e => e.CommunityId);
    }
}

public class MapEntryMemberConfiguration : IEntityTypeConfiguration<MapEntryMember>
{
    public void Configure(EntityTypeBuilder<MapEntryMember> builder)
    {
        builder.HasKey(m => new { m.MapEntryId, m.MembershipId });
        builder.HasIndex(m => m.MembershipId);
        builder.HasOne(m => m.MapEntry).WithMany(e => e.Members).HasForeignKey(m => m.MapEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Membership).WithMany().HasForeignKey(m => m.MembershipId);
    }
}

public class MapLinkConfiguration : IEntityTypeConfiguration<MapLink>
{
    public void Configure(EntityTypeBuilder<MapLink> builder)
    {
        builder.HasIndex(l => new { l.FromId, l.ToId }).IsUnique();
        builder.HasIndex(l => l.ToId);
        builder.Property(l => l.How).HasMaxLength(MapLink.HowMaxLength);
        builder.HasOne(l => l.From).WithMany().HasForeignKey(l => l.FromId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.To).WithMany().HasForeignKey(l => l.ToId).OnDelete(DeleteBehavior.Cascade);
    }
}
