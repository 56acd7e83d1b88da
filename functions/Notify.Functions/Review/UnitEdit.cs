namespace Notify.Functions.Review;

/// <summary>A unit in an edit: a name, and optionally the directory id it stands for.</summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record UnitEdit(string? Name = null, string? UnitId = null);
