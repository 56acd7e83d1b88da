namespace Notify.Storage;

/// <summary>
/// A storage service answered with an error status. <see cref="ErrorCode"/> is one of <see cref="StorageErrorCodes"/>
/// when the service sent one. The message names the operation and the queue, table or container, never credentials.
/// </summary>
public class StorageRequestException : Exception
{
    public StorageRequestException()
    {
    }

    public StorageRequestException(string message)
        : base(message)
    {
    }

    public StorageRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageRequestException(string message, int status, string? errorCode, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status, or 0 when no response was received.</summary>
    public int Status { get; }

    /// <summary>The service's error code (<c>x-ms-error-code</c>, XML <c>Code</c> or OData <c>odata.error.code</c>).</summary>
    public string? ErrorCode { get; }
}
