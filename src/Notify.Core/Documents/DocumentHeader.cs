namespace Notify.Core.Documents;

/// <summary>Where a document starts: the lines of its 文号 and title (indices into the normalized lines).</summary>
internal sealed record DocumentHeader(int Start, int End, string? DocNumber, string? Title)
{
    public DateOnly? Published { get; init; }

    /// <summary>The header line continues as the body: a flattened snippet's 文号, or an excerpt's opening addressee line.</summary>
    public bool OpensBody { get; init; }
}
