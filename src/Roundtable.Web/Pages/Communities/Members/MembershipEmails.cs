using System.Globalization;
using System.Text;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Members;

// The emails about joining a community: plain words, the one thing to do, and the link.
public static class MembershipEmails
{
    public static OutgoingEmail Invitation(Invitation invitation, Community community, string sentBy, string? note, Uri link)
    {
        var body = new StringBuilder();
        body.AppendLine("Hello,").AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture,
            $"{sentBy} has invited you to join {community.Name} on Roundtable, as {RoleNames.WithArticle(invitation.Role)}.");
        if (invitation.InLivedExpertGroup)
        {
            body.AppendLine("You are also invited to be part of its lived-expert group, which meets between sessions to shape what comes next.");
        }

        body.AppendLine().AppendLine(community.Purpose);
        if (!string.IsNullOrWhiteSpace(note))
        {
            body.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{sentBy} wrote:").AppendLine(note);
        }

        body.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"To accept, open this link. It works until {UkTime.Format(invitation.ExpiresAt)}:");
        body.AppendLine().AppendLine(link.ToString()).AppendLine();
        body.AppendLine("If you were not expecting this, you can ignore this email. Nothing happens unless you accept.");
        body.AppendLine().Append("Roundtable");
        return new OutgoingEmail(invitation.Email, $"You are invited to join {community.Name}", body.ToString());
    }

    public static OutgoingEmail Approved(string to, Community community, Uri link) => new(
        to,
        $"You are now a member of {community.Name}",
        $"""
        Hello,

        A co-lead of {community.Name} has said yes to your request to join. You are now a member.

        {link}

        Roundtable
        """);

    public static OutgoingEmail Declined(string to, Community community, string reason, Uri link) => new(
        to,
        $"Your request to join {community.Name}",
        $"""
        Hello,

        A co-lead of {community.Name} has replied to your request to join. They have not said yes this time. They wrote:

        {reason}

        You can read this again, and ask again if you would like to, here:

        {link}

        Roundtable
        """);
}
