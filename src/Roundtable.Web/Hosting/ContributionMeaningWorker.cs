using Roundtable.Core.Data;
using Roundtable.Core.Themes;

namespace Roundtable.Web.Hosting;

// Encodes, on one thread in the background, what people said that the sentence encoder has not
// read yet (ContributionMeanings.EncodeWaitingAsync), a few at a time and oldest first, so that
// suggesting themes finds every meaning already stored. Wakes when this server writes to the
// database, and every few seconds for what another server on the same PostgreSQL wrote.
public sealed class ContributionMeaningWorker(
    IServiceScopeFactory scopes, SentenceEncoding encoding, DatabaseWrites writes, TimeProvider clock, ILogger<ContributionMeaningWorker> logger)
    : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (encoding.IsOn && !stoppingToken.IsCancellationRequested)
        {
            // Before looking, so a write made while looking still wakes it.
            var nextWrite = writes.NextWrite;
            var encoded = 0;
            try
            {
                using var scope = scopes.CreateScope();
                encoded = await scope.ServiceProvider.GetRequiredService<ContributionMeanings>().EncodeWaitingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not store what contributions mean; trying again at the next write.");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (encoded == 0)
            {
                await Task.WhenAny(nextWrite, Task.Delay(Poll, clock, stoppingToken));
            }
        }
    }
}
