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

    /// <param name="text">The normalized text.</param>
    /// <param name="segments">Where each source line's contribution starts in <paramref name="text"/>, in order; the first starts at 0.</param>
    public NormalizedLine(string text, IReadOnlyList<(int Start, int SourceLine)> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0 || segments[0].Start != 0)
        {
            throw new ArgumentException("The first segment must start at character 0.", nameof(segments));
        }

        Text = text;
        _segmentStarts = [.. segments.Select(s => s.Start)];
        _segmentSourceLines = [.. segments.Select(s => s.SourceLine)];
    }

    public string Text { get; }

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
