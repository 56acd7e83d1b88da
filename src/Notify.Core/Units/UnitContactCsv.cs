using System.Runtime.CompilerServices;
using Notify.Core.Csv;

namespace Notify.Core.Units;

/// <summary>
/// The unit-contact CSV, read as a stream of validated rows. Header (row 1): <c>unit_id,wecom_user_ids,phones,emails</c>,
/// columns in any order, only unit_id required. Multiple values in one cell are separated by ';'. unit_id must be a
/// unit of the directory and appear once per file (a repeat is an error naming both rows); phones are normalised to
/// E.164 (see <see cref="UnitContactValidator"/>).
/// </summary>
public sealed class UnitContactCsv(UnitDirectory directory)
{
    public const string UnitIdField = "unit_id";

    public static CsvTable Table { get; } = new(
        [UnitIdField, UnitContactValidator.WeComUserIdsField, UnitContactValidator.PhonesField, UnitContactValidator.EmailsField],
        [UnitIdField]);

    public static string Header => Table.Header;

    /// <summary>Streams the data rows of <paramref name="reader"/>; a bad header yields one row-1 result and stops.</summary>
    public async IAsyncEnumerable<UnitContactCsvRow> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var unitIds = new CsvUniqueKeys(UnitIdField, "each unit must appear once");
        await foreach (var record in Table.ReadAsync(reader, cancellationToken))
        {
            yield return record.IsReadable ? Parse(record, unitIds) : new UnitContactCsvRow(record.Row, null, null, record.Errors);
        }
    }

    /// <summary>Writes the header and then one row per unit. Valid values hold no ';', so each list is one cell.</summary>
    public static void Write(TextWriter writer, IEnumerable<(string UnitId, UnitContactValues Values)> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        using var csv = Table.CreateWriter(writer);
        foreach (var (unitId, values) in contacts)
        {
            csv.WriteRow(unitId, string.Join(';', values.WeComUserIds), string.Join(';', values.Phones), string.Join(';', values.Emails));
        }
    }

    private UnitContactCsvRow Parse(CsvRecord record, CsvUniqueKeys unitIds)
    {
        var errors = new List<CsvError>();
        var unitId = record[UnitIdField];
        var unit = directory.Find(unitId);
        if (unit is null)
        {
            errors.Add(record.Error(UnitIdField, unitId.Length == 0 ? "is required" : $"'{CsvTable.Printable(unitId)}' is not a unit in the directory"));
        }
        else if (unitIds.Claim(record, unit.Id) is { } repeated)
        {
            errors.Add(repeated);
        }

        var values = UnitContactValidator.Validate(
            UnitContactValidator.SplitCell(record[UnitContactValidator.WeComUserIdsField]),
            UnitContactValidator.SplitCell(record[UnitContactValidator.PhonesField]),
            UnitContactValidator.SplitCell(record[UnitContactValidator.EmailsField]),
            (field, message) => errors.Add(record.Error(field, message)));
        return errors.Count == 0
            ? new UnitContactCsvRow(record.Row, unit, values, [])
            : new UnitContactCsvRow(record.Row, unit, null, errors);
    }
}
