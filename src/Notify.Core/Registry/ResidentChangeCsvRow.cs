namespace Notify.Core.Registry;

/// <summary>One data row of a change CSV: the event's fields, or why the row could not be read at all.</summary>
/// <param name="Row">1-based row number; the header is row 1.</param>
public sealed record ResidentChangeCsvRow(int Row, ResidentChangeFields? Fields, string? Problem);
