using System.Globalization;
using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>
/// A table row (cells split by tabs, or by spaces once normalization has removed the tabs) and its year-only
/// cells, such as a project table's 竣工时间 column ("2018年").
/// </summary>
internal sealed partial class TableRow
{
    private const int MinimumCells = 4;

    private TableRow(List<(int Start, int Length, int Year)> yearCells) => YearCells = yearCells;

    public List<(int Start, int Length, int Year)> YearCells { get; }

    /// <summary>The row's due year, for the month-only dates in its other cells ("6月底前完成一期…").</summary>
    public int? Year => YearCells.Count > 0 ? YearCells[0].Year : null;

    [GeneratedRegex(@"^\s*(?<y>(?:19|20)[0-9]{2})\s*年\s*$", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex YearCell();

    /// <summary>The row, or null when <paramref name="text"/> is prose.</summary>
    public static TableRow? Read(string text)
    {
        var tabbed = text.Contains('\t', StringComparison.Ordinal);
        if (!tabbed && !text.Contains(' ', StringComparison.Ordinal) && !text.Contains('\u3000', StringComparison.Ordinal))
        {
            return null;
        }

        var cells = 0;
        var years = new List<(int Start, int Length, int Year)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSeparator(text[i], tabbed))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            while (i < text.Length && !IsSeparator(text[i], tabbed))
            {
                i++;
            }

            cells++;
            var match = YearCell().Match(text, start, i - start);
            if (match.Success)
            {
                var trimmed = text.AsSpan(start, i - start).Trim();
                var offset = text.AsSpan(start, i - start).IndexOf(trimmed[0]);
                years.Add((start + offset, trimmed.Length, int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)));
            }
        }

        return cells >= MinimumCells && (tabbed || years.Count > 0) ? new TableRow(years) : null;
    }

    private static bool IsSeparator(char c, bool tabbed) => tabbed ? c == '\t' : c is ' ' or '\u3000' or '\t';
}
