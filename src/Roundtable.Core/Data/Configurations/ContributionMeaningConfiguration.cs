using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class ContributionMeaningConfiguration : IEntityTypeConfiguration<ContributionMeaning>
{
    public void Configure(EntityTypeBuilder<ContributionMeaning> builder)
    {
        builder.HasKey(m => m.ContributionId);
        builder.Property(m => m.Model).HasMaxLength(ContributionMeaning.ModelMaxLength);
        builder.HasOne<Contribution>().WithOne().HasForeignKey<ContributionMeaning>(m => m.ContributionId).OnDelete(DeleteBehavior.Cascade);
    }
}
