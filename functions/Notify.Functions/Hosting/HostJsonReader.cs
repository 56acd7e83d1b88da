using System.Globalization;
using System.Text.Json;
using Azure.Storage.Queues;

namespace Notify.Functions.Hosting;

/// <summary>Reads host.json the way the Functions host does for the settings Notify uses.</summary>
public static class HostJsonReader
{
    public const string FileName = "host.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Finds host.json in the working directory or above it, then beside the app binaries or above them.</summary>
    public static string? Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return File.Exists(explicitPath)
                ? Path.GetFullPath(explicitPath)
                : throw new FileNotFoundException($"host.json was configured at '{explicitPath}' but no file is there.", explicitPath);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static HostJsonSettings ReadFile(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path)) with { SourcePath = path };
        }
        catch (FormatException exception)
        {
            throw new FormatException($"{path}: {exception.Message}", exception);
        }
    }

    public static HostJsonSettings Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"host.json is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            var settings = new HostJsonSettings();
            if (root.TryGetPropertyIgnoreCase("functionTimeout", out var timeout))
            {
                settings = settings with { FunctionTimeout = ReadTimeSpan(timeout, "functionTimeout") };
            }

            if (!root.TryGetPropertyIgnoreCase("extensions", out var extensions))
            {
                return settings;
            }

            if (extensions.TryGetPropertyIgnoreCase("http", out var http) && http.TryGetPropertyIgnoreCase("routePrefix", out var prefix))
            {
                settings = settings with { RoutePrefix = (prefix.GetString() ?? "").Trim('/') };
            }

            return extensions.TryGetPropertyIgnoreCase("queues", out var queues)
                ? settings with { Queues = ReadQueues(queues) }
                : settings;
        }
    }

    private static QueueTriggerOptions ReadQueues(JsonElement queues)
    {
        var options = new QueueTriggerOptions();
        if (queues.TryGetPropertyIgnoreCase("batchSize", out var batchSize))
        {
            var value = ReadInt(batchSize, "extensions.queues.batchSize", 1, 32);
            options = options with { BatchSize = value, NewBatchThreshold = value / 2 * Environment.ProcessorCount };
        }

        if (queues.TryGetPropertyIgnoreCase("newBatchThreshold", out var threshold))
        {
            options = options with { NewBatchThreshold = ReadInt(threshold, "extensions.queues.newBatchThreshold", 0, 1000) };
        }

        if (queues.TryGetPropertyIgnoreCase("maxDequeueCount", out var maxDequeue))
        {
            options = options with { MaxDequeueCount = ReadInt(maxDequeue, "extensions.queues.maxDequeueCount", 1, 1000) };
        }

        if (queues.TryGetPropertyIgnoreCase("visibilityTimeout", out var visibility))
        {
            options = options with { VisibilityTimeout = ReadTimeSpan(visibility, "extensions.queues.visibilityTimeout") };
        }

        if (queues.TryGetPropertyIgnoreCase("maxPollingInterval", out var polling))
        {
            options = options with { MaxPollingInterval = ReadTimeSpan(polling, "extensions.queues.maxPollingInterval") };
        }

        if (queues.TryGetPropertyIgnoreCase("messageEncoding", out var encoding))
        {
            options = options with
            {
                MessageEncoding = (encoding.GetString() ?? "").ToUpperInvariant() switch
                {
                    "BASE64" => QueueMessageEncoding.Base64,
                    "NONE" => QueueMessageEncoding.None,
                    var other => throw new FormatException(
                        $"extensions.queues.messageEncoding is '{other.ToLowerInvariant()}'; use \"base64\" or \"none\"."),
                },
            };
        }

        return options;
    }


    private static int ReadInt(JsonElement element, string path, int min, int max)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value) || value < min || value > max)
        {
            throw new FormatException($"{path} must be a whole number from {min} to {max}; found {element.GetRawText()}.");
        }

        return value;
    }

    private static TimeSpan ReadTimeSpan(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String
            && TimeSpan.TryParse(element.GetString(), CultureInfo.InvariantCulture, out var value)
            && value >= TimeSpan.Zero)
        {
            return value;
        }

        throw new FormatException($"{path} must be a time span such as \"00:00:30\"; found {element.GetRawText()}.");
    }
}
