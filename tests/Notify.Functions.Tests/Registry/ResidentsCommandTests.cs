using Notify.Core.Registry;
using Notify.LocalHost.Cli;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Registry;

[Collection(AppCollection.Name)]
public sealed class ResidentsCommandTests
{
    [Fact]
    public async Task GenerateAsync_CountAndSeed_WritesCsvTheReaderReadsBack()
    {
        var path = Path.GetTempFileName();
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
        try
        {
            var exitCode = await ResidentsCommand.GenerateAsync(321, 5, "2026-11-01", new FileInfo(path), time, CancellationToken.None);

            Assert.Equal(0, exitCode);
            using var reader = new StreamReader(path);
            var rows = new List<ResidentCsvRow>();
            await foreach (var row in new ResidentCsv(time).ReadAsync(reader, CancellationToken.None))
            {
                rows.Add(row);
            }

            Assert.Equal(321, rows.Count);
            Assert.All(rows, row => Assert.Empty(row.Errors));
            Assert.Equal(new ResidentGenerator(5, new DateOnly(2026, 11, 1)).Generate(321), rows.Select(row => row.Resident!));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task GenerateAsync_BadAsOf_ExitsOneWithoutWriting()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");

        var exitCode = await ResidentsCommand.GenerateAsync(10, 1, "2026-13-01", new FileInfo(path), TimeProvider.System, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task ImportAsync_MissingFile_ExitsTwo()
    {
        var exitCode = await ResidentsCommand.ImportAsync(new FileInfo(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv")), CancellationToken.None);

        Assert.Equal(2, exitCode);
    }
}
