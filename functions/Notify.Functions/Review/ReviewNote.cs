namespace Notify.Functions.Review;

/// <summary>Optional body of approve/reject: why.</summary>
public sealed record ReviewNote(string? Note);
