namespace Notify.Functions.Ingest;

/// <summary>Queue message: a policy document was stored and waits for parsing.</summary>
public sealed record PolicyIngestedMessage(string PolicyId);
