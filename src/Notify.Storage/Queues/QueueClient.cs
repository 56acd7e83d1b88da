using System.Globalization;
using Azure.Core;
using Notify.Storage.Http;

namespace Notify.Storage.Queues;

/// <summary>
/// One storage queue (PROTOCOLS §2). Thread-safe; get it from <see cref="StorageAccount.GetQueueClient"/>.
/// Text passed to <see cref="SendMessageAsync"/> and <see cref="UpdateMessageAsync"/> is encoded per <see cref="Encoding"/>.
/// </summary>
public sealed class QueueClient
{
    public const int MaxMessagesPerReceive = 32;

    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);

    private readonly StoragePipeline _service;
    private readonly string _path;
    private readonly string _messagesPath;
    private readonly string _resource;

    internal QueueClient(StoragePipeline service, string name, QueueMessageEncoding encoding)
    {
        _service = service;
        Name = name;
        Encoding = encoding;
        _path = StoragePath.EscapeSegment(name);
        _messagesPath = _path + "/messages";
        _resource = $"queue '{name}'";
        Uri = service.BuildUri(_path);
    }

    public string Name { get; }

    public QueueMessageEncoding Encoding { get; }

    public Uri Uri { get; }

    /// <summary>Creates the queue; an existing queue is left as it is.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var operation = Operation("CreateQueue");
        using var message = _service.CreateMessage(RequestMethod.Put, _path);
        var response = await _service.SendAsync(message, operation, cancellationToken);
        if (response.IsError && !(response.Status == 409 && StorageErrors.Read(response).Code == StorageErrorCodes.QueueAlreadyExists))
        {
            throw StorageErrors.CreateException(response, operation);
        }
    }

    /// <summary>Deletes the queue and its messages; a missing queue is not an error.</summary>
    public async Task DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        var operation = Operation("DeleteQueue");
        using var message = _service.CreateMessage(RequestMethod.Delete, _path);
        var response = await _service.SendAsync(message, operation, cancellationToken);
        if (response.IsError && response.Status != 404)
        {
            throw StorageErrors.CreateException(response, operation);
        }
    }

    /// <summary>Encodes <paramref name="text"/> per <see cref="Encoding"/> and enqueues it.</summary>
    /// <param name="visibilityDelay">Hidden for this long after insertion (0 to 7 days); null = visible at once.</param>
    /// <param name="timeToLive">Null = the service default (7 days); <see cref="Timeout.InfiniteTimeSpan"/> = never expires.</param>
    public Task<SentMessage> SendMessageAsync(
        string text, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SendEncodedMessageAsync(QueueMessageText.Encode(text, Encoding), visibilityDelay, timeToLive, cancellationToken);
    }

    /// <summary>Enqueues <paramref name="messageText"/> exactly as given, e.g. to copy a message to a poison queue byte for byte.</summary>
    public async Task<SentMessage> SendEncodedMessageAsync(
        string messageText, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        var query = new QueryStringBuilder();
        if (visibilityDelay is { } delay)
        {
            query.Add("visibilitytimeout", Seconds(delay, TimeSpan.Zero, MaxVisibility, nameof(visibilityDelay)));
        }

        if (timeToLive is { } ttl)
        {
            query.Add("messagettl", ttl == Timeout.InfiniteTimeSpan ? -1 : PositiveSeconds(ttl));
            if (visibilityDelay is { } hidden && ttl != Timeout.InfiniteTimeSpan && hidden >= ttl)
            {
                throw new ArgumentException("The visibility delay must be shorter than the time to live.", nameof(visibilityDelay));
            }
        }

        using var message = _service.CreateMessage(RequestMethod.Post, _messagesPath, query.ToString());
        SetXmlBody(message.Request, messageText);
        var response = await _service.SendCheckedAsync(message, Operation("SendMessage"), cancellationToken);
        var entry = QueueMessageListReader.Read(response.Content).Single();
        return new SentMessage(entry.MessageId, entry.PopReceipt, entry.InsertionTime, entry.ExpirationTime, entry.NextVisibleOn);
    }

    /// <summary>Dequeues up to <paramref name="maxMessages"/> (1-32) messages, hiding them for <paramref name="visibilityTimeout"/>.</summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(
        int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ValidateCount(maxMessages);
        var query = new QueryStringBuilder()
            .Add("numofmessages", maxMessages)
            .Add("visibilitytimeout", Seconds(visibilityTimeout, TimeSpan.FromSeconds(1), MaxVisibility, nameof(visibilityTimeout)));
        using var message = _service.CreateMessage(RequestMethod.Get, _messagesPath, query.ToString());
        var response = await _service.SendCheckedAsync(message, Operation("ReceiveMessages"), cancellationToken);
        return QueueMessageListReader.Read(response.Content)
            .ConvertAll(e => new QueueMessage(
                e.MessageId, e.PopReceipt, e.MessageText, e.DequeueCount, e.InsertionTime, e.ExpirationTime, e.NextVisibleOn, Encoding));
    }

    /// <summary>Looks at up to <paramref name="maxMessages"/> (1-32) visible messages without dequeuing them.</summary>
    public async Task<IReadOnlyList<PeekedMessage>> PeekMessagesAsync(int maxMessages, CancellationToken cancellationToken = default)
    {
        ValidateCount(maxMessages);
        var query = new QueryStringBuilder().Add("peekonly", "true").Add("numofmessages", maxMessages);
        using var message = _service.CreateMessage(RequestMethod.Get, _messagesPath, query.ToString());
        var response = await _service.SendCheckedAsync(message, Operation("PeekMessages"), cancellationToken);
        return QueueMessageListReader.Read(response.Content)
            .ConvertAll(e => new PeekedMessage(e.MessageId, e.MessageText, e.DequeueCount, e.InsertionTime, e.ExpirationTime, Encoding));
    }

    /// <summary>Deletes a received message. A stale receipt fails with PopReceiptMismatch (400) or MessageNotFound (404).</summary>
    public async Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var query = new QueryStringBuilder().Add("popreceipt", popReceipt);
        using var message = _service.CreateMessage(RequestMethod.Delete, MessagePath(messageId), query.ToString());
        await _service.SendCheckedAsync(message, Operation("DeleteMessage"), cancellationToken);
    }

    /// <summary>
    /// Changes a received message's visibility (0 to 7 days from now) and optionally its text (encoded per
    /// <see cref="Encoding"/>). The old pop receipt becomes invalid: use the returned one.
    /// </summary>
    public async Task<UpdateReceipt> UpdateMessageAsync(
        string messageId, string popReceipt, TimeSpan visibilityTimeout, string? newText = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var query = new QueryStringBuilder()
            .Add("popreceipt", popReceipt)
            .Add("visibilitytimeout", Seconds(visibilityTimeout, TimeSpan.Zero, MaxVisibility, nameof(visibilityTimeout)));
        using var message = _service.CreateMessage(RequestMethod.Put, MessagePath(messageId), query.ToString());
        if (newText is not null)
        {
            SetXmlBody(message.Request, QueueMessageText.Encode(newText, Encoding));
        }

        var response = await _service.SendCheckedAsync(message, Operation("UpdateMessage"), cancellationToken);
        response.Headers.TryGetValue("x-ms-popreceipt", out var newReceipt);
        response.Headers.TryGetValue("x-ms-time-next-visible", out var nextVisible);
        if (string.IsNullOrEmpty(newReceipt))
        {
            throw new StorageRequestException(
                $"UpdateMessage on {_resource} succeeded but the response carried no x-ms-popreceipt header.", response.Status, null);
        }

        return new UpdateReceipt(newReceipt, QueueMessageListReader.ParseTime(nextVisible));
    }

    /// <summary>The service's approximate count of messages in the queue (visible and invisible).</summary>
    public async Task<int> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default)
    {
        using var message = _service.CreateMessage(RequestMethod.Get, _path, "comp=metadata");
        var response = await _service.SendCheckedAsync(message, Operation("GetApproximateMessageCount"), cancellationToken);
        return response.Headers.TryGetValue("x-ms-approximate-messages-count", out var count)
            ? int.Parse(count, NumberStyles.None, CultureInfo.InvariantCulture)
            : throw new StorageRequestException(
                $"GetApproximateMessageCount on {_resource} returned no x-ms-approximate-messages-count header.", response.Status, null);
    }

    /// <summary>Deletes every message in the queue.</summary>
    public async Task ClearMessagesAsync(CancellationToken cancellationToken = default)
    {
        using var message = _service.CreateMessage(RequestMethod.Delete, _messagesPath);
        await _service.SendCheckedAsync(message, Operation("ClearMessages"), cancellationToken);
    }

    private static void SetXmlBody(Request request, string messageText)
    {
        request.Headers.SetValue(StorageHeaders.ContentType, "application/xml");
        request.Content = RequestContent.Create(QueueMessageText.CreateXmlBody(messageText));
    }

    private static void ValidateCount(int maxMessages)
    {
        if (maxMessages is < 1 or > MaxMessagesPerReceive)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxMessages), maxMessages, $"A queue hands out 1 to {MaxMessagesPerReceive} messages per call.");
        }
    }

    private static long PositiveSeconds(TimeSpan timeToLive)
    {
        if (timeToLive <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(timeToLive), timeToLive, "The time to live must be positive, or Timeout.InfiniteTimeSpan for never.");
        }

        return (long)Math.Ceiling(timeToLive.TotalSeconds);
    }

    private static long Seconds(TimeSpan value, TimeSpan min, TimeSpan max, string parameterName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"Must be between {min} and {max}.");
        }

        // The service takes whole seconds; round up so "at least this long" holds.
        return (long)Math.Ceiling(value.TotalSeconds);
    }

    private string MessagePath(string messageId) => $"{_messagesPath}/{StoragePath.EscapeSegment(messageId)}";

    private StorageOperation Operation(string name) => new(name, _resource);
}
