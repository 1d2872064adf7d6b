using System.Net;
using System.Text.Json;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Doors;

// What each door said about bad input: the page next to its field, the API against the field as its
// request names it. Each must say exactly the expected words, and nothing else.
public static class TwoDoors
{
    // A form answered with itself, the message beside the field (its id, "Input_EndTime") and in
    // the error summary, and no other problem.
    public static async Task PageSaysAsync(HttpResponseMessage response, string fieldId, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(message, page.ErrorFor(fieldId));
        Assert.Equal([message], page.ErrorSummary());
    }

    // A 400 with the message for the field ("endTime", "items[1].minutes"), and no other problem.
    public static void ApiSays(HttpResponseMessage response, JsonElement problem, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(field, error.Name);
        Assert.Equal([message], error.Value.EnumerateArray().Select(m => m.GetString()));
    }

    // What the API answered, as the field it named and its message: a 400 with one problem, or a
    // 409 refusal about no field (null, its detail).
    public static async Task<(string? Field, string? Message)> ApiSaidAsync(HttpResponseMessage response)
    {
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return (null, problem.GetProperty("detail").GetString());
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        return (error.Name, Assert.Single(error.Value.EnumerateArray()).GetString());
    }

    // "EndTime" as a JSON request names it: "endTime".
    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
