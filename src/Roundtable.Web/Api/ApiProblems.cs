using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core;

namespace Roundtable.Web.Api;

// The problems the API answers with, in the shape every endpoint uses: a detail in words, and
// for bad input one entry per field, named as the request names it.
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: detail);

    public static ValidationProblem Invalid(string field, string message, IDictionary<string, object?>? extensions = null) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, extensions: extensions);

    // The errors a form recorded, under the request's own field names. The pages' forms check the
    // same things the API takes, so the API fills one in and asks it, and the rules stay in one place.
    public static ValidationProblem Invalid(ModelStateDictionary state, Func<string, string> field) =>
        TypedResults.ValidationProblem(state
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .GroupBy(entry => field(entry.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(entry => entry.Value!.Errors.Select(e => e.ErrorMessage)).ToArray(), StringComparer.Ordinal));

    // Core's problems, each under the request's name for its field: "StartTime" becomes "startTime".
    public static ValidationProblem Invalid(IEnumerable<Problem> problems) =>
        TypedResults.ValidationProblem(problems
            .GroupBy(p => Camel(p.Field), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal));

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    // "Input.StartTime" becomes "startTime": a form's key as the JSON property it came from.
    public static string FormField(string key)
    {
        return Camel(key.StartsWith("Input.", StringComparison.Ordinal) ? key["Input.".Length..] : key);
    }
}
