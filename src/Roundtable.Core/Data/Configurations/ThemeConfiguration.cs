using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.HasIndex(t => t.CommunityId);
        builder.Property(t => t.Title).HasMaxLength(Theme.TitleMaxLength);
        builder.Property(t => t.Gist).HasMaxLength(Theme.GistMaxLength);
        builder.Property(t => t.SettledNote).HasMaxLength(Theme.SettledNoteMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.Community).WithMany().HasForeignKey(t => t.CommunityId);
        builder.HasOne<Theme>().WithMany().HasForeignKey(t => t.MergedIntoId).OnDelete(DeleteBehavior.NoAction);
    }
}

public class ThemeContributionConfiguration : IEntityTypeConfiguration<ThemeContribution>
{
    public void Configure(EntityTypeBuilder<ThemeContribution> builder)
    {
        builder.HasIndex(c => new { c.ThemeId, c.ContributionId }).IsUnique();
        builder.HasIndex(c => c.ContributionId);
        builder.HasOne(c => c.Theme).WithMany(t => t.Contributions).HasForeignKey(c => c.ThemeId);
        builder.HasOne(c => c.Contribution).WithMany().HasForeignKey(c => c.ContributionId);
    }
}

public class ThemeSettlingConfiguration : IEntityTypeConfiguration<ThemeSettling>
{
    public void Configure(EntityTypeBuilder<ThemeSettling> builder)
    {
        builder.HasIndex(s => s.ThemeId);
        builder.Property(s => s.Note).HasMaxLength(Theme.SettledNoteMaxLength);
        builder.HasOne(s => s.Theme).WithMany(t => t.Settlings).HasForeignKey(s => s.ThemeId);
    }
}

public class IgnoredSuggestionConfiguration : IEntityTypeConfiguration<IgnoredSuggestion>
{
    public void Configure(EntityTypeBuilder<IgnoredSuggestion> builder)
    {
        builder.HasIndex(i => new { i.CommunityId, i.ContributionId });
        builder.HasOne<Community>().WithMany().HasForeignKey(i => i.CommunityId);
        builder.HasOne<Contribution>().WithMany().HasForeignKey(i => i.ContributionId);
        builder.HasOne<Theme>().WithMany().HasForeignKey(i => i.ThemeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class EmbeddingsChoiceConfiguration : IEntityTypeConfiguration<EmbeddingsChoice>
{
    public void Configure(EntityTypeBuilder<EmbeddingsChoice> builder)
    {
        builder.HasKey(c => c.CommunityId);
        builder.Property(c => c.Endpoint).HasMaxLength(EmbeddingsChoice.EndpointMaxLength);
        builder.HasOne<Community>().WithMany().HasForeignKey(c => c.CommunityId);
    }
}
