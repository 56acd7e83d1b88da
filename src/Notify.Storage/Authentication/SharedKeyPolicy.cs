using System.Globalization;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Notify.Storage.Http;

namespace Notify.Storage.Authentication;

/// <summary>
/// Signs Blob and Queue requests with Shared Key (PROTOCOLS §2.4). A per-retry policy: it runs after
/// <c>x-ms-date</c> is stamped, so every try is signed afresh.
/// </summary>
public sealed class SharedKeyPolicy(StorageSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    private static readonly string[] StandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var signature = credential.ComputeSignature(BuildStringToSign(message.Request, credential.AccountName));
        message.Request.Headers.SetValue(StorageHeaders.Authorization, $"SharedKey {credential.AccountName}:{signature}");
    }

    /// <summary>The Shared Key string to sign for a Blob or Queue request, exactly as the service recomputes it.</summary>
    public static string BuildStringToSign(Request request, string accountName)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = new StringBuilder(256);
        builder.Append(request.Method.Method).Append('\n');
        foreach (var header in StandardHeaders)
        {
            builder.Append(StandardHeaderValue(request, header)).Append('\n');
        }

        AppendCanonicalizedHeaders(builder, request);
        CanonicalizedResource.AppendBlobQueue(builder, accountName, request.Uri);
        return builder.ToString();
    }

    private static string StandardHeaderValue(Request request, string name)
    {
        switch (name)
        {
            case "Content-Length":
                // Signed as the empty string when zero (versions 2015-02-21 and later).
                if (request.Headers.TryGetValue(name, out var declared))
                {
                    return declared == "0" ? string.Empty : declared;
                }

                return request.Content is not null && request.Content.TryComputeLength(out var length) && length > 0
                    ? length.ToString(CultureInfo.InvariantCulture)
                    : string.Empty;
            case "Date":
                // x-ms-date is always sent, which leaves the Date slot empty.
                return string.Empty;
            default:
                return request.Headers.TryGetValue(name, out var value) ? value : string.Empty;
        }
    }

    private static void AppendCanonicalizedHeaders(StringBuilder builder, Request request)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in request.Headers)
        {
            if (header.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            {
                headers.Add(new(header.Name.ToLowerInvariant(), header.Value));
            }
        }

        headers.Sort((left, right) => string.CompareOrdinal(left.Key, right.Key));
        foreach (var (name, value) in headers)
        {
            builder.Append(name).Append(':').Append(value.Trim()).Append('\n');
        }
    }
}
