using Azure.Core;

namespace Notify.Storage;

/// <summary>
/// Options shared by every client a <see cref="StorageAccount"/> creates: service versions, the clock used to
/// stamp <c>x-ms-date</c>, and Azure.Core's retry, transport and diagnostics settings.
/// </summary>
public sealed class StorageClientOptions : ClientOptions
{
    private static readonly string[] LoggedHeaders =
    [
        "x-ms-request-id", "x-ms-error-code", "x-ms-version", "x-ms-date", "x-ms-approximate-messages-count",
        "x-ms-time-next-visible", "x-ms-blob-type", "x-ms-continuation-NextPartitionKey",
        "x-ms-continuation-NextRowKey", "x-ms-continuation-NextTableName", "DataServiceVersion",
        "MaxDataServiceVersion", "Prefer", "Preference-Applied", "If-Match",
    ];

    private static readonly string[] LoggedQueryParameters =
    [
        "comp", "restype", "prefix", "numofmessages", "visibilitytimeout", "messagettl", "peekonly", "$top",
        "$select",
    ];

    public StorageClientOptions()
    {
        // A hot partition or queue answers 503 ServerBusy: retry more often than Azure.Core's default 3 tries,
        // but give up on a dead socket sooner than its 100 s network timeout.
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 5;
        Retry.Delay = TimeSpan.FromMilliseconds(500);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(60);

        foreach (var header in LoggedHeaders)
        {
            Diagnostics.LoggedHeaderNames.Add(header);
        }

        // $filter is deliberately not logged: filters can carry personal data such as phone numbers.
        foreach (var parameter in LoggedQueryParameters)
        {
            Diagnostics.LoggedQueryParameters.Add(parameter);
        }
    }

    /// <summary>The clock used for request signing (<c>x-ms-date</c>). Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The <c>x-ms-version</c> sent to the Queue service.</summary>
    public string QueueServiceVersion { get; set; } = "2025-01-05";

    /// <summary>The <c>x-ms-version</c> sent to the Blob service.</summary>
    public string BlobServiceVersion { get; set; } = "2025-01-05";

    /// <summary>The <c>x-ms-version</c> sent to the Table service (JSON needs 2013-08-15 or later).</summary>
    public string TableServiceVersion { get; set; } = "2019-02-02";
}
