using Notify.Core.Registry;

namespace Notify.Functions.Registry;

/// <summary>A resident before and after a change; equal when the change altered nothing.</summary>
public sealed record AppliedResidentChange(Resident Before, Resident After);
