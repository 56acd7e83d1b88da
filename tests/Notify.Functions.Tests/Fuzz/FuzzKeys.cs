namespace Notify.Functions.Tests.Fuzz;

/// <summary>API keys a fuzz run sends: every role, auditor only, and operator only.</summary>
public sealed record FuzzKeys(string Full, string Auditor, string Operator);
