namespace Notify.Functions.FanOut;

/// <summary>One buffer of recipients per delivery-row shard, remembering where each buffer's first recipient was read.</summary>
public sealed class ShardBuffers(int shards)
{
    private readonly List<FanOutRecipient>[] _buffers = [.. Enumerable.Range(0, shards).Select(_ => new List<FanOutRecipient>())];
    private readonly FanOutPosition?[] _first = new FanOutPosition?[shards];

    public void Add(int shard, FanOutRecipient recipient, FanOutPosition position)
    {
        _first[shard] ??= position;
        _buffers[shard].Add(recipient);
    }

    public int Count(int shard) => _buffers[shard].Count;

    public IReadOnlyList<FanOutRecipient> Take(int shard)
    {
        var taken = _buffers[shard].ToArray();
        _buffers[shard].Clear();
        _first[shard] = null;
        return taken;
    }

    public IEnumerable<int> NonEmpty() => Enumerable.Range(0, _buffers.Length).Where(shard => _buffers[shard].Count > 0);

    /// <summary>The earliest-read recipient still buffered: a resume must start there.</summary>
    public FanOutPosition? Earliest() => _first.OfType<FanOutPosition>().MinBy(position => position.Ordinal);
}
