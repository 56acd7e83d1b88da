using System.Text;
using Notify.Core.Registry;
using Notify.Functions.Registry;
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

    [Fact]
    public async Task ImportAsync_Gb18030File_ImportsTheResidents()
    {
        var id = TestStorage.UniqueTableName("G");
        var content = Gb18030().GetBytes($"{ResidentCsv.Header}\r\n{id},王芳,13800000000,,,baotou.kundulun,1960-03-15,城镇居民,特困;独居,2026,zh,sms,sms:in\r\n");

        var (exitCode, _, _) = await RunOnFileAsync(content, file => ResidentsCommand.ImportAsync(file, CancellationToken.None));

        Assert.Equal(0, exitCode);
        var stored = await new ResidentStore(TestAccount.Clients).FindByIdAsync(id, CancellationToken.None);
        Assert.Equal(("王芳", "城镇居民"), (stored!.Name, stored.Category));
    }

    [Fact]
    public async Task ImportAsync_NeitherUtf8NorGb18030_ExitsTwoNamingTheLineAndByte()
    {
        var id = TestStorage.UniqueTableName("L");
        var header = Encoding.ASCII.GetBytes(ResidentCsv.Header + "\n");
        byte[] latin1Row = [.. Encoding.ASCII.GetBytes($"{id},Ren"), 0xE9, .. Encoding.ASCII.GetBytes(",,,,baotou.kundulun,1960-03-15,x,,,zh,,\n")];

        var (exitCode, _, error) = await RunOnFileAsync([.. header, .. latin1Row], file => ResidentsCommand.ImportAsync(file, CancellationToken.None));

        Assert.Equal(2, exitCode);
        Assert.Contains($"line 2, byte offset {header.Length + id.Length + 4}", error, StringComparison.Ordinal);
        Assert.Contains("neither UTF-8 nor GB18030", error, StringComparison.Ordinal);
        Assert.Null(await new ResidentStore(TestAccount.Clients).FindByIdAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task ChangesAsync_SameResidentTwiceAndABadDate_QueuesNothingAndPlacesEachErrorByRowAndColumn()
    {
        var id = TestStorage.UniqueTableName("C");
        var content = Encoding.UTF8.GetBytes($"category,resident_id,birth_date\n在校学生,{id}-1,\n在校学生,{id}-2,1960-13-01\n城镇居民,{id}-1,\n");

        var (exitCode, output, _) = await RunOnFileAsync(content, file => ResidentsCommand.ChangesAsync(file, CancellationToken.None));

        Assert.Equal(1, exitCode);
        Assert.Contains("Nothing was queued: 3 of 3 rows have errors.", output, StringComparison.Ordinal);
        Assert.Contains($"  row 2, column B (resident_id): no resident '{id}-1' in the registry", output, StringComparison.Ordinal);
        Assert.Contains("  row 3, column C (birth_date): '1960-13-01' is not a date in YYYY-MM-DD form", output, StringComparison.Ordinal);
        Assert.Contains($"  row 4, column B (resident_id): '{id}-1' is also at row 2; put all changes to one resident in one row", output, StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="command"/> on a temporary file holding <paramref name="content"/>, capturing what it prints.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunOnFileAsync(byte[] content, Func<FileInfo, Task<int>> command)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, content);
            return await CaptureAsync(() => command(new FileInfo(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static async Task<(int ExitCode, string Output, string Error)> CaptureAsync(Func<Task<int>> run)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (await run(), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
