using System.Text.RegularExpressions;
using Notify.Core.Text;

namespace Notify.Core.Documents;

/// <summary>Finds the parts of a gazette issue that are no document: masthead and 目录, 大事记, colophon.</summary>
internal static partial class ExcludedRanges
{
    [GeneratedRegex(@"^[\u4E00-\u9FFF\d—\-]{0,30}大事记(?:（[^（）]{1,20}）)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EventsLogHeading();

    [GeneratedRegex(@"^(?:[\u4E00-\u9FFF]{2,24}(?:主办|主管|编印|承办)|(?:主办单位|主办|主管|编辑|编印|出版|印刷|承印|发行|邮政编码|邮编|地址|电话|传真|网址|电子邮箱|准印证号|准印证|国内统一连续出版物号|刊号|定价|内部资料)[：:\s（].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ColophonLine();

    public static List<LineRange> Find(IReadOnlyList<NormalizedLine> lines, IReadOnlyList<DocumentHeader> headers)
    {
        var ranges = new List<LineRange>();
        if (headers.Count == 0)
        {
            return ranges;
        }

        AddFrontMatter(lines, headers[0].Start, ranges);
        var backMatter = BackMatterStart(lines, headers[^1].End);
        AddEventsLogs(lines, headers, backMatter, ranges);
        if (backMatter < lines.Count)
        {
            ranges.Add(new LineRange(backMatter, lines.Count - 1, LineRangeKind.BackMatter));
        }

        ranges.Sort((x, y) => x.FirstLineIndex.CompareTo(y.FirstLineIndex));
        return ranges;
    }

    private static void AddFrontMatter(IReadOnlyList<NormalizedLine> lines, int firstDocument, List<LineRange> ranges)
    {
        if (firstDocument == 0)
        {
            return;
        }

        var contents = -1;
        for (var i = 0; i < firstDocument; i++)
        {
            if (lines[i].Text is "目录" or "本期目录")
            {
                contents = i;
                break;
            }
        }

        if (contents > 0)
        {
            ranges.Add(new LineRange(0, contents - 1, LineRangeKind.FrontMatter));
        }

        ranges.Add(contents >= 0
            ? new LineRange(contents, firstDocument - 1, LineRangeKind.TableOfContents)
            : new LineRange(0, firstDocument - 1, LineRangeKind.FrontMatter));
    }

    private static void AddEventsLogs(IReadOnlyList<NormalizedLine> lines, IReadOnlyList<DocumentHeader> headers, int backMatter, List<LineRange> ranges)
    {
        var next = 0;
        for (var i = headers[0].End + 1; i < backMatter; i++)
        {
            while (next < headers.Count && headers[next].Start <= i)
            {
                next++;
            }

            var text = lines[i].Text;
            if (text.Length > 40 || !(text.EndsWith("大事记", StringComparison.Ordinal) || text.EndsWith('）')) || !EventsLogHeading().IsMatch(text))
            {
                continue;
            }

            var end = (next < headers.Count ? headers[next].Start : backMatter) - 1;
            ranges.Add(new LineRange(i, end, LineRangeKind.EventsLog));
            i = end;
        }
    }

    /// <summary>The first line of the trailing run of colophon lines, or the line count when there is none.</summary>
    private static int BackMatterStart(IReadOnlyList<NormalizedLine> lines, int lastHeaderEnd)
    {
        var start = lines.Count;
        while (start - 1 > lastHeaderEnd && lines[start - 1].Text.Length <= 60 && ColophonLine().IsMatch(lines[start - 1].Text))
        {
            start--;
        }

        return start;
    }
}
