using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Notify.Functions.Access;

namespace Notify.Functions.Hosting;

/// <summary>
/// Under the Functions host: checks the API key of every HTTP invocation against the function's
/// <see cref="RequireApiKeyAttribute"/> before the function runs, and answers 401/403 itself when it fails.
/// </summary>
public sealed class ApiKeyMiddleware(ApiAccessGate gate) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext();
        if (http is not null && FunctionIndex.Find(context.FunctionDefinition.Name)?.Access is { } access
            && await gate.AdmitAsync(http, access, context.CancellationToken) is { } refusal)
        {
            await refusal.ExecuteAsync(http);
            return;
        }

        await next(context);
    }
}
