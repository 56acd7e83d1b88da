using System.Text;
using Notify.Storage.Queues;
using Notify.Testing;

namespace Notify.Storage.Tests.Queues;

public sealed class QueueClientTests : IAsyncLifetime
{
    private readonly QueueClient _queue = TestStorage.Account.GetQueueClient(TestStorage.UniqueName("queue"));

    public Task InitializeAsync() => _queue.CreateIfNotExistsAsync();

    public Task DisposeAsync() => _queue.DeleteIfExistsAsync();

    [Fact]
    public async Task SendMessageAsync_ChineseTextWithBase64Encoding_RoundTripsAndIsStoredAsBase64()
    {
        const string text = "【包头市医保局】2027年度城乡居民医保缴费期为9月1日至次年2月25日，标准280元。😀";

        await _queue.SendMessageAsync(text);
        var received = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), received.MessageText);
        Assert.Equal(text, received.DecodeText());
        Assert.Equal(QueueMessageEncoding.Base64, received.Encoding);
        Assert.Equal(1, received.DequeueCount);
    }

    [Fact]
    public async Task SendMessageAsync_NoneEncodingWithXmlSpecialCharacters_RoundTripsExactly()
    {
        var plain = TestStorage.Account.GetQueueClient(_queue.Name, QueueMessageEncoding.None);
        const string text = "<notice id=\"1\">A & B 'quoted'</notice>\r\nline two\ttabbed 通知";

        await plain.SendMessageAsync(text);
        var received = Assert.Single(await plain.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        Assert.Equal(text, received.MessageText);
        Assert.Equal(text, received.DecodeText());
    }

    [Fact]
    public async Task SendMessageAsync_NoneEncodingWithControlCharacter_ThrowsArgumentException()
    {
        var plain = TestStorage.Account.GetQueueClient(_queue.Name, QueueMessageEncoding.None);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => plain.SendMessageAsync("bell\u0007"));

        Assert.Contains("U+0007", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendEncodedMessageAsync_NonBase64Text_IsStoredExactlyAndDecodeTextThrows()
    {
        await _queue.SendEncodedMessageAsync("not base64 {\"id\":1}");
        var received = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        Assert.Equal("not base64 {\"id\":1}", received.MessageText);
        var error = Assert.Throws<FormatException>(() => received.DecodeText());
        Assert.Contains("is not valid Base64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessageAsync_WithVisibilityDelay_MessageStaysHiddenUntilTheDelayPasses()
    {
        var sent = await _queue.SendMessageAsync("later", visibilityDelay: TimeSpan.FromSeconds(2));

        Assert.True(sent.NextVisibleOn >= sent.InsertionTime.AddSeconds(1.5));
        Assert.Empty(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Empty(await _queue.PeekMessagesAsync(1));

        await Task.Delay(TimeSpan.FromSeconds(3));
        var received = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(sent.MessageId, received.MessageId);
    }

    [Fact]
    public async Task SendMessageAsync_WithTimeToLive_SetsExpirationTime()
    {
        var sent = await _queue.SendMessageAsync("short-lived", timeToLive: TimeSpan.FromHours(1));

        Assert.Equal(sent.InsertionTime.AddHours(1), sent.ExpirationTime, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SendMessageAsync_WithInfiniteTimeToLive_NeverExpires()
    {
        var sent = await _queue.SendMessageAsync("forever", timeToLive: Timeout.InfiniteTimeSpan);

        Assert.Equal(9999, sent.ExpirationTime.Year);
    }

    [Fact]
    public async Task SendMessageAsync_WithDefaultTimeToLive_ExpiresAfterSevenDays()
    {
        var sent = await _queue.SendMessageAsync("default");

        Assert.Equal(sent.InsertionTime.AddDays(7), sent.ExpirationTime, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SendMessageAsync_VisibilityDelayNotShorterThanTimeToLive_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => _queue.SendMessageAsync("x", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task ReceiveMessagesAsync_VisibilityTimeout_HidesMessageThenRedeliversIt()
    {
        await _queue.SendMessageAsync("retry me");

        var first = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1)));
        Assert.Empty(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var second = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(2, second.DequeueCount);
        Assert.NotEqual(first.PopReceipt, second.PopReceipt);
        Assert.True(second.NextVisibleOn > second.InsertionTime);
    }

    [Fact]
    public async Task ReceiveMessagesAsync_ManyMessages_ReturnsUpToMaxMessages()
    {
        for (var i = 0; i < 40; i++)
        {
            await _queue.SendMessageAsync($"m{i}");
        }

        var batch = await _queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30));

        Assert.Equal(32, batch.Count);
        Assert.Equal(32, batch.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task ReceiveMessagesAsync_EmptyQueue_ReturnsEmptyList()
    {
        Assert.Empty(await _queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public async Task ReceiveMessagesAsync_MaxMessagesOutOfRange_ThrowsArgumentOutOfRange(int maxMessages)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => _queue.ReceiveMessagesAsync(maxMessages, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task UpdateMessageAsync_ExtendsVisibilityAndInvalidatesTheOldPopReceipt()
    {
        await _queue.SendMessageAsync("lease me");
        var received = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1)));

        var receipt = await _queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.NotEqual(received.PopReceipt, receipt.PopReceipt);
        Assert.True(receipt.NextVisibleOn > received.NextVisibleOn.AddSeconds(20));
        Assert.Empty(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        var stale = await Assert.ThrowsAsync<StorageRequestException>(
            () => _queue.DeleteMessageAsync(received.MessageId, received.PopReceipt));
        Assert.Equal(400, stale.Status);
        Assert.Equal(StorageErrorCodes.PopReceiptMismatch, stale.ErrorCode);

        await _queue.DeleteMessageAsync(received.MessageId, receipt.PopReceipt);
        Assert.Equal(0, await _queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task UpdateMessageAsync_WithNewText_ReplacesTheEncodedText()
    {
        await _queue.SendMessageAsync("第一版");
        var received = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        await _queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.Zero, "第二版");
        var again = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        Assert.Equal("第二版", again.DecodeText());
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task DeleteMessageAsync_ReceiptFromBeforeRedelivery_ThrowsPopReceiptMismatch()
    {
        await _queue.SendMessageAsync("twice");
        var first = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1)));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var second = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => _queue.DeleteMessageAsync(first.MessageId, first.PopReceipt));

        Assert.Equal(StorageErrorCodes.PopReceiptMismatch, error.ErrorCode);
        Assert.Contains(_queue.Name, error.Message, StringComparison.Ordinal);
        await _queue.DeleteMessageAsync(second.MessageId, second.PopReceipt);
    }

    [Fact]
    public async Task DeleteMessageAsync_AlreadyDeleted_ThrowsMessageNotFound()
    {
        await _queue.SendMessageAsync("once");
        var received = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));
        await _queue.DeleteMessageAsync(received.MessageId, received.PopReceipt);

        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => _queue.DeleteMessageAsync(received.MessageId, received.PopReceipt));

        Assert.Equal(404, error.Status);
        Assert.Equal(StorageErrorCodes.MessageNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task GetApproximateMessageCountAsync_AfterSendsAndClear_ReportsTheCount()
    {
        for (var i = 0; i < 3; i++)
        {
            await _queue.SendMessageAsync($"n{i}");
        }

        Assert.Equal(3, await _queue.GetApproximateMessageCountAsync());

        await _queue.ClearMessagesAsync();

        Assert.Equal(0, await _queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task PeekMessagesAsync_DoesNotChangeDequeueCountOrVisibility()
    {
        await _queue.SendMessageAsync("look");

        var peeked = Assert.Single(await _queue.PeekMessagesAsync(5));
        Assert.Single(await _queue.PeekMessagesAsync(5));
        var received = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        Assert.Equal(0, peeked.DequeueCount);
        Assert.Equal("look", peeked.DecodeText());
        Assert.Equal(peeked.MessageId, received.MessageId);
        Assert.Equal(1, received.DequeueCount);
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_ExistingQueue_Succeeds()
    {
        await _queue.CreateIfNotExistsAsync();
        await _queue.CreateIfNotExistsAsync();
    }

    [Fact]
    public async Task DeleteIfExistsAsync_MissingQueue_Succeeds()
    {
        var missing = TestStorage.Account.GetQueueClient(TestStorage.UniqueName("missing"));

        await missing.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task SendMessageAsync_MissingQueue_ThrowsQueueNotFoundNamingTheQueue()
    {
        var missing = TestStorage.Account.GetQueueClient(TestStorage.UniqueName("missing"));

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => missing.SendMessageAsync("x"));

        Assert.Equal(404, error.Status);
        Assert.Equal(StorageErrorCodes.QueueNotFound, error.ErrorCode);
        Assert.Contains($"queue '{missing.Name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("SendMessage", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestStorageKey, error.Message, StringComparison.Ordinal);
    }

    private const string TestStorageKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq";
}
