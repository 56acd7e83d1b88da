namespace Notify.Functions.Admin;

public sealed record HealthReport(string Status, IReadOnlyList<ServiceHealth> Storage);
