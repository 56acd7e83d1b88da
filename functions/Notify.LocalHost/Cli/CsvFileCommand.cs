using Notify.Core.Csv;

namespace Notify.LocalHost.Cli;

/// <summary>
/// The frame of the commands that read a CSV file: a missing file, or one that is neither UTF-8 nor GB18030 text, exits 2
/// with one line naming the command, the file and (for bad bytes) the line and byte; otherwise the action gets the app's
/// services and the file's text, which it may read more than once.
/// </summary>
public static class CsvFileCommand
{
    public static Task<int> RunAsync(string command, FileInfo file, Func<IServiceProvider, CsvSource, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(action);
        if (!file.Exists)
        {
            Console.Error.WriteLine($"{command}: {file.FullName} does not exist.");
            return Task.FromResult(2);
        }

        return CommandServices.RunAsync(async (services, ct) =>
        {
            try
            {
                var source = await CsvSource.OpenAsync(() => File.OpenRead(file.FullName), ct);
                return await action(services, source, ct);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"{command}: {file.Name} cannot be read: {exception.GetType().Name}.");
                return 2;
            }
            catch (CsvEncodingException exception)
            {
                await Console.Error.WriteLineAsync($"{command}: {file.Name} cannot be read: {exception.Message}");
                return 2;
            }
        }, cancellationToken);
    }

    /// <summary>Prints what an import did; exits 2 when the header was rejected, 1 when any row was (nothing is imported then), else 0.</summary>
    public static int ReportImport(int rowsRead, int imported, int rejected, IEnumerable<object> firstErrors, bool headerRejected)
    {
        ArgumentNullException.ThrowIfNull(firstErrors);
        Console.WriteLine($"Rows read: {rowsRead:N0}, imported: {imported:N0}, rejected: {rejected:N0}.");
        if (rejected > 0)
        {
            Console.WriteLine($"Nothing was imported: {rejected:N0} of {rowsRead:N0} rows have errors. Fix them and import the whole file again.");
        }

        foreach (var error in firstErrors)
        {
            Console.WriteLine($"  {error}");
        }

        return headerRejected ? 2 : rejected == 0 ? 0 : 1;
    }
}
