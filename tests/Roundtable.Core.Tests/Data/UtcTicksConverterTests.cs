using Roundtable.Core.Data;

namespace Roundtable.Core.Tests.Data;

public class UtcTicksConverterTests
{
    [Fact]
    public void RoundTrip_KeepsTheInstantInUtc()
    {
        var converter = new UtcTicksConverter();
        var bst = new DateTimeOffset(2026, 6, 27, 14, 0, 0, TimeSpan.FromHours(1));

        var stored = (long)converter.ConvertToProvider(bst)!;
        var read = (DateTimeOffset)converter.ConvertFromProvider(stored)!;

        Assert.Equal(bst, read);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    [Fact]
    public void Stored_SortsAsTimeDoes()
    {
        var converter = new UtcTicksConverter();
        var earlierInUtc = new DateTimeOffset(2026, 6, 27, 14, 0, 0, TimeSpan.FromHours(1));
        var later = new DateTimeOffset(2026, 6, 27, 13, 30, 0, TimeSpan.Zero);

        Assert.True((long)converter.ConvertToProvider(earlierInUtc)! < (long)converter.ConvertToProvider(later)!);
    }
}
