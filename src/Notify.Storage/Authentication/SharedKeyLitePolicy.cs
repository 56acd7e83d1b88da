using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Notify.Storage.Http;

namespace Notify.Storage.Authentication;

/// <summary>
/// Signs Table requests with SharedKeyLite (PROTOCOLS §3.6): <c>x-ms-date + "\n" + CanonicalizedResource</c>,
/// as the official .NET Tables SDK does. A per-retry policy that runs after <c>x-ms-date</c> is stamped.
/// </summary>
public sealed class SharedKeyLitePolicy(StorageSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var signature = credential.ComputeSignature(BuildStringToSign(message.Request, credential.AccountName));
        message.Request.Headers.SetValue(StorageHeaders.Authorization, $"SharedKeyLite {credential.AccountName}:{signature}");
    }

    /// <summary>The SharedKeyLite string to sign for a Table request.</summary>
    public static string BuildStringToSign(Request request, string accountName)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.TryGetValue(StorageHeaders.Date, out var date);
        var builder = new StringBuilder(128);
        builder.Append(date).Append('\n');
        CanonicalizedResource.AppendTable(builder, accountName, request.Uri);
        return builder.ToString();
    }
}
