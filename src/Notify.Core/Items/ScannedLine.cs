namespace Notify.Core.Items;

/// <summary>Everything the readers share while they work through one line.</summary>
internal sealed class ScannedLine
{
    private readonly List<(int Start, int End)> _claimed = [];
    private readonly bool _tableRow;
    private LineLayout? _layout;

    public ScannedLine(ScanText scan, TimeContext context, bool tableRow)
    {
        Scan = scan;
        Context = context;
        _tableRow = tableRow;
    }

    public ScanText Scan { get; }

    /// <summary>Titles, parentheses and sentences, worked out only for lines that have something to place.</summary>
    public LineLayout Layout => _layout ??= new LineLayout(Scan.Text, _tableRow);

    public string Text => Scan.Text;

    public TimeContext Context { get; }

    public List<MentionDraft> Drafts { get; } = [];

    public List<CalendarSpan> Calendar { get; } = [];

    /// <summary>Marks a span as read, so later readers leave it alone.</summary>
    public void Claim(int start, int end) => _claimed.Add((start, end));

    public bool IsClaimed(int start, int end)
    {
        foreach (var (s, e) in _claimed)
        {
            if (start < e && end > s)
            {
                return true;
            }
        }

        return false;
    }

    public MentionDraft Add(MentionDraft draft)
    {
        Drafts.Add(draft);
        return draft;
    }

    public bool HasDraftInSentence(int index)
    {
        var (start, end) = Layout.SentenceAt(index);
        foreach (var draft in Drafts)
        {
            if (draft.Start >= start && draft.Start < end)
            {
                return true;
            }
        }

        return false;
    }
}
