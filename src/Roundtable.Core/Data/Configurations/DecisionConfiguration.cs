using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public static class DecisionConfiguration
{
    // The column names predate the shared shape, so a decision is stored where it always was.
    public static void MapDecision(this ComplexPropertyBuilder<Decision> decision, int reasonMaxLength)
    {
        decision.Property(d => d.ById).HasColumnName("DecidedById");
        decision.Property(d => d.At).HasColumnName("DecidedAt");
        decision.Property(d => d.Reason).HasColumnName("DeclineReason").HasMaxLength(reasonMaxLength);
    }
}
