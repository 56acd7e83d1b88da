using System.Text;

namespace Notify.LocalHost.Cli;

/// <summary>
/// The frame of the commands that read a CSV file: a missing file or one that cannot be read as UTF-8 exits 2 with one
/// line naming the command and the file; otherwise the action gets the app's services and a reader on the file.
/// </summary>
public static class CsvFileCommand
{
    public static Task<int> RunAsync(string command, FileInfo file, Func<IServiceProvider, TextReader, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
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
                using var reader = new StreamReader(file.FullName, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
                return await action(services, reader, ct);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                await Console.Error.WriteLineAsync($"{command}: {file.Name} cannot be read: {exception.GetType().Name}.");
                return 2;
            }
        }, cancellationToken);
    }

    /// <summary>Prints what an import did; exits 2 when the header was rejected, 1 when any row was, else 0.</summary>
    public static int ReportImport(int rowsRead, int imported, int rejected, IEnumerable<object> firstErrors, bool headerRejected)
    {
        ArgumentNullException.ThrowIfNull(firstErrors);
        Console.WriteLine($"Rows read: {rowsRead:N0}, imported: {imported:N0}, rejected: {rejected:N0}.");
        foreach (var error in firstErrors)
        {
            Console.WriteLine($"  {error}");
        }

        return headerRejected ? 2 : rejected == 0 ? 0 : 1;
    }
}
