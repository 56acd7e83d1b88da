namespace Notify.Core.Documents;

/// <summary>Inclusive indices into <see cref="Text.NormalizedText.Lines"/> that no document owns, and why.</summary>
public sealed record LineRange(int FirstLineIndex, int LastLineIndex, LineRangeKind Kind)
{
    public bool Contains(int lineIndex) => lineIndex >= FirstLineIndex && lineIndex <= LastLineIndex;
}
