using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;

namespace Notify.Functions.Hosting;

/// <summary>The isolated worker as the Azure Functions host starts it: ASP.NET Core integration, API-key middleware, Notify's services.</summary>
public static class WorkerApp
{
    public static IHost Build(string[] args, Action<FunctionsApplicationBuilder>? configure = null)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<ApiKeyMiddleware>();
        builder.UseMiddleware<RequestLimitsMiddleware>();
        builder.Services.AddNotify(builder.Configuration, HostingEnvironment.FunctionsHost);
        // Queue triggers bind their messages with the options the publisher wrote them with.
        builder.Services.Configure<WorkerOptions>(worker => worker.Serializer = new JsonObjectSerializer(QueueMessageContract.SerializerOptions));
        builder.Services.AddHostedService<StorageStartup>();
        return builder.Build();
    }
}
