using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Notify.Storage.Http;

/// <summary>
/// Stamps <c>x-ms-version</c> and <c>x-ms-date</c> on every try, so a retried request carries a fresh date
/// (the service rejects signatures older than about 15 minutes). Runs before the authentication policy.
/// </summary>
internal sealed class StorageHeadersPolicy(string serviceVersion, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue(StorageHeaders.Version, serviceVersion);
        message.Request.Headers.SetValue(
            StorageHeaders.Date,
            timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
    }
}
