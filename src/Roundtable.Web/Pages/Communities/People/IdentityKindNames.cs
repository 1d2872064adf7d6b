using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Pages.Communities.People;

public static class IdentityKindNames
{
    public static string Of(IdentityKind kind) => kind switch
    {
        IdentityKind.LivedExperience => "Lived experience",
        IdentityKind.FamilyOrCarer => "Families and carers",
        IdentityKind.Staff => "Staff, by sector",
        IdentityKind.Both => "Professional and lived expert at once",
        _ => "Other",
    };
}
