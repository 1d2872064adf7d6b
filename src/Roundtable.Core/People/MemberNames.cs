using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.People;

// How a member appears to others in their community: only as they chose. The one rule every
// page, list and report uses.
public static class MemberNames
{
    public const string NotNamed = "A member who prefers not to be named";

    public static string AsTheyChose(Naming naming, string? displayName, string? jobRole, string? organisation) => naming switch
    {
        Naming.FullName when !string.IsNullOrWhiteSpace(displayName) => displayName.Trim(),
        Naming.FirstName when !string.IsNullOrWhiteSpace(displayName) => FirstName(displayName),
        Naming.RoleOnly => RoleOnly(jobRole, organisation),
        _ => NotNamed,
    };

    public static string AsTheyChose(Membership membership) =>
        AsTheyChose(membership.Naming, membership.Person.DisplayName, membership.JobRole, membership.Organisation);

    // What may tell someone apart from others shown alike, most telling first: what they said of
    // themselves beside the name they chose to be known by. Someone named by their role is already
    // shown by all they said, and someone not named must not be singled out, so neither has any.
    public static IReadOnlyList<string> Clues(Naming naming, string? jobRole, string? organisation)
    {
        if (naming is not (Naming.FirstName or Naming.FullName))
        {
            return [];
        }

        var (role, place) = (jobRole?.Trim(), organisation?.Trim());
        return new[] { role, place, string.IsNullOrEmpty(role) || string.IsNullOrEmpty(place) ? null : $"{role}, {place}" }
            .OfType<string>().Where(clue => clue.Length > 0).ToList();
    }

    public static IReadOnlyList<string> Clues(Membership membership) => Clues(membership.Naming, membership.JobRole, membership.Organisation);

    // Labels for a list of people someone acts on, in the list's order: each name as it is, but
    // where two or more would read alike, the first of each one's clues that none of the others
    // shares ("Gemma (Peer support worker)"), or else their place among those still alike
    // ("Gemma (2)"), so no two labels, and no two buttons named after them, are the same.
    public static IReadOnlyList<string> TellApart<T>(IReadOnlyList<T> people, Func<T, string> name, Func<T, IReadOnlyList<string>> clues)
    {
        var labels = people.Select(name).ToArray();
        var alike = Enumerable.Range(0, labels.Length).GroupBy(i => labels[i], StringComparer.CurrentCultureIgnoreCase).Where(g => g.Count() > 1);
        foreach (var group in alike)
        {
            var indexes = group.ToList();
            var known = indexes.ToDictionary(i => i, i => clues(people[i]));
            var stillAlike = new List<int>();
            foreach (var i in indexes)
            {
                var clue = known[i].FirstOrDefault(c => indexes.All(j => j == i || !known[j].Contains(c, StringComparer.CurrentCultureIgnoreCase)));
                if (clue is null)
                {
                    stillAlike.Add(i);
                }
                else
                {
                    labels[i] = $"{labels[i]} ({clue})";
                }
            }

            for (var n = 0; n < stillAlike.Count; n++)
            {
                labels[stillAlike[n]] = $"{labels[stillAlike[n]]} ({n + 1})";
            }
        }

        return labels;
    }

    // How one member chose to appear, as a list reads it from their membership.
    public sealed record Choice(Guid PersonId, Naming Naming, string? DisplayName, string? JobRole, string? Organisation);

    // Each member's label by person, named as they chose and told apart from the others in the list;
    // numbers, where needed, follow the order they joined Roundtable in, so they stay put.
    public static IReadOnlyDictionary<Guid, string> TellApart(IEnumerable<Choice> people)
    {
        var list = people.DistinctBy(p => p.PersonId).OrderBy(p => p.PersonId).ToList();
        var labels = TellApart(list, p => AsTheyChose(p.Naming, p.DisplayName, p.JobRole, p.Organisation), p => Clues(p.Naming, p.JobRole, p.Organisation));
        return list.Select((p, i) => (p.PersonId, Label: labels[i])).ToDictionary(x => x.PersonId, x => x.Label);
    }

    public static string FirstName(string displayName) =>
        displayName.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[0];

    private static string RoleOnly(string? jobRole, string? organisation) =>
        (string.IsNullOrWhiteSpace(jobRole), string.IsNullOrWhiteSpace(organisation)) switch
        {
            (false, false) => $"{jobRole!.Trim()}, {organisation!.Trim()}",
            (false, true) => jobRole!.Trim(),
            (true, false) => $"Someone from {organisation!.Trim()}",
            _ => "A member",
        };
}
