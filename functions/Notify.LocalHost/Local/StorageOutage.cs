using System.Diagnostics;
using Notify.Functions.Storage;

namespace Notify.LocalHost.Local;

/// <summary>
/// What the local host says while storage cannot be reached: every poller and timer reports here instead of logging
/// its own failure, so an outage costs one line when it starts (which endpoint, the transport's reason, no stack
/// trace) and one when storage answers again, however many pollers notice it and however long it lasts.
/// </summary>
public sealed class StorageOutage(ILogger<StorageOutage> logger)
{
    private readonly Lock _gate = new();
    private long? _since;
    private string? _where;
    private volatile bool _ongoing;

    public bool IsOngoing => _ongoing;

    /// <summary>Storage did not answer <paramref name="endpoint"/> (null when the caller does not know which one).</summary>
    public void Unreachable(Exception exception, Uri? endpoint = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        lock (_gate)
        {
            if (_since is not null)
            {
                return;
            }

            _since = Stopwatch.GetTimestamp();
            _where = endpoint?.ToString() ?? "the storage account";
            _ongoing = true;
        }

        logger.LogWarning("Storage is unreachable at {Endpoint}: {Reason}. Polling goes on quietly; one line follows when storage answers again",
            _where, StorageFailures.Reason(exception));
    }

    /// <summary>Storage answered a poll.</summary>
    public void Reachable()
    {
        // Every successful poll calls this: without an outage it costs one read.
        if (!_ongoing)
        {
            return;
        }

        long since;
        string? where;
        lock (_gate)
        {
            if (_since is not { } start)
            {
                return;
            }

            (since, where, _since, _where, _ongoing) = (start, _where, null, null, false);
        }

        logger.LogInformation("Storage answers again at {Endpoint}, after {OutageSeconds:F0} s unreachable", where, Stopwatch.GetElapsedTime(since).TotalSeconds);
    }
}
