using System.Runtime.CompilerServices;

namespace Notify.Core.Registry;

/// <summary>
/// Change events as CSV. Header (row 1), any order, only resident_id required:
/// <c>resident_id,birth_date,category,flags,add_flags,remove_flags,region,paid_through_year,effective_at</c>.
/// An empty cell changes nothing; flag lists are separated by ';' or '、', and flags "-" clears every flag.
/// Rows come back unvalidated (<see cref="ResidentChangeParser"/> does that), so every event is checked the same way as JSON.
/// </summary>
public static class ResidentChangeCsv
{
    public const string Header = "resident_id,birth_date,category,flags,add_flags,remove_flags,region,paid_through_year,effective_at";

    /// <summary>The flags cell that means "no flags at all" (an empty cell means "unchanged").</summary>
    public const string NoFlags = "-";

    private static readonly string[] Columns = Header.Split(',');
    private static readonly char[] FlagSeparators = [';', '、'];

    /// <summary>Streams the data rows; a bad header yields one row-1 result with a problem and stops.</summary>
    public static async IAsyncEnumerable<ResidentChangeCsvRow> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new CsvRecordReader(reader);
        var header = await records.ReadAsync(cancellationToken);
        if (header is null)
        {
            yield return new ResidentChangeCsvRow(1, null, "the file is empty");
            yield break;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (!Columns.Contains(name) || !columns.TryAdd(name, i))
            {
                yield return new ResidentChangeCsvRow(1, null, $"column '{header[i]}' is unknown or repeated; expected some of {Header}");
                yield break;
            }
        }

        if (!columns.ContainsKey("resident_id"))
        {
            yield return new ResidentChangeCsvRow(1, null, "required column 'resident_id' is missing");
            yield break;
        }

        var row = 1;
        while (await records.ReadAsync(cancellationToken) is { } fields)
        {
            row++;
            if (fields is [""])
            {
                continue;
            }

            if (records.LastRecordUnterminated)
            {
                yield return new ResidentChangeCsvRow(row, null, "a quoted field is not closed before the end of the file");
            }
            else if (fields.Count != header.Count)
            {
                yield return new ResidentChangeCsvRow(row, null, $"expected {header.Count} fields, found {fields.Count}");
            }
            else
            {
                string? Get(string column) => columns.TryGetValue(column, out var index) && fields[index].Trim() is { Length: > 0 } value ? value : null;
                yield return new ResidentChangeCsvRow(row, new ResidentChangeFields(
                    Get("resident_id") ?? "",
                    Get("birth_date"),
                    Get("category"),
                    FlagList(Get("flags")),
                    FlagList(Get("add_flags")),
                    FlagList(Get("remove_flags")),
                    Get("region"),
                    Get("paid_through_year"),
                    Get("effective_at")), null);
            }
        }
    }

    private static string[]? FlagList(string? cell) =>
        cell is null ? null
        : cell == NoFlags ? []
        : cell.Split(FlagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
