using System.Globalization;
using Notify.Core.Items;

namespace Notify.Core.Extraction.Scoring;

/// <summary>Reads a <c>.labels.tsv</c> file in the format of <c>docs/extraction-labelling.md</c>, refusing rows it cannot read.</summary>
public static class LabelFileReader
{
    public static readonly IReadOnlySet<string> DocumentTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "web-page", "snippet", "gazette", "traditional", "plan", "insurance", "subsidy", "reporting", "effective", "negative",
    };

    private const int Columns = 7;

    public static LabelFile Read(string name, string text)
    {
        string? type = null, place = null;
        var docNumbers = new List<string>();
        var items = new List<LabelledItem>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd();
            var where = $"{name} line {index + 1}";
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                ReadHeader(line[1..].Trim(), where, ref type, ref place, docNumbers);
                continue;
            }

            items.Add(ReadItem(line, where));
        }

        if (type is null)
        {
            throw new LabelFileException($"{name}: no '# type:' line; say which of {string.Join(", ", DocumentTypes)} the document is.");
        }

        return new LabelFile(type, place, docNumbers, items);
    }

    private static void ReadHeader(string header, string where, ref string? type, ref string? place, List<string> docNumbers)
    {
        var colon = header.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return;
        }

        var key = header[..colon].Trim();
        var value = header[(colon + 1)..].Trim();
        switch (key)
        {
            case "type" when !DocumentTypes.Contains(value):
                throw new LabelFileException($"{where}: type '{value}' is not one of {string.Join(", ", DocumentTypes)}.");
            case "type":
                type = value;
                break;
            case "place":
                place = value;
                break;
            case "docnumber" when value.Length > 0:
                docNumbers.Add(value);
                break;
        }
    }

    private static LabelledItem ReadItem(string row, string where)
    {
        var cells = row.Split('\t');
        if (cells.Length != Columns)
        {
            throw new LabelFileException($"{where}: {cells.Length} tab-separated columns; a label row has {Columns} (line, kind, date, end, recurrence, lead, cooperating).");
        }

        if (!int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var line) || line < 1)
        {
            throw new LabelFileException($"{where}: line '{cells[0]}' is not a positive line number.");
        }

        if (!Enum.TryParse<ItemKind>(cells[1], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            throw new LabelFileException($"{where}: kind '{cells[1]}' is not one of {string.Join(", ", Enum.GetNames<ItemKind>())}.");
        }

        var item = new LabelledItem(
            line, kind, DateCell(cells[2], "date", where), DateCell(cells[3], "end", where), Empty(cells[4]), Units(cells[5]), Units(cells[6]));
        if (item.Date is null && item.Recurrence is null)
        {
            throw new LabelFileException($"{where}: an item needs a date or a recurrence.");
        }

        return item;
    }

    private static DateOnly? DateCell(string cell, string column, string where)
    {
        if (Empty(cell) is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new LabelFileException($"{where}: {column} '{cell}' is not a date written yyyy-MM-dd.");
    }

    private static string? Empty(string cell) => cell.Trim() is "" or "-" ? null : cell.Trim();

    // 、 separates units except inside brackets: 各区（市、县）人民政府 is one name.
    private static IReadOnlyList<string> Units(string cell)
    {
        if (Empty(cell) is not { } names)
        {
            return [];
        }

        var units = new List<string>();
        var (depth, start) = (0, 0);
        for (var index = 0; index <= names.Length; index++)
        {
            var c = index < names.Length ? names[index] : '、';
            depth += c is '（' or '(' ? 1 : c is '）' or ')' ? -1 : 0;
            if (c == '、' && depth <= 0)
            {
                units.Add(names[start..index].Trim());
                start = index + 1;
            }
        }

        return [.. units.Where(unit => unit.Length > 0)];
    }
}
