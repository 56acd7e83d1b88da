using System.Runtime.CompilerServices;
using Notify.Core.Registry;

namespace Notify.Core.Units;

/// <summary>
/// The unit-contact CSV, read as a stream of validated rows. Header (row 1): <c>unit_id,wecom_user_ids,phones,emails</c>,
/// columns in any order, only unit_id required. Multiple values in one cell are separated by ';'. unit_id must be a
/// unit of the directory; phones are normalised to E.164 (see <see cref="UnitContactValidator"/>).
/// </summary>
public sealed class UnitContactCsv(UnitDirectory directory)
{
    public const string UnitIdField = "unit_id";
    public const string Header = "unit_id,wecom_user_ids,phones,emails";

    public static IReadOnlyList<string> Columns { get; } = Header.Split(',');

    /// <summary>Streams the data rows of <paramref name="reader"/>; a bad header yields one row-1 result and stops.</summary>
    public async IAsyncEnumerable<UnitContactCsvRow> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new CsvRecordReader(reader);
        var header = await records.ReadAsync(cancellationToken);
        if (header is null)
        {
            yield return new UnitContactCsvRow(1, null, null, [new UnitContactCsvError(1, "header", "the file is empty")]);
            yield break;
        }

        var headerErrors = new List<UnitContactCsvError>();
        var columns = MapColumns(header, headerErrors);
        if (headerErrors.Count > 0)
        {
            yield return new UnitContactCsvRow(1, null, null, headerErrors);
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

            yield return records.LastRecordUnterminated
                ? new UnitContactCsvRow(row, null, null, [new UnitContactCsvError(row, "quote", "a quoted field is not closed before the end of the file")])
                : Parse(row, fields, columns, header.Count);
        }
    }

    public static void WriteHeader(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
    }

    /// <summary>Writes one row in the column order of <see cref="Header"/>. Valid values hold no ',', '"', ';' or line breaks.</summary>
    public static void WriteRow(TextWriter writer, string unitId, UnitContactValues values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.Write(unitId);
        writer.Write(',');
        writer.Write(string.Join(';', values.WeComUserIds));
        writer.Write(',');
        writer.Write(string.Join(';', values.Phones));
        writer.Write(',');
        writer.Write(string.Join(';', values.Emails));
        writer.Write('\n');
    }

    private UnitContactCsvRow Parse(int row, List<string> fields, Dictionary<string, int> columns, int columnCount)
    {
        if (fields.Count != columnCount)
        {
            return new UnitContactCsvRow(row, null, null, [new UnitContactCsvError(row, "columns", $"expected {columnCount} fields, found {fields.Count}")]);
        }

        var errors = new List<UnitContactCsvError>();
        IReadOnlyList<string> Cell(string column) =>
            columns.TryGetValue(column, out var index) ? UnitContactValidator.SplitCell(fields[index]) : [];

        var unitId = fields[columns[UnitIdField]].Trim();
        var unit = directory.Find(unitId);
        if (unit is null)
        {
            errors.Add(new UnitContactCsvError(row, UnitIdField, unitId.Length == 0 ? "is required" : $"'{Printable(unitId)}' is not a unit in the directory"));
        }

        var values = UnitContactValidator.Validate(
            Cell(UnitContactValidator.WeComUserIdsField),
            Cell(UnitContactValidator.PhonesField),
            Cell(UnitContactValidator.EmailsField),
            (field, message) => errors.Add(new UnitContactCsvError(row, field, message)));
        return errors.Count == 0
            ? new UnitContactCsvRow(row, unit, values, [])
            : new UnitContactCsvRow(row, unit, null, errors);
    }

    /// <summary>Unit ids are not personal data, so an unknown one is echoed, shortened and without control characters.</summary>
    private static string Printable(string text)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c))]);
        return clean.Length <= 64 ? clean : clean[..64] + "…";
    }

    private static Dictionary<string, int> MapColumns(List<string> header, List<UnitContactCsvError> errors)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (!Columns.Contains(name))
            {
                errors.Add(new UnitContactCsvError(1, "header", $"unknown column '{Printable(header[i])}'; expected {Header}"));
            }
            else if (!map.TryAdd(name, i))
            {
                errors.Add(new UnitContactCsvError(1, "header", $"column '{name}' appears twice"));
            }
        }

        if (!map.ContainsKey(UnitIdField))
        {
            errors.Add(new UnitContactCsvError(1, "header", $"required column '{UnitIdField}' is missing"));
        }

        return map;
    }
}
