using System.Globalization;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.YouSaidWeDid;

// Who may see and change a "you said, we did" request, and how its statuses read.
public static class AskRules
{
    // What was heard only in a preparation meeting stays inside the lived-expert group (and the
    // co-leads who support it): to anyone else, and on the public board, it does not exist.
    public static bool CanSee(Ask ask, Membership? membership) =>
        !ask.FromPreparationMeeting || CommunityAccess.InLivedExpertSpace(membership);

    // Co-leads, and whoever owns it: the person, or anyone in the sub-group.
    public static bool MayChange(Ask ask, Membership? membership, IReadOnlyCollection<Guid> subGroupIds) =>
        membership is { IsActive: true } &&
        (membership.Role == CommunityRole.CoLead
         || ask.OwnerMembershipId == membership.Id
         || ask.OwnerSubGroupId is { } group && subGroupIds.Contains(group));

    public static string Name(AskStatus status) => status switch
    {
        AskStatus.Open => "Open",
        AskStatus.InProgress => "In progress",
        AskStatus.Done => "Done",
        AskStatus.NotUpheld => "Not upheld",
        AskStatus.OutsideOurControl => "Outside our control",
        _ => status.ToString(),
    };

    // The NHS.UK tag colour for each status.
    public static string TagClass(AskStatus status) => status switch
    {
        AskStatus.Open => "nhsuk-tag--grey",
        AskStatus.InProgress => "nhsuk-tag--blue",
        AskStatus.Done => "nhsuk-tag--green",
        AskStatus.NotUpheld => "nhsuk-tag--red",
        _ => "nhsuk-tag--yellow",
    };

    public static bool IsClosed(AskStatus status) => status is AskStatus.Done or AskStatus.NotUpheld or AskStatus.OutsideOurControl;

    public static string When(DateTimeOffset at) =>
        UkTimeZone.ToLocal(at).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    public static string Due(DateOnly due) => due.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    // The other person's change, said plainly, so the second person knows what they would undo.
    public static string ChangedMeanwhile(AskChange change, IReadOnlyDictionary<Guid, string> names)
    {
        var who = names.GetValueOrDefault(change.Decision.ById) ?? "Someone";
        var what = change.From is null ? "added it" : change.ChangesStatus ? $"marked it ‘{Name(change.To)}’" : "changed it";
        var why = change.Decision.Reason is { } reason ? $" (“{reason}”)" : "";
        return $"Someone else changed this request while you were looking: {who} {what} on {When(change.Decision.At)}{why}. Your change was not saved.";
    }
}
