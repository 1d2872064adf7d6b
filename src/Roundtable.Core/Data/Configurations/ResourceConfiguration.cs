using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.HasIndex(r => r.CommunityId);
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(Resource.TitleMaxLength);
        builder.Property(r => r.Description).HasMaxLength(Resource.DescriptionMaxLength);
        builder.Property(r => r.Url).HasMaxLength(Resource.UrlMaxLength);
        builder.Property(r => r.Where).HasMaxLength(Resource.WhereMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Community).WithMany().HasForeignKey(r => r.CommunityId);
        builder.HasOne(r => r.File).WithOne().HasForeignKey<ResourceFile>(f => f.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Sessions).WithMany().UsingEntity("ResourceSession");
        builder.HasMany(r => r.Themes).WithMany().UsingEntity("ResourceTheme");
    }
}

public class ResourceFileConfiguration : IEntityTypeConfiguration<ResourceFile>
{
    public void Configure(EntityTypeBuilder<ResourceFile> builder)
    {
        builder.HasKey(f => f.ResourceId);
        builder.Property(f => f.ContentType).HasMaxLength(ResourceFile.ContentTypeMaxLength);
        builder.Property(f => f.FileName).HasMaxLength(ResourceFile.FileNameMaxLength);
    }
}
