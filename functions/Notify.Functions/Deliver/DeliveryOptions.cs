namespace Notify.Functions.Deliver;

/// <summary>How sends are batched and limited ("Notify:Delivery" in configuration).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Notify:Delivery";

    /// <summary>Recipients per queue message; a batch of residents shares one delivery-row shard, so this is two table transactions.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Resident notices per person per business day; later ones that day are suppressed with the reason.</summary>
    public int DailyCap { get; init; } = 3;

    /// <summary>How long a send owns the delivery rows it wrote; a copy of its batch leaves them alone meanwhile.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);
}
