using System.Text.RegularExpressions;
using Notify.Core.Text;

namespace Notify.Core.Units;

/// <summary>
/// The lines of a document as the unit locator sees them: punctuation folded, task headings and their
/// levels, and the lines that end a document (文号, signing date, 此件公开发布) which no scope crosses.
/// </summary>
internal sealed partial class DocumentOutline
{
    private const string MarkupChars = " *#\t";
    private const int MaxBoundaryLineLength = 100;

    public DocumentOutline(IReadOnlyList<NormalizedLine> lines)
    {
        Lines = lines;
        Text = new string[lines.Count];
        Level = new int[lines.Count];
        BodyStart = new int[lines.Count];
        Boundary = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            Text[i] = UnitText.FoldPunctuation(lines[i].Text);
            Level[i] = TaskHeading.LevelOf(Text[i], out BodyStart[i]);
            Boundary[i] = Level[i] == TaskHeading.None && Text[i].Length <= MaxBoundaryLineLength
                && BoundaryLine().IsMatch(Text[i].AsSpan().Trim(MarkupChars));
        }
    }

    public IReadOnlyList<NormalizedLine> Lines { get; }

    public int Count => Text.Length;

    public string[] Text { get; }

    public int[] Level { get; }

    public int[] BodyStart { get; }

    public bool[] Boundary { get; }

    public bool IsHeading(int line) => Level[line] != TaskHeading.None;

    /// <summary>True when <paramref name="line"/> opens a block at <paramref name="level"/> or above.</summary>
    public bool ClosesBlockOf(int line, int level) => IsHeading(line) && Level[line] <= level;

    public bool IsTitleOnlyHeading(int line) =>
        IsHeading(line) && TaskHeading.IsTitleOnly(Text[line], BodyStart[line], Text[line].Length);

    [GeneratedRegex(@"^(?:（此件公开发布）|特此(?:通知|通告|公告|批复)|附件(?:[：\d一二三四五六七八九十]|$)|大事记$|[^。，]{0,40}[〔\[［（]\d{4}[〕\]］）]\d{1,4}号$|\d{4}年\d{1,2}月\d{1,2}日$|[^。，；：]{4,80}(?:的通知|的通告|的公告|的意见|的决定|的批复|的函)$)")]
    private static partial Regex BoundaryLine();
}
