namespace Notify.Functions.Channels.AccessTokens;

/// <summary>
/// No access token could be had. <see cref="IsTransient"/> separates "try later" (network, busy)
/// from our own configuration being wrong (bad secret, IP not allowed). Messages never hold secrets.
/// </summary>
public sealed class AccessTokenException : Exception
{
    public AccessTokenException()
    {
    }

    public AccessTokenException(string message)
        : base(message)
    {
    }

    public AccessTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AccessTokenException(string message, string? errorCode, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        IsTransient = isTransient;
    }

    public string? ErrorCode { get; }

    public bool IsTransient { get; }
}
