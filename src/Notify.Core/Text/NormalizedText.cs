namespace Notify.Core.Text;

/// <summary>A whole input after normalization: its logical lines, noise removed, each mapped to source lines.</summary>
public sealed record NormalizedText(IReadOnlyList<NormalizedLine> Lines, int SourceLineCount);
