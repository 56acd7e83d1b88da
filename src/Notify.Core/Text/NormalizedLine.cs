namespace Notify.Core.Text;

/// <summary>
/// One logical line of a normalized document (a paragraph, heading or list entry, re-joined where
/// the source broke it mid-sentence), with a map from each character back to its 1-based line in
/// the file as given.
/// </summary>
public sealed class NormalizedLine
{
    private readonly int[] _segmentStarts;
    private readonly int[] _segmentSourceLines;
    private readonly string? _written;

    /// <param name="text">The normalized text.</param>
    /// <param name="segments">Where each source line's contribution starts in <paramref name="text"/>, in order; the first starts at 0.</param>
    /// <param name="written">The text with the source's Traditional characters where they were folded, same length; null when none were.</param>
    public NormalizedLine(string text, IReadOnlyList<(int Start, int SourceLine)> segments, string? written = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0 || segments[0].Start != 0)
        {
            throw new ArgumentException("The first segment must start at character 0.", nameof(segments));
        }

        if (written is not null && written.Length != text.Length)
        {
            throw new ArgumentException("The written text must be as long as the text.", nameof(written));
        }

        Text = text;
        _written = written;
        _segmentStarts = [.. segments.Select(s => s.Start)];
        _segmentSourceLines = [.. segments.Select(s => s.SourceLine)];
    }

    /// <summary>The normalized text, Traditional characters folded to Simplified: what every extractor matches against.</summary>
    public string Text { get; }

    /// <summary>The normalized text with the characters the source wrote: what quotes and names are reported as.</summary>
    public string Written => _written ?? Text;

    public bool HasWrittenForm => _written is not null;

    /// <summary>The 1-based source line where this logical line starts.</summary>
    public int SourceLine => _segmentSourceLines[0];

    /// <summary>The 1-based source line of the last source line that contributed to this logical line.</summary>
    public int LastSourceLine => _segmentSourceLines[^1];

    /// <summary>The 1-based source line holding the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int SourceLineAt(int index)
    {
        var position = Array.BinarySearch(_segmentStarts, Math.Clamp(index, 0, Math.Max(0, Text.Length - 1)));
        return _segmentSourceLines[position >= 0 ? position : ~position - 1];
    }

    public override string ToString() => $"{SourceLine}: {Text}";
}
