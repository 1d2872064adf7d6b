using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.HasIndex(r => r.CommunityId);
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Title).HasMaxLength(Report.TitleMaxLength);
        builder.HasOne(r => r.Community).WithMany().HasForeignKey(r => r.CommunityId);
        builder.HasMany(r => r.Sessions).WithMany().UsingEntity("ReportSession");
        builder.HasMany(r => r.Versions).WithOne(v => v.Report).HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersion>
{
    public void Configure(EntityTypeBuilder<ReportVersion> builder)
    {
        builder.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
        builder.HasIndex(v => v.SubmissionKey).IsUnique();
        builder.PrimitiveCollection(v => v.NotAbout);
    }
}
