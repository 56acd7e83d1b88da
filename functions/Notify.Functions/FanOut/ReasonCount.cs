namespace Notify.Functions.FanOut;

/// <summary>How many recipients one reason kept from being reached.</summary>
public sealed record ReasonCount(string Reason, long Count);
