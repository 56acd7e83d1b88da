using System.Text.RegularExpressions;
using Notify.Functions.Storage;

namespace Notify.Functions.Tests.Infrastructure;

/// <summary>
/// The storage names in <c>infra-bicep/modules/storage.bicep</c> must be the ones the code uses, and valid for Azure.
/// </summary>
public sealed partial class BicepStorageNamesTests
{
    private const string PoisonSuffix = "-poison";

    private static readonly Lazy<Dictionary<string, string[]>> BicepArrays = new(ReadBicepArrays);

    public static TheoryData<string> QueueNames { get; } = [.. Queues.All];

    public static TheoryData<string> TableNames { get; } = [.. Tables.All];

    public static TheoryData<string> BlobContainerNames { get; } = [.. BlobContainers.All];

    [Fact]
    public void StorageBicep_QueueNames_AreEveryQueueAndItsPoisonQueue()
    {
        var expected = Queues.All.SelectMany(queue => new[] { queue, queue + PoisonSuffix });

        AssertSameNames(expected, BicepArray("queueNames"));
    }

    [Fact]
    public void StorageBicep_TableNames_AreEveryTable()
    {
        AssertSameNames(Tables.All, BicepArray("tableNames"));
    }

    [Fact]
    public void StorageBicep_BlobContainerNames_AreEveryBlobContainer()
    {
        AssertSameNames(BlobContainers.All, BicepArray("blobContainerNames"));
    }

    [Theory]
    [MemberData(nameof(QueueNames))]
    public void QueueName_EveryQueue_IsValidAndLeavesRoomForPoisonSuffix(string name)
    {
        Assert.True(IsValidQueueOrContainerName(name), $"'{name}' is not a valid queue name (3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit)");
        Assert.True(name.Length <= 63 - PoisonSuffix.Length, $"'{name}' is {name.Length} characters; keep queue names to 56 so '{name}{PoisonSuffix}' fits in 63");
        Assert.True(IsValidQueueOrContainerName(name + PoisonSuffix), $"'{name}{PoisonSuffix}' is not a valid queue name");
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void TableName_EveryTable_IsValid(string name)
    {
        Assert.Matches(TableNameRegex(), name);
    }

    [Theory]
    [MemberData(nameof(BlobContainerNames))]
    public void BlobContainerName_EveryContainer_IsValid(string name)
    {
        Assert.True(IsValidQueueOrContainerName(name), $"'{name}' is not a valid blob container name (3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit)");
    }

    /// <summary>Queue and container names share one rule: 3-63 of [a-z0-9-], alphanumeric at both ends, no "--".</summary>
    private static bool IsValidQueueOrContainerName(string name)
        => QueueOrContainerNameRegex().IsMatch(name) && !name.Contains("--", StringComparison.Ordinal);

    private static void AssertSameNames(IEnumerable<string> expected, string[] actual)
    {
        Assert.Equal(actual.Length, actual.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    private static string[] BicepArray(string variable)
    {
        Assert.True(
            BicepArrays.Value.TryGetValue(variable, out var names),
            $"infra-bicep/modules/storage.bicep declares no literal 'var {variable} = [ ... ]'");
        return names;
    }

    private static Dictionary<string, string[]> ReadBicepArrays()
    {
        var bicep = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "infra-bicep", "modules", "storage.bicep"));
        return BicepArrayRegex().Matches(bicep).ToDictionary(
            match => match.Groups["variable"].Value,
            match => QuotedRegex().Matches(match.Groups["items"].Value).Select(item => item.Groups["name"].Value).ToArray(),
            StringComparer.Ordinal);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Notify.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Notify.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^\s*var\s+(?<variable>\w+)\s*=\s*\[(?<items>[^\]]*)\]", RegexOptions.Multiline)]
    private static partial Regex BicepArrayRegex();

    [GeneratedRegex(@"'(?<name>[^']*)'")]
    private static partial Regex QuotedRegex();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex QueueOrContainerNameRegex();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNameRegex();
}
