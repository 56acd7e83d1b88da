using Notify.Functions.Storage;

namespace Notify.Functions.Tests.Storage;

public sealed class StableShardTests
{
    [Fact]
    public void Of_SameKey_SameShardEveryTime()
    {
        Assert.Equal(StableShard.Of("resident-000123", 16), StableShard.Of("resident-000123", 16));
    }

    [Fact]
    public void Of_ManyKeys_SpreadOverEveryShard()
    {
        var counts = Enumerable.Range(0, 16_000).GroupBy(i => StableShard.Of($"r-{i:D6}", 16)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(Enumerable.Range(0, 16), counts.Keys.Order());
        Assert.All(counts.Values, count => Assert.InRange(count, 800, 1200));
    }

    [Fact]
    public void Of_OneShard_AlwaysZero()
    {
        Assert.Equal(0, StableShard.Of("anything", 1));
    }
}
