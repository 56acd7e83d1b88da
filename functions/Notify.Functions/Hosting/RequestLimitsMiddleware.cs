using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Notify.Functions.Hosting;

/// <summary>
/// Under the Functions host: holds every HTTP invocation to <see cref="InputLimits"/> through <see cref="RequestGuard"/>
/// before the function runs, answering 400/413 itself. The function's cancellation token is the invocation's, which
/// the host cancels when the client goes away or at host.json's functionTimeout; the worker cannot hand the function
/// another token, so the per-route time limit (RequestGuard.RunAsync) holds under the local host only.
/// </summary>
public sealed class RequestLimitsMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.GetHttpContext();
        if (http is null || FunctionIndex.Find(context.FunctionDefinition.Name) is not { Trigger: HttpEndpoint } function)
        {
            await next(context);
            return;
        }

        if (await RequestGuard.AdmitAsync(http, function, RouteValues(context, function), context.CancellationToken) is { } refusal)
        {
            await refusal.ExecuteAsync(http);
            return;
        }

        await next(context);
    }

    /// <summary>The route values the host bound for the method's own parameters (not the request or the token).</summary>
    private static IEnumerable<KeyValuePair<string, string?>> RouteValues(FunctionContext context, FunctionDescriptor function)
    {
        var bound = context.BindingContext.BindingData;
        var routed = context.GetHttpContext()?.Request.RouteValues;
        return function.Method.GetParameters()
            .Where(parameter => parameter != function.TriggerParameter && parameter.ParameterType != typeof(CancellationToken))
            .Select(parameter => new KeyValuePair<string, string?>(
                parameter.Name!, (bound.TryGetValue(parameter.Name!, out var value) ? value : routed?[parameter.Name!])?.ToString()));
    }
}
