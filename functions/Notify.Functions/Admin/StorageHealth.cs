using Azure;
using Notify.Functions.Storage;

namespace Notify.Functions.Admin;

/// <summary>Checks that each storage service answers, in parallel and within a few seconds.</summary>
public sealed class StorageHealth(StorageClients storage)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var checks = await Task.WhenAll(
            CheckAsync("blob", storage.BlobEndpoint, ct => storage.BlobService.GetBlobContainersAsync(cancellationToken: ct).AnyAsync(ct), timeout.Token),
            CheckAsync("queue", storage.QueueEndpoint, ct => storage.QueueService.GetQueuesAsync(cancellationToken: ct).AnyAsync(ct), timeout.Token),
            CheckAsync("table", storage.TableEndpoint, ct => storage.TableService.QueryAsync(cancellationToken: ct).AnyAsync(ct), timeout.Token));
        return new HealthReport(checks.All(c => c.Reachable) ? "healthy" : "unhealthy", checks);
    }

    private static async Task<ServiceHealth> CheckAsync(
        string service, Uri endpoint, Func<CancellationToken, ValueTask<bool>> listFirst, CancellationToken cancellationToken)
    {
        try
        {
            await listFirst(cancellationToken);
            return new ServiceHealth(service, endpoint.ToString(), Reachable: true, Error: null);
        }
        catch (Exception exception) when (StorageFailures.IsUnreachable(exception))
        {
            return new ServiceHealth(service, endpoint.ToString(), Reachable: false, $"unreachable: {StorageFailures.Reason(exception)}");
        }
        catch (RequestFailedException exception)
        {
            return new ServiceHealth(service, endpoint.ToString(), Reachable: false, $"{exception.Status} {exception.ErrorCode}".Trim());
        }
        catch (OperationCanceledException)
        {
            return new ServiceHealth(service, endpoint.ToString(), Reachable: false, $"no answer within {Timeout.TotalSeconds:F0} s");
        }
    }
}
