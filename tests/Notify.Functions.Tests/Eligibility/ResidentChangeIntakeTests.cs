using Microsoft.Extensions.Logging.Abstractions;
using Notify.Core.Registry;
using Notify.Functions.Eligibility;
using Notify.Functions.Hosting;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Notify.Functions.Tests.Eligibility;

/// <summary>In the app collection: no app's trigger host is running meanwhile to take the messages off the shared queue.</summary>
[Collection(AppCollection.Name)]
public sealed class ResidentChangeIntakeTests : IAsyncLifetime
{
    private readonly EligibilityFixture _fixture = new();
    private QueueClient _queue = null!;

    public async Task InitializeAsync()
    {
        await EligibilityFixture.CreateTablesAsync();
        _queue = TestAccount.Clients.GetQueueClient(Queues.ResidentChanges);
        await _queue.CreateIfNotExistsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SubmitAsync_AnyBadEvent_ListsEachByIndexAndQueuesNothing()
    {
        var resident = _fixture.Person("known");
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);
        ResidentChangeFields[] events =
        [
            new(resident.Id, Category: ResidentCategories.Students),
            new(_fixture.Prefix + "unknown", Category: ResidentCategories.Students),
            new(resident.Id, BirthDate: "1960-13-01"),
            new(resident.Id, Category: "居民"),
            new(resident.Id, Region: "atlantis"),
            new(resident.Id, AddFlags: ["不存在"]),
        ];

        var submission = await Intake().SubmitAsync(events, [], CancellationToken.None);

        Assert.False(submission.IsAccepted);
        Assert.Equal(0, submission.Accepted);
        Assert.Equal(
            [(1, "residentId"), (2, "birthDate"), (3, "category"), (4, "region"), (5, "flags.add")],
            submission.Errors.Select(error => (error.Index, error.Field)));
        Assert.Empty(await DrainMineAsync());
    }

    [Fact]
    public async Task SubmitAsync_AllValid_QueuesEachEventWithTheTimeReceived()
    {
        var resident = _fixture.Person("queued");
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);

        var submission = await Intake().SubmitAsync(
            [new(resident.Id, PaidThroughYear: "2043"), new(resident.Id, Flags: [], Region: "baotou.qingshan")], [], CancellationToken.None);

        Assert.Equal(2, submission.Accepted);
        var messages = await DrainMineAsync();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, message => Assert.Equal(EligibilityFixture.Start, message.ReceivedAt));
        Assert.Equal(2043, messages.Single(message => message.Change.PaidThroughYear is not null).Change.PaidThroughYear);
    }

    private ResidentChangeIntake Intake() =>
        new(_fixture.Residents, new QueuePublisher(TestAccount.Clients), _fixture.Clock, NullLogger<ResidentChangeIntake>.Instance);

    private async Task<List<ResidentChangeMessage>> DrainMineAsync()
    {
        var mine = new List<ResidentChangeMessage>();
        while ((await _queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(2))).Value is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                var change = QueueMessageContract.Deserialize<ResidentChangeMessage>(message.Body.ToString(), "test");
                if (change.Change.ResidentId.StartsWith(_fixture.Prefix, StringComparison.Ordinal))
                {
                    mine.Add(change);
                    await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                }
            }
        }

        return mine;
    }
}
