using Notify.Functions.Hosting;

// The isolated worker the Azure Functions host starts. Locally, Notify.LocalHost runs the same function classes.
await WorkerApp.Build(args).RunAsync();
