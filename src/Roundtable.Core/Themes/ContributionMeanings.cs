using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Themes;

public sealed record Said(Guid ContributionId, string Text);

// Each contribution's meaning to the sentence encoder, encoded once and stored: in the background
// soon after it was said (EncodeWaitingAsync), or when themes are suggested before that
// (RecallAsync). What is stored is exactly what encoding again would give, so suggestions do not
// depend on which of the two made it.
public sealed class ContributionMeanings(RoundtableDb db, SentenceEncoding encoding)
{
    // Small, so the background work never holds the one encoding thread for long (about 10 ms a text).
    public const int Batch = 16;

    // Lists of ids sent to the database at once.
    private const int ReadAtOnce = 2_000;

    // Hands the encoder the stored meaning of each of these contributions, so it does not encode
    // them again, and encodes and stores those with none yet.
    public async Task RecallAsync(IReadOnlyList<Said> said, CancellationToken cancellationToken = default)
    {
        if (said.Count == 0 || encoding.Vectors is not { } vectors)
        {
            return;
        }

        // What the encoder still has from before is the same to the last bit as what is stored.
        said = said.Where(s => !vectors.Knows(s.Text)).ToList();
        var stored = new Dictionary<Guid, byte[]>();
        foreach (var ids in said.Select(s => s.ContributionId).Distinct().Chunk(ReadAtOnce))
        {
            var read = await db.ContributionMeanings.AsNoTracking()
                .Where(m => ids.Contains(m.ContributionId) && m.Model == SentenceVectors.Model)
                .Select(m => new { m.ContributionId, m.Vector })
                .ToListAsync(cancellationToken);
            foreach (var m in read)
            {
                stored[m.ContributionId] = m.Vector;
            }
        }

        var missing = new List<Said>();
        foreach (var s in said)
        {
            if (stored.TryGetValue(s.ContributionId, out var vector))
            {
                vectors.Remember(s.Text, SentenceVectors.Dequantise(vector));
            }
            else
            {
                missing.Add(s);
            }
        }

        await StoreAsync(vectors, missing.DistinctBy(s => s.ContributionId).ToList(), cancellationToken);
    }

    // Encodes and stores up to Batch of the contributions that have no stored meaning yet, oldest
    // first; how many it did. Nothing when the encoder is off or cannot be loaded.
    public async Task<int> EncodeWaitingAsync(CancellationToken cancellationToken = default)
    {
        if (!encoding.IsOn)
        {
            return 0;
        }

        var waiting = await db.Contributions.AsNoTracking()
            .Where(c => c.Text != null && c.Text != "" && c.DeletedAt == null
                        && !db.ContributionMeanings.Any(m => m.ContributionId == c.Id && m.Model == SentenceVectors.Model))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Take(Batch)
            .Select(c => new Said(c.Id, c.Text!))
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0 || encoding.Vectors is not { } vectors)
        {
            return 0;
        }

        await StoreAsync(vectors, waiting, cancellationToken);
        return waiting.Count;
    }

    private async Task StoreAsync(SentenceVectors vectors, List<Said> said, CancellationToken cancellationToken)
    {
        if (said.Count == 0)
        {
            return;
        }

        var encoded = vectors.Encode(said.Select(s => s.Text).ToList(), cancellationToken);
        var ids = said.Select(s => s.ContributionId).ToList();
        try
        {
            // A meaning from an earlier model is replaced.
            await db.ContributionMeanings.Where(m => ids.Contains(m.ContributionId)).ExecuteDeleteAsync(cancellationToken);
            db.ContributionMeanings.AddRange(said.Select((s, i) => new ContributionMeaning
            {
                ContributionId = s.ContributionId, Vector = SentenceVectors.Quantise(encoded[i]), Model = SentenceVectors.Model,
            }));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server stored the same meaning first, or the contribution was deleted in
            // the meantime: either way there is nothing more to keep.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
