namespace Notify.Core.Text;

/// <summary>A logical line being assembled from source lines.</summary>
internal sealed class LogicalLineBuilder
{
    private readonly List<(int Start, int SourceLine)> _segments = [];

    // The text as written, kept only once a line with folded characters has joined.
    private string? _written;

    public LogicalLineBuilder(CleanLine first)
    {
        Traits = first.Traits;
        Text = string.Empty;
        Append(first);
    }

    public string Text { get; private set; }


    public LineTraits Traits { get; }

    public int SegmentCount => _segments.Count;

    public int LastSegmentLength { get; private set; }

    public bool Has(LineTraits traits) => (Traits & traits) != 0;

    public void Append(CleanLine line)
    {
        if (Text.Length > 1 && Text[^1] is '：' or '，' && char.IsAsciiDigit(Text[^2]) && char.IsAsciiDigit(line.Text[0]))
        {
            // The punctuation was made full-width before the line was known to continue: "5：" + "3:2" is "5:3:2".
            Text = string.Concat(Text.AsSpan(0, Text.Length - 1), Text[^1] == '：' ? ":" : ",");
            _written = _written is null ? null : string.Concat(_written.AsSpan(0, _written.Length - 1), Text.AsSpan(Text.Length - 1));
        }

        var separator = Text.Length > 0 && char.IsAsciiLetter(Text[^1]) && char.IsAsciiLetter(line.Text[0]) ? " " : string.Empty;
        _segments.Add((Text.Length + separator.Length, line.SourceLine));
        if (_written is not null || line.Written is not null)
        {
            _written = string.Concat(_written ?? Text, separator, line.Written ?? line.Text);
        }

        Text = Text.Length == 0 ? line.Text : string.Concat(Text, separator, line.Text);
        LastSegmentLength = line.Text.Length;
    }

    public NormalizedLine Build() => new(Text, _segments, _written);
}
