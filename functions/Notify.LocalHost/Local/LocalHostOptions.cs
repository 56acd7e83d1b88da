namespace Notify.LocalHost.Local;

/// <summary>Settings of the local trigger host that host.json does not carry (section "Notify:LocalHost").</summary>
public sealed record LocalHostOptions
{
    /// <summary>How long a received message stays invisible while it runs (renewed at half). Functions uses 10 minutes.</summary>
    public TimeSpan MessageLease { get; init; } = TimeSpan.FromMinutes(10);
}
