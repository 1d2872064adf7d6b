using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Security;

namespace Roundtable.Core.Data.Configurations;

public class SignInLinkConfiguration : IEntityTypeConfiguration<SignInLink>
{
    public void Configure(EntityTypeBuilder<SignInLink> builder)
    {
        builder.Property(l => l.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(l => l.TokenHash).HasMaxLength(SecretToken.HashLength);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.SubmissionKey).IsUnique();
        builder.HasIndex(l => new { l.Email, l.CreatedAt });
        builder.Property(l => l.ReturnUrl).HasMaxLength(SignInLink.ReturnUrlMaxLength);
        builder.Property(l => l.UsedByBrowser).HasMaxLength(SecretToken.HashLength);
    }
}
