using Notify.Functions.Channels.Sms;

namespace Notify.Functions.Consent;

/// <summary>
/// The opted-out numbers, read whole and kept for <see cref="RefreshEvery"/>: a batch checks hundreds of numbers,
/// and a STOP reply reaches sends within that time (the SMS channel checks the store again before sending live).
/// </summary>
public sealed class SmsOptOutCache(SmsOptOutStore store, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (IReadOnlySet<string> Hashes, DateTimeOffset ReadAt)? _current;

    public async Task<bool> IsOptedOutAsync(string number, CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Contains(SmsNumbers.Hash(number));

    public void Dispose() => _refresh.Dispose();

    private async Task<IReadOnlySet<string>> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is { } fresh && clock.GetUtcNow() - fresh.ReadAt < RefreshEvery)
        {
            return fresh.Hashes;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is not { } current || clock.GetUtcNow() - current.ReadAt >= RefreshEvery)
            {
                _current = (await store.OptedOutHashesAsync(cancellationToken), clock.GetUtcNow());
            }

            return _current.Value.Hashes;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
