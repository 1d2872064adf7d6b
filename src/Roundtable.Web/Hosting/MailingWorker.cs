using Roundtable.Core.Mailing;

namespace Roundtable.Web.Hosting;

// Sends what was queued to the email list, one recipient at a time, in the background. At start it
// marks what the last run left half sent, then sends whatever is pending (so a restart resumes);
// afterwards it wakes when this server queues a mailing, and every half minute for mailings
// another server on the same PostgreSQL queued.
public sealed class MailingWorker(IServiceScopeFactory scopes, MailingWake wake, TimeProvider clock, ILogger<MailingWorker> logger)
    : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var started = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Before looking, so a mailing queued while looking still wakes it.
            var next = wake.NextQueued;
            try
            {
                using var scope = scopes.CreateScope();
                var delivery = scope.ServiceProvider.GetRequiredService<MailingDelivery>();
                if (!started)
                {
                    var interrupted = await delivery.MarkInterruptedAsync(stoppingToken);
                    if (interrupted > 0)
                    {
                        logger.LogWarning("{Count} emails to the list were being sent when the app stopped; marked failed, not sent again.", interrupted);
                    }

                    started = true;
                }

                await delivery.SendPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not send to the email list; trying again when the next mailing is queued.");
            }

            await Task.WhenAny(next, Task.Delay(Poll, clock, stoppingToken));
        }
    }
}
