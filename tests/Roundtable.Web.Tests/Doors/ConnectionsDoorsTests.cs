using Roundtable.Core.Communities;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Doors;

// The same bad connection sent through both doors, the page (its form posted as a browser posts
// it) and the API (as JSON), is refused by each with the same words against the same field, and
// nothing is recorded.
[Collection(SharedApps.Doors)]
public class ConnectionsDoorsTests(RoundtableApp app)
{
    public sealed record Row(string Why, string? ServiceName, string PageField, string ApiField, string Message);

    private static readonly Dictionary<string, Row> Table = new()
    {
        ["no reason"] = new("  ", "Carers' Hub", "Input_Why", "why", "Say why they were connected"),
        ["a reason too long"] = new(new string('w', 1001), "Carers' Hub", "Input_Why", "why", "Why must be 1000 characters or fewer (you have 1001)"),
        ["a service with no name"] = new("To share", " ", "Input_To_Name", "to.name", "Enter the name of the group or service"),
    };

    public static TheoryData<string> Cases() => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_RecordABadConnection_BothDoorsRefuseItWithTheSameWords(string @case)
    {
        var (why, serviceName, pageField, apiField, message) = Table[@case];
        var community = await app.CreateCommunityAsync();
        var facilitator = await app.MemberAsync(community, "Fay Facilitator", CommunityRole.Facilitator);
        var member = await app.MemberAsync(community, "Mo Member");
        var browser = await app.BrowserForAsync(facilitator);
        var api = await app.ApiClientForAsync(facilitator);

        using var page = await browser.SubmitAsync($"/communities/{community.Slug}/connections/new", new Dictionary<string, string>
        {
            ["Input.From.Kind"] = "Member", ["Input.From.PersonId"] = member.Id.ToString(),
            ["Input.To.Kind"] = "Named", ["Input.To.Name"] = serviceName ?? "", ["Input.Why"] = why,
        });
        var (response, problem) = await api.PostJsonAsync($"/api/v1/communities/{community.Slug}/connections", new
        {
            from = new { kind = "Member", personId = member.Id },
            to = new { kind = "Named", name = serviceName },
            why,
        });

        await TwoDoors.PageSaysAsync(page, pageField, message);
        TwoDoors.ApiSays(response, problem, apiField, message);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Connections.Count(c => c.CommunityId == community.Id))));
    }
}
