namespace Roundtable.Core.Reports;

// Identities and sectors are shared only as counts, and a count under 3 could point at a person,
// so it is shown as "fewer than 3" (including none: that a group was absent is not shared either).
public static class SharedCounts
{
    public const int Smallest = 3;

    public const string FewerThanSmallest = "fewer than 3";

    public static string Of(int count) => count < Smallest ? FewerThanSmallest : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
