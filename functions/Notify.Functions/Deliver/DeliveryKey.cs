using System.Globalization;
using Azure.Data.Tables;
using Notify.Functions.Storage;

namespace Notify.Functions.Deliver;

/// <summary>
/// Where one recipient's delivery of one occurrence lives in Deliveries: partition = job id + one of
/// <see cref="Shards"/> shards of the recipient id, row = recipient id. The key depends only on the occurrence and
/// the recipient, so a batch sent again, re-enqueued by a restarted fan-out or replayed finds the row it wrote.
/// The id is "partition~row"; ids without '~' (single sends) live in partition = id, row = "delivery".
/// </summary>
public sealed record DeliveryKey(string Partition, string Row)
{
    public const int Shards = 16;

    private const string SingleRow = "delivery";

    public string Id => Row == SingleRow ? Partition : $"{Partition}~{Row}";

    public static DeliveryKey For(string jobId, string recipientId) => new(PartitionOf(jobId, Shard(recipientId)), recipientId);

    /// <summary>One of a job's <see cref="Shards"/> partitions.</summary>
    public static string PartitionOf(string jobId, int shard) => string.Create(CultureInfo.InvariantCulture, $"{jobId}|{shard:x1}");

    public static DeliveryKey Parse(string deliveryId)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryId);
        var split = deliveryId.IndexOf('~', StringComparison.Ordinal);
        return split < 0 ? new DeliveryKey(deliveryId, SingleRow) : new DeliveryKey(deliveryId[..split], deliveryId[(split + 1)..]);
    }

    public static int Shard(string recipientId) => StableShard.Of(recipientId, Shards);
}
