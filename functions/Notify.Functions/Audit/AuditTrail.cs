namespace Notify.Functions.Audit;

/// <summary>
/// One log line per decision a person makes (approve, reject, edit, activate …) under the "Notify.Audit" category:
/// who (the API key's name), what was done, to what. Callers pass identifiers and field names only, never personal data.
/// </summary>
public sealed class AuditTrail(ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger("Notify.Audit");

    public void Record(string actor, string action, string subject, string? detail = null) =>
        _logger.LogInformation("audit: {Actor} {Action} {Subject}{Detail}", actor, action, subject, detail is null ? "" : $" ({detail})");
}
