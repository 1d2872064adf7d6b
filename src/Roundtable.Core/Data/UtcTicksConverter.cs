using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Roundtable.Core.Data;

// SQLite has no date type, and EF Core cannot compare or order DateTimeOffset values stored
// as text there. Stored as UTC ticks, times sort and compare in SQL as they should.
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
