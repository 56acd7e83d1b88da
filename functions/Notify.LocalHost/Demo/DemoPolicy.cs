namespace Notify.LocalHost.Demo;

/// <summary>One sample as the demo left it: its policy, whether this run ingested it, and its parse result.</summary>
public sealed record DemoPolicy(string FileName, string PolicyId, bool IngestedNow, string Status, int ItemCount, int NeedsReviewCount);
