using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Notify.Functions.Hosting;

// The isolated worker the Azure Functions host starts. Locally, Notify.LocalHost runs the same function classes.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ApiKeyMiddleware>();
builder.Services.AddNotify(builder.Configuration, HostingEnvironment.FunctionsHost);
builder.Services.Configure<WorkerOptions>(worker => worker.Serializer = new JsonObjectSerializer(QueueMessageContract.SerializerOptions));
builder.Services.AddHostedService<StorageStartup>();
await builder.Build().RunAsync();
