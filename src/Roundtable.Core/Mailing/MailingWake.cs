namespace Roundtable.Core.Mailing;

// Wakes the background sender when a mailing is queued, so it starts at once rather than at
// its next look.
public sealed class MailingWake
{
    private TaskCompletionSource queued = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Completes when the next mailing is queued.
    public Task NextQueued => Volatile.Read(ref queued).Task;

    public void Queued() =>
        Interlocked.Exchange(ref queued, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
