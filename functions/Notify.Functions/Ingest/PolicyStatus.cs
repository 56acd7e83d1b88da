namespace Notify.Functions.Ingest;

/// <summary>Where a policy document is in the pipeline.</summary>
public static class PolicyStatus
{
    /// <summary>Stored and queued; the parser has not finished with it.</summary>
    public const string Received = "received";

    /// <summary>Parsed: its documents and items are stored and wait for review.</summary>
    public const string Parsed = "parsed";

    /// <summary>The stored bytes could not be read as text; the reason is recorded.</summary>
    public const string Unreadable = "unreadable";
}
