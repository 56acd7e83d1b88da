using System.CommandLine;
using System.Globalization;
using System.Text;
using Notify.Core.Registry;
using Notify.Functions.Eligibility;
using Notify.Functions.Registry;

namespace Notify.LocalHost.Cli;

/// <summary>
/// <c>residents import FILE</c> and <c>residents generate</c>: load the resident registry, or write a synthetic one;
/// <c>residents changes FILE</c>: queue changes to residents (all of the file, or none when a row is bad).
/// </summary>
public static class ResidentsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A resident CSV (UTF-8 or GB18030), header: " + ResidentCsv.Header };
        var import = new Command("import", "Import residents from a CSV: all rows are upserted, or none when any row has errors (the first are printed).") { file };
        import.SetAction((parseResult, cancellationToken) => ImportAsync(parseResult.GetValue(file)!, cancellationToken));

        var count = new Option<int>("--count") { Description = "How many residents to generate.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and date give the same residents.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Reference date for ages, YYYY-MM-DD (default: today in Asia/Shanghai)." };
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write.", Required = true };
        var generate = new Command("generate", "Write synthetic residents to a CSV (deterministic for a seed).") { count, seed, asOf, output };
        generate.SetAction((parseResult, cancellationToken) => GenerateAsync(
            parseResult.GetValue(count), parseResult.GetValue(seed), parseResult.GetValue(asOf), parseResult.GetValue(output)!, TimeProvider.System, cancellationToken));

        var changesFile = new Argument<FileInfo>("file") { Description = "A change CSV (UTF-8 or GB18030), header: " + ResidentChangeCsv.Header };
        var changes = new Command("changes", "Queue resident changes from a CSV; nothing is queued if any row is invalid.") { changesFile };
        changes.SetAction((parseResult, cancellationToken) => ChangesAsync(parseResult.GetValue(changesFile)!, cancellationToken));

        return new Command("residents", "Manage the resident registry.") { import, generate, changes };
    }

    public static Task<int> ImportAsync(FileInfo file, CancellationToken cancellationToken) =>
        CsvFileCommand.RunAsync("residents import", file, async (services, source, ct) =>
        {
            var result = await services.GetRequiredService<ResidentImport>().ImportAsync(source, ct);
            return CsvFileCommand.ReportImport(result.RowsRead, result.Imported, result.Rejected, result.FirstErrors, result.HeaderRejected);
        }, cancellationToken);

    public static Task<int> ChangesAsync(FileInfo file, CancellationToken cancellationToken) =>
        CsvFileCommand.RunAsync("residents changes", file, async (services, source, ct) =>
        {
            var events = new List<ResidentChangeFields>();
            var rows = new List<ResidentChangeCsvRow>();
            var readErrors = new List<ResidentChangeError>();
            using var reader = source.Open();
            await foreach (var row in ResidentChangeCsv.ReadAsync(reader, ct))
            {
                if (row.Row == 1)
                {
                    await Console.Error.WriteLineAsync($"residents changes: {file.Name}: {row.Problem}");
                    return 2;
                }

                if (events.Count == ResidentChangeIntake.MaxEvents)
                {
                    await Console.Error.WriteLineAsync($"residents changes: at most {ResidentChangeIntake.MaxEvents:N0} changes per file; split {file.Name}.");
                    return 1;
                }

                readErrors.AddRange(row.Errors.Select(error => new ResidentChangeError(events.Count, error.Place, error.Message)));
                events.Add(row.Fields ?? new ResidentChangeFields(null));
                rows.Add(row);
            }

            var submission = await services.GetRequiredService<ResidentChangeIntake>().SubmitAsync(events, readErrors, ct);
            if (submission.IsAccepted)
            {
                Console.WriteLine($"Queued {submission.Accepted:N0} resident changes.");
                return 0;
            }

            var invalid = submission.Errors.Select(error => error.Index).Distinct().Count();
            Console.WriteLine($"Nothing was queued: {invalid:N0} of {events.Count:N0} rows have errors. Fix them and run the whole file again.");
            foreach (var error in submission.Errors)
            {
                var row = rows[error.Index];

                // A row that could not be read has its errors placed already; the others name change-event fields.
                var place = row.Errors.Count > 0 ? error.Field : row.Place(error.Field);
                Console.WriteLine($"  row {row.Row}, {place}: {error.Reason}");
            }

            return 1;
        }, cancellationToken);

    public static async Task<int> GenerateAsync(int count, int seed, string? asOf, FileInfo output, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(time);
        if (count < 0)
        {
            await Console.Error.WriteLineAsync("residents generate: --count must not be negative.");
            return 1;
        }

        DateOnly date;
        if (asOf is null)
        {
            var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
            date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), shanghai).DateTime);
        }
        else if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            await Console.Error.WriteLineAsync($"residents generate: --as-of '{asOf}' is not a date (YYYY-MM-DD).");
            return 1;
        }

        try
        {
            await using var writer = new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
            ResidentCsv.Write(writer, new ResidentGenerator(seed, date).Generate(count), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"residents generate: cannot write {output.FullName}: {exception.Message}");
            return 2;
        }

        Console.WriteLine($"Wrote {count:N0} residents to {output.FullName}.");
        return 0;
    }
}
