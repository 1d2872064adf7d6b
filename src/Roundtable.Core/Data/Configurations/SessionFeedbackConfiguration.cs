using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class SessionFeedbackConfiguration : IEntityTypeConfiguration<SessionFeedback>
{
    public void Configure(EntityTypeBuilder<SessionFeedback> builder)
    {
        // One answer per person per session: answering again changes it.
        builder.HasIndex(f => new { f.SessionId, f.PersonId }).IsUnique();
        builder.HasIndex(f => f.PersonId);
        builder.Property(f => f.Useful).HasMaxLength(SessionFeedback.UsefulMaxLength);
        builder.Property(f => f.NextAction).HasMaxLength(SessionFeedback.NextActionMaxLength);
        builder.Property(f => f.Outcome).HasMaxLength(SessionFeedback.OutcomeMaxLength);
        builder.HasOne(f => f.Session).WithMany().HasForeignKey(f => f.SessionId);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId);
    }
}
