namespace Notify.Storage.Tables;

/// <summary>
/// An entity group transaction was rejected; nothing in it was applied. <see cref="FailedActionIndex"/> is the
/// 0-based index of the action the service blamed, when it said.
/// </summary>
public sealed class TableTransactionFailedException : StorageRequestException
{
    public TableTransactionFailedException()
    {
    }

    public TableTransactionFailedException(string message)
        : base(message)
    {
    }

    public TableTransactionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TableTransactionFailedException(string message, int status, string? errorCode, int? failedActionIndex)
        : base(message, status, errorCode)
    {
        FailedActionIndex = failedActionIndex;
    }

    public int? FailedActionIndex { get; }
}
