using System.Runtime.CompilerServices;
using nietras.SeparatedValues;

namespace Notify.Core.Csv;

/// <summary>
/// A CSV format with a header row, read and written through Sep. Reading streams: the header is checked against
/// <see cref="Columns"/> (any order, names trimmed and case-insensitive, required ones present, none unknown or
/// repeated), then each data record comes back as its cells or as why it cannot be read (wrong field count, a quote
/// left open at the end of the file). Blank lines are skipped but counted; a leading byte order mark is ignored.
/// Writing neutralises cells a spreadsheet would run as formulas and reading undoes it (<see cref="CsvFormulaGuard"/>).
/// </summary>
public sealed class CsvTable
{
    private const char Separator = ',';

    private readonly HashSet<string> _known;

    public CsvTable(IReadOnlyList<string> columns, IReadOnlyList<string> requiredColumns)
    {
        Columns = columns;
        RequiredColumns = requiredColumns;
        Header = string.Join(Separator, columns);
        _known = [.. columns];
    }

    /// <summary>Every column, in the order files are written.</summary>
    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>The header row as written, e.g. <c>unit_id,wecom_user_ids,phones,emails</c>.</summary>
    public string Header { get; }

    /// <summary>Streams the records of <paramref name="reader"/>; a bad header comes back as one rejected row 1 and ends the stream.</summary>
    public async IAsyncEnumerable<CsvRecord> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var sep = await Sep.Reader(options => options with
        {
            Sep = new Sep(Separator),
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
        }).FromAsync(reader, leaveOpen: true, cancellationToken);
        if (!await sep.MoveNextAsync(cancellationToken))
        {
            yield return CsvRecord.Rejected(1, "header", "the file is empty");
            yield break;
        }

        var (columns, headerErrors) = MapHeader(Cells(sep.Current, restore: false));
        if (headerErrors.Count > 0)
        {
            yield return CsvRecord.Rejected(headerErrors);
            yield break;
        }

        while (await sep.MoveNextAsync(cancellationToken))
        {
            if (ToRecord(sep.Current, columns) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <summary>Starts a file on <paramref name="writer"/> with the header; the writer stays open.</summary>
    public CsvTableWriter CreateWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new CsvTableWriter(
            Sep.Writer(options => options with { Sep = new Sep(Separator), Escape = true }).To(writer, leaveOpen: true), Columns);
    }

    /// <summary>Text from a file that is not personal data (a column name, a unit id): without control characters, shortened.</summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = new string([.. text.Where(c => !char.IsControl(c))]);
        return clean.Length <= 64 ? clean : clean[..64] + "…";
    }

    /// <summary>Null for a blank line.</summary>
    private static CsvRecord? ToRecord(SepReader.Row row, Dictionary<string, int> columns)
    {
        var number = row.RowIndex + 1;

        // Sep ends a record only at a line break outside quotes, so an odd quote count means the input ended inside one.
        if (row.Span.Count('"') % 2 != 0)
        {
            return CsvRecord.Rejected(number, "quote", "a quoted field is not closed before the end of the file");
        }

        if (row.ColCount == 1 && row[0].Span.IsEmpty)
        {
            return null;
        }

        return row.ColCount == columns.Count
            ? CsvRecord.Read(number, columns, Cells(row, restore: true))
            : CsvRecord.Rejected(number, "columns", $"expected {columns.Count} fields, found {row.ColCount}");
    }

    private static string[] Cells(SepReader.Row row, bool restore)
    {
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = row[i].Span.Trim().ToString();
            cells[i] = restore ? CsvFormulaGuard.Restore(cell) : cell;
        }

        return cells;
    }

    private (Dictionary<string, int> Columns, List<CsvError> Errors) MapHeader(string[] header)
    {
        header[0] = header[0].TrimStart('\uFEFF').Trim();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<CsvError>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].ToLowerInvariant();
            if (!_known.Contains(name))
            {
                errors.Add(new CsvError(1, "header", $"unknown column '{Printable(header[i])}'; expected {Header}"));
            }
            else if (!columns.TryAdd(name, i))
            {
                errors.Add(new CsvError(1, "header", $"column '{name}' appears twice"));
            }
        }

        errors.AddRange(RequiredColumns
            .Where(required => !columns.ContainsKey(required))
            .Select(required => new CsvError(1, "header", $"required column '{required}' is missing")));
        return (columns, errors);
    }
}
