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
}
