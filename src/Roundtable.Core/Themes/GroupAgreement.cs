namespace Roundtable.Core.Themes;

// How well proposed groups agree with the themes a person chose, by the adjusted Rand index:
// 1 when they are the same partition, about 0 when no better than chance, below 0 when worse.
public static class GroupAgreement
{
    // Two labels per item, in the same order: the group each was put in and its true theme.
    public static double AdjustedRandIndex<TA, TB>(IReadOnlyList<TA> groups, IReadOnlyList<TB> themes)
        where TA : notnull
        where TB : notnull
    {
        if (groups.Count != themes.Count)
        {
            throw new ArgumentException("Each item needs both a group and a theme.", nameof(themes));
        }

        var together = new Dictionary<(TA, TB), long>();
        var byGroup = new Dictionary<TA, long>();
        var byTheme = new Dictionary<TB, long>();
        for (var i = 0; i < groups.Count; i++)
        {
            together[(groups[i], themes[i])] = together.GetValueOrDefault((groups[i], themes[i])) + 1;
            byGroup[groups[i]] = byGroup.GetValueOrDefault(groups[i]) + 1;
            byTheme[themes[i]] = byTheme.GetValueOrDefault(themes[i]) + 1;
        }

        static double Pairs(long n) => n * (n - 1) / 2.0;
        var both = together.Values.Sum(Pairs);
        var inGroups = byGroup.Values.Sum(Pairs);
        var inThemes = byTheme.Values.Sum(Pairs);
        var all = Pairs(groups.Count);
        if (all == 0)
        {
            return 1;
        }

        var expected = inGroups * inThemes / all;
        var most = (inGroups + inThemes) / 2;
        return most == expected ? 1 : (both - expected) / (most - expected);
    }
}
