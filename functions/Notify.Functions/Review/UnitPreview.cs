namespace Notify.Functions.Review;

/// <summary>A lead or cooperating unit of an item and whether it can be reached; <see cref="Note"/> says why not, or who stands in.</summary>
public sealed record UnitPreview(string Name, string? UnitId, string Role, bool HasContact, string? Note);
