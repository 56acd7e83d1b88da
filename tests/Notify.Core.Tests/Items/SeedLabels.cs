using System.Text.RegularExpressions;
using Notify.Core.Items;

namespace Notify.Core.Tests.Items;

/// <summary>
/// The seeds labelled by hand, line by line, as a grader would: every date someone must act on or from
/// (deadlines, targets, effective dates, the start of windows). Not labelled: signature and publication
/// dates, the table of contents and the 大事记, statistics (截至…), history ("已正式实施", "以来"), years inside
/// cited titles and 文号, recurrences without a date, and vague timing.
/// </summary>
public static partial class SeedLabels
{
    /// <summary>Lines 300–484 of seed 002: the project table, whose 竣工时间 column gives each project's due year.</summary>
    public const int ProjectTableFirstLine = 300;

    public const int ProjectTableLastLine = 484;

    public static IReadOnlyList<SeedDocument> All { get; } =
    [
        new(
            "000_1adb6d4817ef23eb.txt",
            [(1, Context(null, 2019)), (40, Context("2019-09-16", 2019)), (77, Context("2019-08-25", 2019)), (123, Context("2019-08-25", 2019)),
             (211, Context("2019-09-19", 2019)), (398, Context(null, 2019))],
            Labels(
                (48, "2019-10-01"), (52, "2020-07-01"), (64, "2019-10-01"), (288, "2019-12-31"), (288, "2020-12-31"),
                (352, "2020-12-31"), (356, "2020-12-31"), (368, "2020-12-31"), (382, "2020-12-31"))),
        new(
            "001_ff4cb696bc6ccbd2.txt",
            [(1, Context("2023-06-15", 2023)), (277, Context("2023-06-25", 2023))],
            Labels(
                (27, "2025-12-31"), (43, "2023-10-31"), (51, "2023-10-31"), (59, "2023-12-31"), (121, "2023-12-31"),
                (141, "2025-12-31"), (165, "2021-01-01"), (295, "2023-06-30"), (295, "2023-07-31"), (295, "2023-12-31"),
                (349, "2023-12-31"), (361, "2023-12-31"), (375, "2023-12-31"))),
        new(
            "002_066940c7a516b711.txt",
            [(1, Context(null, 2018)), (44, Context("2018-12-05", 2018)), (486, Context("2018-12-15", 2018)), (571, Context("2018-12-17", 2018)),
             (667, Context("2018-12-21", 2018)), (748, Context("2018-12-25", 2018)), (820, Context("2018-12-17", 2018)),
             (884, Context("2018-12-25", 2018)), (916, Context("2018-12-24", 2018)), (1048, Context("2018-12-27", 2018)), (1174, Context(null, 2018))],
            Labels(
                (72, "2020-12-31"), (92, "2020-12-31"), (104, "2018-12-31"), (112, "2018-12-31"), (112, "2019-01-01"),
                (126, "2020-12-31"), (146, "2019-01-01"), (150, "2018-01-01"), (150, "2019-01-01"), (158, "2020-12-31"), (166, "2018-12-31"),
                (172, "2020-12-31"), (178, "2018-12-31"), (184, "2020-12-31"), (184, "2019-12-31"),
                (192, "2020-12-31"), (192, "2018-10-01"), (192, "2020-01-01"), (192, "2020-12-31"), (192, "2020-12-31"),
                (198, "2019-12-31"), (198, "2020-12-31"), (208, "2020-12-31"), (214, "2020-12-31"), (256, "2020-12-31"), (256, "2020-12-31"),
                (264, "2018-12-31"), (280, "2020-12-31"), (280, "2018-12-31"),
                (651, "2023-08-31"), (746, "2019-01-20"), (778, "2020-12-31"), (780, "2025-12-31"), (804, "2018-12-31"), (804, "2019-12-31"),
                (834, "2018-12-17"), (906, "2018-09-01"), (910, "2018-12-25"), (954, "2018-12-31"), (956, "2019-12-31"), (958, "2020-12-31"),
                (972, "2018-12-31"), (990, "2018-12-31"), (994, "2020-12-31"), (1006, "2018-01-01"), (1024, "2020-12-31"), (1028, "2020-12-31"),
                (1084, "2020-12-31"))),
        new(
            "003_71a6d328ca4d60e9.txt",
            [(1, Context("2019-12-13", 2019))],
            Labels((38, "2022-12-31"), (42, "2022-12-31"), (80, "2022-12-31"), (92, "2019-12-31"))),
    ];

    /// <summary>
    /// The project table's labels: each row with a year in its 竣工时间 column is due by that year's end; row 17
    /// also sets a mid-year step ("6月底前完成一期…").
    /// </summary>
    public static IEnumerable<SeedLabel> ProjectTable(IReadOnlyList<string> lines)
    {
        yield return new SeedLabel(321, new DateOnly(2019, 6, 30));
        for (var line = ProjectTableFirstLine; line <= Math.Min(ProjectTableLastLine, lines.Count); line++)
        {
            var cell = CompletionYearCell().Match(lines[line - 1]);
            if (cell.Success)
            {
                yield return new SeedLabel(line, new DateOnly(int.Parse(cell.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), 12, 31));
            }
        }
    }

    [GeneratedRegex(@"\t(?<y>20[0-9]{2}) ?年\t")]
    private static partial Regex CompletionYearCell();

    private static TimeContext Context(string? signing, int year)
        => new(signing is null ? null : DateOnly.Parse(signing, System.Globalization.CultureInfo.InvariantCulture), year);

    private static List<SeedLabel> Labels(params (int Line, string Date)[] labels)
        => [.. labels.Select(l => new SeedLabel(l.Line, DateOnly.Parse(l.Date, System.Globalization.CultureInfo.InvariantCulture)))];
}
