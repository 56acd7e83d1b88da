using System.Diagnostics;
using System.Text.Json;

namespace Notify.Functions.Hosting.CustomHandler;

/// <summary>
/// The custom-handler contract: the Functions host POSTs <c>{Data, Metadata}</c> to
/// <c>/{FunctionName}</c> and reads <c>{Outputs, Logs, ReturnValue}</c> back. A non-2xx answer fails
/// the invocation, so it is only given when the work must be retried.
/// </summary>
public static class CustomHandlerEndpoints
{
    private static readonly JsonSerializerOptions ResponseJson = new() { PropertyNamingPolicy = null };

    public static void MapCustomHandlerEndpoints(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog)
    {
        // The host probes readiness with plain requests to "/": any answer counts.
        endpoints.MapGet("/", () => Results.Json(new { status = "ready" }));

        foreach (var function in catalog.All)
        {
            endpoints.MapPost("/" + function.Name, (Func<HttpContext, Task<IResult>>)(context => InvokeAsync(function, context)));
        }
    }

    private static async Task<IResult> InvokeAsync(FunctionDefinition function, HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var cancellationToken = context.RequestAborted;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CustomHandlerEndpoints));
        var invocationId = context.Request.Headers["X-Azure-Functions-InvocationId"].ToString();
        try
        {
            var invocation = await InvocationRequest.ReadAsync(context.Request.Body, cancellationToken);
            InvocationResponse response;
            switch (function.Declaration.Trigger)
            {
                case HttpTrigger:
                    response = await context.RequestServices.GetRequiredService<HttpPayloadBridge>().InvokeAsync(invocation, cancellationToken);
                    break;
                case QueueTrigger:
                    await Invoke(invocation.ReadBindingAsText(QueueTrigger.BindingName));
                    response = InvocationResponse.Empty(Completed());
                    break;
                default:
                    await Invoke(invocation.ReadBindingAsText(TimerTrigger.BindingName));
                    response = InvocationResponse.Empty(Completed());
                    break;
            }

            return Results.Json(response, ResponseJson, statusCode: StatusCodes.Status200OK);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Invocation {InvocationId} of {Function} failed: {Reason}", invocationId, function.Name, exception.Message);
            var failed = InvocationResponse.Empty($"{function.Name} failed: {exception.Message}");
            return Results.Json(failed, ResponseJson, statusCode: StatusCodes.Status500InternalServerError);
        }

        Task Invoke(string payload) =>
            context.RequestServices.GetRequiredService<FunctionInvoker>().InvokeAsync(function, payload, cancellationToken);

        string Completed() =>
            $"{function.Name} completed in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms";
    }
}
