namespace Notify.Functions.Ingest;

/// <summary>A policy document as uploaded, already checked to be non-empty UTF-8 text within the size limit.</summary>
public sealed record PolicySubmission(BinaryData Content, string ContentType, string? Title, string? Issuer, string? FileName);
