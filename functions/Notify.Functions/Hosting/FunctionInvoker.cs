using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Notify.Functions.Hosting;

/// <summary>Runs one invocation of a queue or timer function in its own service scope, and logs its outcome.</summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes, ILogger<FunctionInvoker> logger)
{
    public async Task InvokeAsync(FunctionDefinition function, string payload, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await function.InvokeAsync(scope.ServiceProvider, payload, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Function {Function} failed after {ElapsedMs:F0} ms: {Reason}",
                function.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.Message);
            throw;
        }

        logger.LogInformation("Function {Function} succeeded in {ElapsedMs:F0} ms",
            function.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
