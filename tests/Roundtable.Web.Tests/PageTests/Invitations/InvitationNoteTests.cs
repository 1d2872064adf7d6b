using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Members;

namespace Roundtable.Web.Tests.PageTests.Invitations;

[Collection(SharedApps.People)]
public class InvitationNoteTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Invitation_ShowsTheCoLeadsNoteAndSendingAgainKeepsIt()
    {
        var (community, _, coLead) = await app.CommunityWithCoLeadAsync();
        var email = MembersTestData.UniqueEmail();
        const string note = "We would love your voice in the action group.\nNo need to reply: just come along.";

        using (await coLead.SubmitAsync($"/communities/{community.Slug}/members/invite", new Dictionary<string, string>
               {
                   ["Input.Email"] = email,
                   ["Input.Role"] = "Member",
                   ["Input.Note"] = note,
               }))
        {
        }

        var first = await app.CreateBrowser().GetDocumentAsync(await app.LatestInvitationLinkAsync(email));
        var manage = await coLead.GetDocumentAsync($"/communities/{community.Slug}/members/manage");
        using (await coLead.SubmitAsync(manage.QuerySelectorAll("main form").OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
                   .First(f => f.TextContent.Contains("Send again", StringComparison.Ordinal))))
        {
        }

        var again = await app.CreateBrowser().GetDocumentAsync(await app.LatestInvitationLinkAsync(email));
        Assert.Equal(note, first.GetElementById("invitation-note")?.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(note, again.GetElementById("invitation-note")?.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
