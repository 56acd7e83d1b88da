using System.Diagnostics;
using Notify.Functions.Hosting;
using Notify.Functions.Storage;

namespace Notify.LocalHost.Local;

/// <summary>
/// Runs one invocation of a queue or timer function in its own service scope, as the worker does: a fresh instance of
/// the function class from the container, the trigger value bound to its trigger parameter; logs the outcome.
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes, StorageOutage outage, ILogger<FunctionInvoker> logger)
{
    /// <summary>Runs a queue function with the text of its message (JSON, read as the worker reads it).</summary>
    public Task InvokeQueueAsync(FunctionDescriptor function, string messageText, CancellationToken cancellationToken) =>
        InvokeAsync(function, () => QueueMessageContract.Deserialize(messageText, function.TriggerParameter.ParameterType, function.Name), cancellationToken);

    /// <summary>Runs a timer function with its schedule status.</summary>
    public Task InvokeTimerAsync(FunctionDescriptor function, Microsoft.Azure.Functions.Worker.TimerInfo timer, CancellationToken cancellationToken) =>
        InvokeAsync(function, () => timer, cancellationToken);

    private async Task InvokeAsync(FunctionDescriptor function, Func<object> trigger, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, function.ImplementationType);
            var arguments = FunctionArguments.Bind(function, trigger(), EmptyRoute, cancellationToken);
            await FunctionArguments.InvokeAsync(function, instance, arguments);
        }
        catch (Exception exception) when (StorageFailures.IsUnreachable(exception))
        {
            // Said once for the whole outage, not with a stack trace per run.
            outage.Unreachable(exception);
            throw;
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

    private static readonly IReadOnlyDictionary<string, object?> EmptyRoute = new Dictionary<string, object?>();
}
