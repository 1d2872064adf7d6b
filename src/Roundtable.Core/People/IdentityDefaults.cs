using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.People;

// The identities a new community offers its members, from the co-created charter. People pick
// as many as are true for them; each community can add its own.
public static class IdentityDefaults
{
    public sealed record Option(string Name, IdentityKind Kind);

    public static readonly IReadOnlyList<Option> All =
    [
        new("Autistic person", IdentityKind.LivedExperience),
        new("Person with a learning disability", IdentityKind.LivedExperience),
        new("Person with ADHD", IdentityKind.LivedExperience),
        new("Person with lived experience of mental illness", IdentityKind.LivedExperience),
        new("Family member or carer", IdentityKind.FamilyOrCarer),
        new("Staff: health", IdentityKind.Staff),
        new("Staff: social care", IdentityKind.Staff),
        new("Staff: education", IdentityKind.Staff),
        new("Staff: mental health", IdentityKind.Staff),
        new("Staff: voluntary sector", IdentityKind.Staff),
        new("Staff: local authority", IdentityKind.Staff),
        new("Staff: primary care", IdentityKind.Staff),
        new("Professional and lived expert at the same time", IdentityKind.Both),
    ];
}
