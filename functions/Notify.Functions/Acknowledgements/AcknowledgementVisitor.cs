namespace Notify.Functions.Acknowledgements;

/// <summary>The request's client IP and user agent, held only in memory until <see cref="AcknowledgementActor"/> hashes the IP.</summary>
public sealed record AcknowledgementVisitor(string? ClientIp, string? UserAgent)
{
    /// <summary>
    /// The first X-Forwarded-For address when a proxy (such as the Functions host) forwarded the request, else the
    /// connection's address. Only used, hashed, for the audit, so a forged header costs nothing.
    /// </summary>
    public static AcknowledgementVisitor From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.TrimEntries)[0];
        var ip = forwarded.Length > 0 ? forwarded : context.Connection.RemoteIpAddress?.ToString();
        return new AcknowledgementVisitor(ip, context.Request.Headers.UserAgent.ToString());
    }
}
