using Notify.Core.Registry;

namespace Notify.Functions.Eligibility;

/// <summary>What became of a batch of change events: all queued, or none (and why each bad one is bad).</summary>
public sealed record ResidentChangeSubmission(int Accepted, IReadOnlyList<ResidentChangeError> Errors)
{
    public bool IsAccepted => Errors.Count == 0;
}
