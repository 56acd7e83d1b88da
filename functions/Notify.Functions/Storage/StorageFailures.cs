using System.Net.Sockets;
using Azure;

namespace Notify.Functions.Storage;

/// <summary>Tells a storage account that could not be reached at all from a service that answered with an error.</summary>
public static class StorageFailures
{
    /// <summary>
    /// True for a refused connection, a failed DNS lookup, or a network timeout on every try: the SDK reports those as
    /// status 0 or, once its retries are spent, as an <see cref="AggregateException"/> of them.
    /// </summary>
    public static bool IsUnreachable(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } => true,
        HttpRequestException or SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnreachableTry),
        _ => false,
    };

    /// <summary>The transport's own words for the last failed try, e.g. "Connection refused (127.0.0.1:10001)".</summary>
    public static string Reason(Exception exception)
    {
        var last = exception is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[^1] : exception;
        return last.Message.TrimEnd('.', ' ');
    }

    // Inside a retry aggregate a cancellation is the SDK's network timeout, not the caller's.
    private static bool IsUnreachableTry(Exception exception) => exception is OperationCanceledException || IsUnreachable(exception);
}
