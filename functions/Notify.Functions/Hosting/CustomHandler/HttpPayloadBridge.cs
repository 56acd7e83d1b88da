using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Notify.Functions.Hosting.CustomHandler;

/// <summary>
/// Serves an HTTP function invoked in the host's payload mode (<c>Data.req</c> in, <c>Outputs.res</c>
/// out) by replaying the request against this app's own route over loopback, so one handler serves
/// both payload mode and forwarding mode.
/// </summary>
public sealed class HttpPayloadBridge(IHttpClientFactory httpClients, IServer server)
{
    public const string HttpClientName = "custom-handler-loopback";

    private static readonly HashSet<string> SkippedRequestHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Transfer-Encoding", "Connection",
    };

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest invocation, CancellationToken cancellationToken)
    {
        if (!invocation.TryGetBinding(HttpTrigger.RequestBindingName, out var req) || req.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"The invocation has no Data.{HttpTrigger.RequestBindingName} object.");
        }

        using var request = BuildRequest(req);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var headers = new JsonObject();
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        var res = new JsonObject
        {
            ["statusCode"] = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["body"] = body,
            ["headers"] = headers,
        };
        return new InvocationResponse(new JsonObject { [HttpTrigger.ResponseBindingName] = res }, [], null);
    }

    private HttpRequestMessage BuildRequest(JsonElement req)
    {
        var original = new Uri(ReadString(req, "Url") ?? throw new FormatException("Data.req has no Url."));
        var target = new Uri(SelfAddress(), original.PathAndQuery);
        var request = new HttpRequestMessage(new HttpMethod(ReadString(req, "Method") ?? "GET"), target);

        var headers = new List<(string Name, string Value)>();
        if (req.TryGetPropertyIgnoreCase("Headers", out var headerObject) && headerObject.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in headerObject.EnumerateObject())
            {
                var values = header.Value.ValueKind == JsonValueKind.Array
                    ? header.Value.EnumerateArray().Select(v => v.ToString())
                    : [header.Value.ToString()];
                headers.AddRange(values.Select(value => (header.Name, value)));
            }
        }

        var contentType = headers.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
        var body = ReadString(req, "Body");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(BodyBytes(body, contentType));
        }

        foreach (var (name, value) in headers.Where(h => !SkippedRequestHeaders.Contains(h.Name)))
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    // The host sends octet-stream and multipart bodies as Base64, everything else as text.
    private static byte[] BodyBytes(string body, string? contentType)
    {
        var mediaType = contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType : null;
        var isBinary = mediaType is not null
            && (mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
                || mediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase));
        if (isBinary)
        {
            try
            {
                return Convert.FromBase64String(body);
            }
            catch (FormatException)
            {
                // Not Base64 after all: pass the text through.
            }
        }

        return Encoding.UTF8.GetBytes(body);
    }

    private Uri SelfAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The app is not listening on any address yet.");
        var uri = new UriBuilder(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal));
        return uri.Uri;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetPropertyIgnoreCase(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
