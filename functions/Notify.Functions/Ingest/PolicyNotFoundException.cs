namespace Notify.Functions.Ingest;

public sealed class PolicyNotFoundException(string policyId)
    : Exception($"Policy {policyId} does not exist.")
{
    public string PolicyId { get; } = policyId;
}
