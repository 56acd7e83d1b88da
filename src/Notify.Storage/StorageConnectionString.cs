namespace Notify.Storage;

/// <summary>
/// A parsed storage connection string. Error messages name the offending part but never repeat values,
/// because a malformed string may still contain a real account key.
/// </summary>
internal sealed class StorageConnectionString(string accountName, string accountKey, Uri blobEndpoint, Uri queueEndpoint, Uri tableEndpoint)
{
    public const string DevelopmentAccountName = "devstoreaccount1";

    // Azurite's public, well-known development key (PROTOCOLS §2.6).
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "UseDevelopmentStorage", "DevelopmentStorageProxyUri", "DefaultEndpointsProtocol", "AccountName",
        "AccountKey", "EndpointSuffix", "BlobEndpoint", "QueueEndpoint", "TableEndpoint", "FileEndpoint",
        "BlobSecondaryEndpoint", "QueueSecondaryEndpoint", "TableSecondaryEndpoint", "FileSecondaryEndpoint",
    };

    public string AccountName { get; } = accountName;

    public string AccountKey { get; } = accountKey;

    public Uri BlobEndpoint { get; } = blobEndpoint;

    public Uri QueueEndpoint { get; } = queueEndpoint;

    public Uri TableEndpoint { get; } = tableEndpoint;

    public static StorageConnectionString Development { get; } = new(
        DevelopmentAccountName,
        DevelopmentAccountKey,
        new Uri($"http://127.0.0.1:10000/{DevelopmentAccountName}"),
        new Uri($"http://127.0.0.1:10001/{DevelopmentAccountName}"),
        new Uri($"http://127.0.0.1:10002/{DevelopmentAccountName}"));

    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = Split(connectionString);

        if (settings.TryGetValue("UseDevelopmentStorage", out var useDevelopment))
        {
            if (!string.Equals(useDevelopment, "true", StringComparison.OrdinalIgnoreCase))
            {
                throw Malformed("UseDevelopmentStorage must be 'true' when present");
            }

            return Development;
        }

        if (settings.ContainsKey("SharedAccessSignature"))
        {
            throw Malformed("SharedAccessSignature is not supported; use AccountName/AccountKey or a TokenCredential");
        }

        foreach (var key in settings.Keys)
        {
            if (!KnownKeys.Contains(key))
            {
                throw Malformed($"the setting {SafeName(key)} is not recognised");
            }
        }

        var accountName = Required(settings, "AccountName");
        var accountKey = Required(settings, "AccountKey");
        if (!IsBase64(accountKey))
        {
            throw Malformed("AccountKey is not valid Base64");
        }

        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        if (!string.Equals(protocol, "https", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(protocol, "http", StringComparison.OrdinalIgnoreCase))
        {
            throw Malformed("DefaultEndpointsProtocol must be 'http' or 'https'");
        }

        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        if (string.IsNullOrWhiteSpace(suffix) || suffix.Contains('/', StringComparison.Ordinal))
        {
            throw Malformed("EndpointSuffix must be a host name suffix such as 'core.windows.net'");
        }

        return new StorageConnectionString(
            accountName,
            accountKey,
            Endpoint(settings, "BlobEndpoint", protocol, accountName, "blob", suffix),
            Endpoint(settings, "QueueEndpoint", protocol, accountName, "queue", suffix),
            Endpoint(settings, "TableEndpoint", protocol, accountName, "table", suffix));
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var segment in connectionString.Split(';'))
        {
            position++;
            if (string.IsNullOrWhiteSpace(segment))
            {
                continue;
            }

            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw Malformed($"segment {position} is not of the form Name=Value");
            }

            var name = segment[..equals].Trim();
            var value = segment[(equals + 1)..].Trim();
            if (!settings.TryAdd(name, value))
            {
                throw Malformed($"the setting {SafeName(name)} appears more than once");
            }
        }

        if (settings.Count == 0)
        {
            throw Malformed("it contains no settings");
        }

        return settings;
    }

    private static string Required(Dictionary<string, string> settings, string name)
    {
        if (!settings.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))
        {
            throw Malformed($"{name} is missing or empty");
        }

        return value;
    }

    private static Uri Endpoint(
        Dictionary<string, string> settings, string name, string protocol, string accountName, string service, string suffix)
    {
        if (!settings.TryGetValue(name, out var explicitEndpoint))
        {
            return new Uri($"{protocol.ToLowerInvariant()}://{accountName}.{service}.{suffix}");
        }

        if (!Uri.TryCreate(explicitEndpoint, UriKind.Absolute, out var endpoint)
            || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(endpoint.Query))
        {
            throw Malformed($"{name} must be an absolute http or https URI without a query string");
        }

        return endpoint;
    }

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = stackalloc byte[256];
        return value.Length <= 340 && Convert.TryFromBase64String(value, buffer, out var written) && written > 0;
    }

    // A key pasted without "AccountKey=" would otherwise be echoed as a setting name.
    private static string SafeName(string name) =>
        name.Length <= 32 && name.All(char.IsAsciiLetter) ? $"'{name}'" : "with an unrecognised name";

    private static FormatException Malformed(string problem) =>
        new($"The storage connection string is malformed: {problem}.");
}
