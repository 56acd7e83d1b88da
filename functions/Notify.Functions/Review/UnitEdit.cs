namespace Notify.Functions.Review;

/// <summary>A unit in an edit: a name, and optionally the directory id it stands for.</summary>
public sealed record UnitEdit(string Name, string? UnitId = null);
