namespace Notify.Core.Text;

/// <summary>A whole input after normalization: its logical lines, noise removed, each mapped to source lines.</summary>
public sealed record NormalizedText(IReadOnlyList<NormalizedLine> Lines, int SourceLineCount)
{
    /// <summary>Publication dates read from lines removed as web chrome (发布日期) or gazette masthead (…出版), in order.</summary>
    public IReadOnlyList<PublicationDate> PublicationDates { get; init; } = [];
}
