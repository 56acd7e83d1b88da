namespace Notify.Core.Extraction;

/// <summary>A document found in the input, as <c>extract</c> reports it.</summary>
public sealed record ExtractedDocument(
    string? DocNumber,
    string? Title,
    string? Issuer,
    DateOnly? Signed,
    int Line,
    IReadOnlyList<string> Addressees,
    bool Public);
