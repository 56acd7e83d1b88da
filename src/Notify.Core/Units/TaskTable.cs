using System.Text.RegularExpressions;

namespace Notify.Core.Units;

/// <summary>
/// A task or project table (任务分工表, 重点项目计划表): a header naming a unit column (牵头单位, 责任单位,
/// 配合单位, 项目单位 …), then one task per row. Columns are separated by "|", by tabs, or — once
/// normalisation has collapsed the tabs — by single spaces, in which case rows are the lines that
/// open with their 序号 and only the columns up to the unit column are trusted.
/// </summary>
internal sealed partial class TaskTable
{
    private const int MinColumns = 3;
    private const int MaxHeaderCellLength = 12;
    private const int MaxLinesBetweenRows = 6;
    private const int MaxHeaderLength = 200;

    private readonly char? _separator;
    private readonly int _columnCount;
    private readonly (int Column, string Label)[] _unitColumns;
    private int _linesSinceRow;

    private TaskTable(char? separator, int columnCount, (int Column, string Label)[] unitColumns)
    {
        _separator = separator;
        _columnCount = columnCount;
        _unitColumns = unitColumns;
    }

    /// <summary>What a line is to an open table.</summary>
    public enum LineRole
    {
        Row,
        Other,
        End,
    }

    public static TaskTable? TryReadHeader(string text)
    {
        if (text.Length > MaxHeaderLength || (!text.Contains("单位", StringComparison.Ordinal) && !text.Contains("部门", StringComparison.Ordinal) && !text.Contains("主体", StringComparison.Ordinal)))
        {
            return null;
        }

        var separator = text.Contains('|', StringComparison.Ordinal) ? '|' : text.Contains('\t', StringComparison.Ordinal) ? '\t' : (char?)null;
        var cells = Cells(text, separator);
        if (cells.Length < MinColumns || (separator is null && cells.Any(c => c.Length > MaxHeaderCellLength || c.AsSpan().IndexOfAny("，。；") >= 0)))
        {
            return null;
        }

        var unitColumns = new List<(int, string)>();
        for (var column = 0; column < cells.Length; column++)
        {
            var header = UnitColumnHeader().Match(cells[column]);
            if (header.Success)
            {
                unitColumns.Add((column, header.Value));
            }
        }

        return unitColumns.Count == 0 ? null : new TaskTable(separator, cells.Length, [.. unitColumns]);
    }

    /// <summary>Reads a line of the table body: the units of a row, nothing for other lines, or the end of the table.</summary>
    public LineRole Read(string text, AssignmentTextParser parser, string? jurisdiction, out List<RoledUnit> units)
    {
        units = [];
        if (_separator == '|')
        {
            return text.Contains('|', StringComparison.Ordinal) ? ReadCells(Cells(text, '|'), exactColumns: true, parser, jurisdiction, units) : LineRole.End;
        }

        if (!NumberedRow().IsMatch(text))
        {
            return ++_linesSinceRow > MaxLinesBetweenRows ? LineRole.End : LineRole.Other;
        }

        _linesSinceRow = 0;
        var separator = text.Contains('\t', StringComparison.Ordinal) ? '\t' : (char?)null;
        return ReadCells(Cells(text, separator), exactColumns: separator is not null, parser, jurisdiction, units);
    }

    private LineRole ReadCells(string[] cells, bool exactColumns, AssignmentTextParser parser, string? jurisdiction, List<RoledUnit> units)
    {
        if (cells.All(c => c.Trim('-', ':', ' ').Length == 0))
        {
            return LineRole.Other;
        }

        if (exactColumns && cells.Length != _columnCount && _separator == '|')
        {
            return LineRole.End;
        }

        foreach (var (column, label) in _unitColumns)
        {
            if (column < cells.Length)
            {
                units.AddRange(parser.ParseCell(cells[column], label, jurisdiction));
            }
        }

        return LineRole.Row;
    }

    private static string[] Cells(string text, char? separator)
    {
        var trimmed = text.AsSpan().Trim();
        if (separator == '|')
        {
            trimmed = trimmed.Trim('|');
        }

        return separator is { } split
            ? trimmed.ToString().Split(split, StringSplitOptions.TrimEntries)
            : trimmed.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [GeneratedRegex(@"^(?:牵头责任单位|牵头单位|牵头部门|主责单位|主责部门|责任单位|责任部门|责任主体|配合单位|配合部门|协办单位|参与单位|实施单位|实施主体|承办单位|项目单位|建设单位)$")]
    private static partial Regex UnitColumnHeader();

    [GeneratedRegex(@"^\d{1,3}(?:\s|\t)")]
    private static partial Regex NumberedRow();
}
