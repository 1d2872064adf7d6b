using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class ContributionImportConfiguration : IEntityTypeConfiguration<ContributionImport>
{
    public void Configure(EntityTypeBuilder<ContributionImport> builder)
    {
        builder.HasIndex(i => i.SubmissionKey).IsUnique();
        builder.HasIndex(i => i.SessionId);
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Layout).HasMaxLength(ContributionImport.LayoutMaxLength);
        builder.Property(i => i.Links).HasMaxLength(ContributionImport.LinksMaxLength);
        builder.HasOne(i => i.Session).WithMany().HasForeignKey(i => i.SessionId);
        builder.HasOne<Room>().WithMany().HasForeignKey(i => i.RoomId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.ImportedById).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.UndoneById).OnDelete(DeleteBehavior.NoAction);
    }
}
