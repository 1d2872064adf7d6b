namespace Roundtable.Core.Data.Entities;

// Who answered a request, when, and the reason they gave (a reason is required when the answer
// is no). Join requests, charter suggestions and the "you said, we did" ledger share this one
// shape; it is mapped as a complex type onto the columns each already had.
public record Decision(Guid ById, DateTimeOffset At, string? Reason = null);
