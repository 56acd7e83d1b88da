using Notify.Storage;

namespace Notify.Functions.Admin;

/// <summary>Checks that each storage service answers, in parallel and within a few seconds.</summary>
public sealed class StorageHealth(StorageAccount storage)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var checks = await Task.WhenAll(
            CheckAsync("blob", storage.BlobEndpoint, ct => storage.ListBlobContainersAsync(ct), timeout.Token),
            CheckAsync("queue", storage.QueueEndpoint, ct => storage.ListQueuesAsync(cancellationToken: ct), timeout.Token),
            CheckAsync("table", storage.TableEndpoint, ct => storage.ListTablesAsync(ct), timeout.Token));
        return new HealthReport(checks.All(c => c.Reachable) ? "healthy" : "unhealthy", checks);
    }

    private static async Task<ServiceHealth> CheckAsync(
        string service, Uri endpoint, Func<CancellationToken, IAsyncEnumerable<string>> list, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in list(cancellationToken))
            {
                break;
            }

            return new ServiceHealth(service, endpoint.ToString(), Reachable: true, Error: null);
        }
        catch (StorageRequestException exception)
        {
            return new ServiceHealth(service, endpoint.ToString(), Reachable: false, $"{exception.Status} {exception.ErrorCode}".Trim());
        }
        catch (OperationCanceledException)
        {
            return new ServiceHealth(service, endpoint.ToString(), Reachable: false, $"no answer within {Timeout.TotalSeconds:F0} s");
        }
    }
}
