namespace Notify.Core.Documents;

/// <summary>Where a document starts: the lines of its 文号 and title (indices into the normalized lines).</summary>
internal sealed record DocumentHeader(int Start, int End, string? DocNumber, string? Title)
{
    public DateOnly? Published { get; init; }
}
