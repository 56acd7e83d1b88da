namespace Notify.Functions.Admin;

public sealed record ServiceHealth(string Service, string Endpoint, bool Reachable, string? Error);
