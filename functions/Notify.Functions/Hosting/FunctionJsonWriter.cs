using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notify.Functions.Hosting;

/// <summary>Writes <c>&lt;FunctionName&gt;/function.json</c> for every declared function, as the Functions host reads them.</summary>
public static class FunctionJsonWriter
{
    public const string StorageConnection = "AzureWebJobsStorage";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject Build(FunctionDeclaration declaration) => declaration.Trigger switch
    {
        QueueTrigger queue => Bindings(new JsonObject
        {
            ["name"] = QueueTrigger.BindingName,
            ["type"] = "queueTrigger",
            ["direction"] = "in",
            ["queueName"] = queue.QueueName,
            ["connection"] = StorageConnection,
        }),
        TimerTrigger timer => Bindings(new JsonObject
        {
            ["name"] = TimerTrigger.BindingName,
            ["type"] = "timerTrigger",
            ["direction"] = "in",
            ["schedule"] = timer.Schedule,
            ["runOnStartup"] = timer.RunOnStartup,
            ["useMonitor"] = true,
        }),
        HttpTrigger http => Bindings(
            new JsonObject
            {
                ["name"] = HttpTrigger.RequestBindingName,
                ["type"] = "httpTrigger",
                ["direction"] = "in",
                // Notify checks its own API keys; the platform's function keys would be a second, unmanaged lock.
                ["authLevel"] = "anonymous",
                ["methods"] = new JsonArray(http.Method.ToLowerInvariant()),
                ["route"] = http.Route,
            },
            new JsonObject
            {
                ["name"] = HttpTrigger.ResponseBindingName,
                ["type"] = "http",
                ["direction"] = "out",
            }),
        _ => throw new NotSupportedException($"{declaration.Name} has a trigger function.json cannot express."),
    };

    /// <summary>Writes one folder per function below <paramref name="outputFolder"/>; returns the files written.</summary>
    public static IReadOnlyList<string> WriteAll(IEnumerable<FunctionDeclaration> declarations, string outputFolder)
    {
        var written = new List<string>();
        foreach (var declaration in declarations)
        {
            var folder = Path.Combine(outputFolder, declaration.Name);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "function.json");
            File.WriteAllText(path, Build(declaration).ToJsonString(Indented) + "\n");
            written.Add(path);
        }

        return written;
    }

    private static JsonObject Bindings(params JsonObject[] bindings) => new() { ["bindings"] = new JsonArray(bindings) };
}
