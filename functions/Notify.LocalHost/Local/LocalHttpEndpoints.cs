using Microsoft.AspNetCore.Routing;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.LocalHost.Local;

/// <summary>
/// Serves every HTTP function on its route below the host.json route prefix, as the Functions host does: the API key
/// checked by the same gate as the worker's middleware, input held to its limits by the same <see cref="RequestGuard"/>, a
/// fresh function instance per request, the request, route values and a token cancelled when the client goes away or
/// the route's time limit passes bound to the method, and its <see cref="IResult"/> written back.
/// </summary>
public static class LocalHttpEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, FunctionCatalog catalog, string routePrefix)
    {
        var prefix = string.IsNullOrEmpty(routePrefix) ? "" : "/" + routePrefix;
        foreach (var function in catalog.HttpFunctions)
        {
            var http = (HttpEndpoint)function.Trigger;
            endpoints.MapMethods($"{prefix}/{http.Route}", http.Methods, context => ServeAsync(function, context)).WithName(function.Name);
        }
    }

    private static async Task ServeAsync(FunctionDescriptor function, HttpContext context)
    {
        var gate = context.RequestServices.GetRequiredService<ApiAccessGate>();
        if (await gate.AdmitAsync(context, function.Access!, context.RequestAborted) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        if (await RequestGuard.AdmitAsync(context, function, RouteValues(context), context.RequestAborted) is { } overLimit)
        {
            await overLimit.ExecuteAsync(context);
            return;
        }

        await context.RequestServices.GetRequiredService<RequestGuard>()
            .RunAsync(context, function, cancellationToken => InvokeAsync(function, context, cancellationToken), context.RequestAborted);
    }

    private static async Task InvokeAsync(FunctionDescriptor function, HttpContext context, CancellationToken cancellationToken)
    {
        var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(context.RequestServices, function.ImplementationType);
        var arguments = FunctionArguments.Bind(function, context.Request, context.Request.RouteValues, cancellationToken);
        var result = await FunctionArguments.InvokeAsync(function, instance, arguments);
        await ((IResult)result!).ExecuteAsync(context);
    }

    private static IEnumerable<KeyValuePair<string, string?>> RouteValues(HttpContext context) =>
        context.Request.RouteValues.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value?.ToString()));
}
