using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Security;

namespace Roundtable.Core.Data.Configurations;

public class SignedInSessionConfiguration : IEntityTypeConfiguration<SignedInSession>
{
    public void Configure(EntityTypeBuilder<SignedInSession> builder)
    {
        builder.Property(s => s.KeyHash).HasMaxLength(SecretToken.HashLength);
        builder.HasIndex(s => s.KeyHash).IsUnique();
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId);
    }
}
