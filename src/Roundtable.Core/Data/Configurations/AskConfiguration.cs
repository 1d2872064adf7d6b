using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class AskConfiguration : IEntityTypeConfiguration<Ask>
{
    public void Configure(EntityTypeBuilder<Ask> builder)
    {
        builder.HasIndex(a => new { a.CommunityId, a.Status });
        builder.HasIndex(a => a.SubmissionKey).IsUnique();
        builder.Property(a => a.Words).HasMaxLength(Ask.WordsMaxLength);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(a => a.Community).WithMany().HasForeignKey(a => a.CommunityId);
        builder.HasOne(a => a.OwnerMembership).WithMany().HasForeignKey(a => a.OwnerMembershipId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.OwnerSubGroup).WithMany().HasForeignKey(a => a.OwnerSubGroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Changes).WithOne(c => c.Ask).HasForeignKey(c => c.AskId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AskChangeConfiguration : IEntityTypeConfiguration<AskChange>
{
    public void Configure(EntityTypeBuilder<AskChange> builder)
    {
        builder.HasIndex(c => new { c.AskId, c.AcknowledgedAt });
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.ComplexProperty(c => c.Decision, d => d.Property(x => x.Reason).HasMaxLength(AskChange.ReasonMaxLength));
        builder.Property(c => c.RaisedWith).HasMaxLength(AskChange.RaisedWithMaxLength);
        builder.Property(c => c.Note).HasMaxLength(AskChange.ReasonMaxLength);
    }
}
