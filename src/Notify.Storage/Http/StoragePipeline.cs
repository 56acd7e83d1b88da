using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Notify.Storage.Http;

/// <summary>
/// One service endpoint (blob, queue or table) of one account and the HttpPipeline that talks to it.
/// Shared by every client the account creates for that service.
/// </summary>
internal sealed class StoragePipeline
{
    private readonly HttpPipeline _pipeline;
    private readonly string _baseAddress;

    public StoragePipeline(HttpPipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
        _baseAddress = endpoint.AbsoluteUri.TrimEnd('/');
    }

    public Uri Endpoint { get; }

    /// <summary>Builds "{endpoint}/{escapedPath}?{query}". The path must already be percent-encoded.</summary>
    public Uri BuildUri(string escapedPath, string? query = null)
    {
        var text = string.IsNullOrEmpty(query)
            ? $"{_baseAddress}/{escapedPath}"
            : $"{_baseAddress}/{escapedPath}?{query}";
        return new Uri(text);
    }

    public HttpMessage CreateMessage(RequestMethod method, string escapedPath, string? query = null)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(BuildUri(escapedPath, query));
        return message;
    }

    /// <summary>Sends the message and returns the response, error statuses included.</summary>
    /// <exception cref="StorageUnreachableException">No response could be obtained, even after retries.</exception>
    public async Task<Response> SendAsync(HttpMessage message, StorageOperation operation, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsTransportFailure(exception))
        {
            throw new StorageUnreachableException(
                $"{operation.Name} on {operation.Resource} failed: the storage endpoint {Endpoint} could not be reached ({Describe(exception)}).",
                Endpoint,
                exception);
        }

        return message.Response;
    }

    /// <summary>Sends the message and throws <see cref="StorageRequestException"/> unless the status is 2xx.</summary>
    public async Task<Response> SendCheckedAsync(HttpMessage message, StorageOperation operation, CancellationToken cancellationToken)
    {
        var response = await SendAsync(message, operation, cancellationToken);
        if (response.IsError)
        {
            throw StorageErrors.CreateException(response, operation);
        }

        return response;
    }

    private static bool IsTransportFailure(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } => true,
        HttpRequestException or IOException => true,

        // Only reached when the caller did not cancel: Azure.Core's network timeout fired.
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransportFailure),
        _ => false,
    };

    private static string Describe(Exception exception)
    {
        if (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            exception = aggregate.InnerExceptions[^1];
        }

        return exception.Message.TrimEnd('.', ' ');
    }
}
