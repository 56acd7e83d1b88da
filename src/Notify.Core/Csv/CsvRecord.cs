namespace Notify.Core.Csv;

/// <summary>
/// One record of a <see cref="CsvTable"/>: its trimmed cells by column name, or why it cannot be read. Row 1 stands for
/// the header and only ever comes back rejected.
/// </summary>
public sealed class CsvRecord
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _cells;

    private CsvRecord(int row, IReadOnlyDictionary<string, int> columns, string[] cells, IReadOnlyList<CsvError> errors)
    {
        Row = row;
        _columns = columns;
        _cells = cells;
        Errors = errors;
    }

    /// <summary>1-based row number: records are counted, not lines, and the header is row 1.</summary>
    public int Row { get; }

    /// <summary>Why the record (at row 1: the file) cannot be read; empty when its cells are there.</summary>
    public IReadOnlyList<CsvError> Errors { get; }

    public bool IsReadable => Errors.Count == 0;

    /// <summary>The trimmed cell of <paramref name="column"/>, or "" when the file has no such column.</summary>
    public string this[string column] => _columns.TryGetValue(column, out var index) ? _cells[index] : "";

    /// <summary>The cell of <paramref name="column"/>, or null when it is empty or the file has no such column.</summary>
    public string? Optional(string column) => this[column] is { Length: > 0 } cell ? cell : null;

    /// <summary>The spreadsheet letter of <paramref name="column"/> in this file, or null when the file has no such column.</summary>
    public string? ColumnLetter(string column) => _columns.TryGetValue(column, out var index) ? CsvColumnLetters.Of(index) : null;

    /// <summary>An error in <paramref name="column"/> of this record, placed by row and column letter.</summary>
    public CsvError Error(string column, string message) => new(Row, column, message, ColumnLetter(column));

    internal static CsvRecord Read(int row, IReadOnlyDictionary<string, int> columns, string[] cells) => new(row, columns, cells, []);

    internal static CsvRecord Rejected(int row, string field, string message) => Rejected([new CsvError(row, field, message)]);

    internal static CsvRecord Rejected(IReadOnlyList<CsvError> errors) =>
        new(errors[0].Row, new Dictionary<string, int>(), [], errors);
}
