namespace Notify.Functions.Ingest;

/// <summary>Where a policy document is in the pipeline.</summary>
public static class PolicyStatus
{
    public const string Received = "received";
    public const string QueuedForParse = "queued-for-parse";
}
