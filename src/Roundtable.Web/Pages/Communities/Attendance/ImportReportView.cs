using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Roundtable.Core.Attendance;

namespace Roundtable.Web.Pages.Communities.Attendance;

// What an import did, carried to the page the browser is sent to afterwards (kept small enough
// for the TempData cookie: skipped lines are grouped by reason, and the rows not matched are all
// listed on the page anyway, to resolve).
public sealed record ImportReportView(
    string FileName,
    string Layout,
    int RowsRead,
    int MatchedByEmail,
    int MatchedByName,
    IReadOnlyList<ImportReportView.ByName> MatchedByNameShown,
    IReadOnlyList<ImportReportView.Chosen> MatchedAsChosenBefore,
    int DuplicatesMerged,
    int AlreadyPresent,
    int Added,
    int NotMatched,
    IReadOnlyList<ImportReportView.Stranger> NotMatchedShown,
    int AlreadyListed,
    IReadOnlyList<ImportReportView.SkippedLines> Skipped,
    int BlankLines)
{
    private const string Key = "AttendanceImport";
    private const int Shown = 25;

    public sealed record ByName(string InReport, Guid PersonId);

    // Remembered: what ForgetAsync undoes, if the facilitator chooses again.
    public sealed record Chosen(string InReport, Guid PersonId, Guid Remembered);

    public sealed record Stranger(string Name, string? Email, string Reason);

    public sealed record SkippedLines(string Reason, int Count, string Lines);

    public int SkippedCount => Skipped.Sum(s => s.Count);

    public static ImportReportView From(string fileName, AttendanceRecords.ImportSummary summary) => new(
        fileName,
        summary.Layout,
        summary.RowsRead,
        summary.MatchedByEmail,
        summary.MatchedByName.Count,
        summary.MatchedByName.Take(Shown).Select(m => new ByName(m.InReport, m.PersonId)).ToList(),
        summary.MatchedAsChosenBefore.Take(Shown).Select(m => new Chosen(m.InReport, m.PersonId, m.Remembered)).ToList(),
        summary.DuplicatesMerged,
        summary.AlreadyPresent,
        summary.Added,
        summary.NotMatched.Count,
        summary.NotMatched.Take(Shown).Select(n => new Stranger(n.Name, n.Email, n.Reason)).ToList(),
        summary.AlreadyListed,
        summary.Skipped.GroupBy(s => s.Reason)
            .Select(g => new SkippedLines(g.Key, g.Count(), LineList(g.Select(s => s.Line).ToList())))
            .Take(10)
            .ToList(),
        summary.BlankLines);

    public void Keep(ITempDataDictionary tempData) => tempData[Key] = JsonSerializer.Serialize(this);

    // Reading TempData on a request that brought none would make the page answer with a cookie
    // deletion: look only when the browser sent the cookie that carries it (as Notice does).
    public static ImportReportView? Take(HttpContext http, ITempDataDictionary tempData)
    {
        var cookie = http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name;
        if (cookie is null || !http.Request.Cookies.ContainsKey(cookie) || tempData.Peek(Key) is not string json)
        {
            return null;
        }

        tempData.Remove(Key);
        return JsonSerializer.Deserialize<ImportReportView>(json);
    }

    // "3 to 9, 12 and 15": runs of lines, the first few.
    private static string LineList(List<int> lines)
    {
        var runs = new List<string>();
        for (var i = 0; i < lines.Count;)
        {
            var j = i;
            while (j + 1 < lines.Count && lines[j + 1] == lines[j] + 1)
            {
                j++;
            }

            runs.Add(j == i ? $"{lines[i]}" : $"{lines[i]} to {lines[j]}");
            i = j + 1;
        }

        var shown = runs.Take(8).ToList();
        var text = shown.Count == 1 ? shown[0] : string.Join(", ", shown.Take(shown.Count - 1)) + " and " + shown[^1];
        return runs.Count > shown.Count ? text + " and others" : text;
    }
}
