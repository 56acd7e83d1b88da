using nietras.SeparatedValues;

namespace Notify.Core.Csv;

/// <summary>Writes the rows of one <see cref="CsvTable"/> file; the header is written on creation, even for no rows.</summary>
public sealed class CsvTableWriter : IDisposable
{
    private readonly SepWriter _sep;
    private readonly IReadOnlyList<string> _columns;

    internal CsvTableWriter(SepWriter sep, IReadOnlyList<string> columns)
    {
        _sep = sep;
        _columns = columns;
        _sep.Header.Add([.. columns]);
        _sep.Header.Write();
    }

    /// <summary>
    /// Writes one row, its cells in column order (null writes an empty cell); Sep quotes what needs quoting, and a cell
    /// a spreadsheet would run as a formula gets a leading apostrophe (<see cref="CsvFormulaGuard"/>).
    /// </summary>
    public void WriteRow(params ReadOnlySpan<string?> cells)
    {
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"Expected {_columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        using var row = _sep.NewRow();
        for (var i = 0; i < cells.Length; i++)
        {
            row[_columns[i]].Set(CsvFormulaGuard.Neutralise(cells[i] ?? ""));
        }
    }

    /// <summary>Flushes what Sep still buffers to the underlying writer, which stays open.</summary>
    public void Dispose() => _sep.Dispose();
}
