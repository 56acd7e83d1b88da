namespace Notify.Storage;

/// <summary>
/// The storage endpoint could not be reached at all (connection refused, DNS failure, or timeouts on every retry).
/// <see cref="StorageRequestException.Status"/> is 0.
/// </summary>
public sealed class StorageUnreachableException : StorageRequestException
{
    public StorageUnreachableException()
    {
        Endpoint = new Uri("about:blank");
    }

    public StorageUnreachableException(string message)
        : base(message)
    {
        Endpoint = new Uri("about:blank");
    }

    public StorageUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Endpoint = new Uri("about:blank");
    }

    public StorageUnreachableException(string message, Uri endpoint, Exception? innerException)
        : base(message, 0, null, innerException)
    {
        Endpoint = endpoint;
    }

    /// <summary>The service endpoint that could not be reached.</summary>
    public Uri Endpoint { get; }
}
