namespace Notify.Core.Units;

/// <summary>
/// A task table (任务分工表) kept with "|" or tab separators: a header naming a 牵头单位/责任单位/配合单位
/// column, then one task per row.
/// </summary>
internal sealed class TaskTable
{
    private const int MinColumns = 3;

    private readonly char _separator;
    private readonly int _columnCount;
    private readonly (int Column, string Label)[] _unitColumns;

    private TaskTable(char separator, int columnCount, (int Column, string Label)[] unitColumns)
    {
        _separator = separator;
        _columnCount = columnCount;
        _unitColumns = unitColumns;
    }

    public static TaskTable? TryReadHeader(string text)
    {
        var separator = SeparatorOf(text);
        if (separator is null)
        {
            return null;
        }

        var cells = Cells(text, separator.Value);
        if (cells.Length < MinColumns)
        {
            return null;
        }

        var unitColumns = cells
            .Select((cell, column) => (Column: column, Match: AssignmentTextParser.MatchLabelAt(cell + "：", 0)))
            .Where(c => c.Match.Success && c.Match.Length == cells[c.Column].Length + 1)
            .Select(c => (c.Column, c.Match.Groups["label"].Value))
            .ToArray();
        return unitColumns.Length == 0 ? null : new TaskTable(separator.Value, cells.Length, unitColumns);
    }

    /// <summary>The units of a row; null when the line is not a row of this table (the table has ended).</summary>
    public List<RoledUnit>? TryReadRow(string text, AssignmentTextParser parser, string? jurisdiction)
    {
        if (!text.Contains(_separator, StringComparison.Ordinal))
        {
            return null;
        }

        var cells = Cells(text, _separator);
        if (cells.All(c => c.Length == 0 || c.Trim('-', ':', ' ').Length == 0))
        {
            return [];
        }

        if (cells.Length != _columnCount)
        {
            return null;
        }

        var units = new List<RoledUnit>();
        foreach (var (column, label) in _unitColumns)
        {
            units.AddRange(parser.ParseLabelled(cells[column], label, jurisdiction));
        }

        return units;
    }

    private static char? SeparatorOf(string text) =>
        text.Contains('|', StringComparison.Ordinal) ? '|'
        : text.Contains('\t', StringComparison.Ordinal) ? '\t'
        : null;

    private static string[] Cells(string text, char separator)
    {
        var trimmed = text.AsSpan().Trim();
        if (separator == '|')
        {
            trimmed = trimmed.Trim('|');
        }

        return trimmed.ToString().Split(separator, StringSplitOptions.TrimEntries);
    }
}
