namespace Notify.LocalHost.Demo;

/// <summary>What the demo's automatic approval did: approved now, left because the item cannot be approved yet, or left for another reason.</summary>
public sealed record DemoApprovalTally(int Approved, int Blocked, int Skipped);
