namespace Notify.Functions.Access;

/// <summary>A stored API key: its id, owner label and roles, and the SHA-256 of its secret (never the secret).</summary>
public sealed record ApiKeyRecord(
    string Id,
    string Name,
    IReadOnlyList<ApiRole> Roles,
    string SecretSha256,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt);
