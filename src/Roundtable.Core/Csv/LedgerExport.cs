using Roundtable.Core.Data.Entities;
using Roundtable.Core.YouSaidWeDid;

namespace Roundtable.Core.Csv;

// The community's "you said, we did" ledger for a spreadsheet, as the person asking may read it on
// the ledger page (AskLedger): what was asked, by whom only as they consented to be quoted, where
// it came from, who owns it, its status, when it is due, and its last change with the reason given.
// Requests heard only in a preparation meeting are in it only for the lived-expert group and co-leads.
public sealed class LedgerExport(AskLedger ledger)
{
    public sealed record Row(
        string Words, string? AskedBy, string Source, string? Owner, string Status, string? Due, string Added, string LastChange, string? Reason,
        string? RaisedWith);

    public static readonly IReadOnlyList<CsvColumn<Row>> Columns =
    [
        new("What was asked", r => r.Words),
        new("Asked by", r => r.AskedBy),
        new("Source", r => r.Source),
        new("Owner", r => r.Owner),
        new("Status", r => r.Status),
        new("Due", r => r.Due),
        new("Added (UK time)", r => r.Added),
        new("Last change (UK time)", r => r.LastChange),
        new("Reason", r => r.Reason),
        new("Raised with", r => r.RaisedWith),
    ];

    public async Task<CsvFile> ForCommunityAsync(Community community, Membership? reader, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(community.Id, reader, cancellationToken);
        return new CsvFile(CsvFile.NameFor(community.Slug, "you-said-we-did"), CsvExport.Write(rows, Columns));
    }

    public async Task<IReadOnlyList<Row>> RowsAsync(Guid communityId, Membership? reader, CancellationToken cancellationToken = default)
    {
        var lines = await ledger.ReadAsync(communityId, reader, cancellationToken: cancellationToken);
        return lines.Select(line =>
        {
            var ask = line.Ask;
            var latest = line.Latest;
            return new Row(
                ask.Words,
                line.AskedBy.Text,
                SourceName(ask),
                line.Owner,
                AskRules.Name(ask.Status),
                ask.DueOn is { } due ? CsvFile.Date(due) : null,
                CsvFile.Time(ask.CreatedAt),
                CsvFile.Time(latest.Decision.At),
                latest.Decision.Reason,
                latest.RaisedWith);
        }).ToList();
    }

    private static string SourceName(Ask ask)
    {
        var source = ask.Source switch
        {
            AskSource.Contribution => "A contribution",
            AskSource.Theme => "A theme",
            AskSource.FeedbackAnswer => "A feedback answer",
            _ => "Added directly",
        };
        return ask.FromPreparationMeeting ? $"{source} (preparation meeting)" : source;
    }
}
