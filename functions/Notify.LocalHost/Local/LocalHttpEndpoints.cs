using Microsoft.AspNetCore.Routing;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.LocalHost.Local;

/// <summary>
/// Serves every HTTP function on its route below the host.json route prefix, as the Functions host does: the API key
/// checked by the same gate as the worker's middleware, a fresh function instance per request, the request, route
/// values and the request's cancellation bound to the method, and its <see cref="IResult"/> written back.
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

        var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(context.RequestServices, function.ImplementationType);
        var arguments = FunctionArguments.Bind(function, context.Request, context.Request.RouteValues, context.RequestAborted);
        var result = await FunctionArguments.InvokeAsync(function, instance, arguments);
        await ((IResult)result!).ExecuteAsync(context);
    }
}
