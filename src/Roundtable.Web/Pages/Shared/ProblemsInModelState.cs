using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core;

namespace Roundtable.Web.Pages.Shared;

public static class ProblemsInModelState
{
    // What Core found wrong, each against its form field: prefix.Field ("Input.StartTime"), or the
    // key `key` gives for a field (null: the usual one; empty: the page has said it already).
    public static void AddProblems(this ModelStateDictionary state, IEnumerable<Problem> problems, string prefix, Func<string, string?>? key = null)
    {
        foreach (var problem in problems)
        {
            var name = key?.Invoke(problem.Field) ?? (prefix.Length == 0 || problem.Field.Length == 0 ? problem.Field : $"{prefix}.{problem.Field}");
            if (name.Length > 0 || problem.Field.Length == 0)
            {
                state.AddModelError(name, problem.Message);
            }
        }
    }

    // The fields a page has already said are wrong (a box it could not read) before it asks Core
    // about the rest: Core, not given what was in them, would only ask for them again.
    public static IReadOnlySet<string> Said(this ModelStateDictionary state) =>
        state.Where(entry => entry.Value is { Errors.Count: > 0 }).Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal);

    // Says a problem beside another box (to): the page does not show the box it was against (a
    // number sent for a question that asks for none), and a message beside nothing would be lost.
    public static void MoveProblems(this ModelStateDictionary state, string from, string to)
    {
        if (!state.TryGetValue(from, out var entry) || entry.Errors.Count == 0)
        {
            return;
        }

        var messages = entry.Errors.Select(error => error.ErrorMessage).ToList();
        entry.Errors.Clear();
        entry.ValidationState = ModelValidationState.Skipped;
        foreach (var message in messages)
        {
            state.AddModelError(to, message);
        }
    }
}
