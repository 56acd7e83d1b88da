using System.Runtime.CompilerServices;
using Notify.Core.Csv;

namespace Notify.Core.Registry;

/// <summary>
/// Change events as CSV. Header (row 1), any order, only resident_id required:
/// <c>resident_id,birth_date,category,flags,add_flags,remove_flags,region,paid_through_year,effective_at</c>.
/// An empty cell changes nothing; flag lists are separated by ';' or '、', and flags "-" clears every flag.
/// Rows come back unvalidated (<see cref="ResidentChangeParser"/> does that), so every event is checked the same way as JSON.
/// A resident appears in one row per file: a second row for the same resident is refused naming both rows, because
/// queued changes are applied in no particular order and the file could not say which should win.
/// </summary>
public static class ResidentChangeCsv
{
    public static CsvTable Table { get; } = new(
        ["resident_id", "birth_date", "category", "flags", "add_flags", "remove_flags", "region", "paid_through_year", "effective_at"],
        ["resident_id"]);

    public static string Header => Table.Header;

    /// <summary>The flags cell that means "no flags at all" (an empty cell means "unchanged").</summary>
    public const string NoFlags = "-";

    private static readonly char[] FlagSeparators = [';', '、'];

    /// <summary>Streams the data rows; a bad header yields one row-1 result with its problems and stops.</summary>
    public static async IAsyncEnumerable<ResidentChangeCsvRow> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var residents = new CsvUniqueKeys("resident_id", "put all changes to one resident in one row");
        await foreach (var record in Table.ReadAsync(reader, cancellationToken))
        {
            yield return !record.IsReadable ? new ResidentChangeCsvRow(record.Row, null, record.Errors)
                : residents.Claim(record, record["resident_id"]) is { } repeated ? new ResidentChangeCsvRow(record.Row, null, [repeated]) { Record = record }
                : new ResidentChangeCsvRow(record.Row, Fields(record), []) { Record = record };
        }
    }

    private static ResidentChangeFields Fields(CsvRecord record) => new(
        record["resident_id"],
        record.Optional("birth_date"),
        record.Optional("category"),
        FlagList(record.Optional("flags")),
        FlagList(record.Optional("add_flags")),
        FlagList(record.Optional("remove_flags")),
        record.Optional("region"),
        record.Optional("paid_through_year"),
        record.Optional("effective_at"));

    private static string[]? FlagList(string? cell) =>
        cell is null ? null
        : cell == NoFlags ? []
        : cell.Split(FlagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
