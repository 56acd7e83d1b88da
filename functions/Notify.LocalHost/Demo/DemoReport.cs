namespace Notify.LocalHost.Demo;

/// <summary>What one run of the demo set-up found and did.</summary>
/// <param name="UnitContactsAdded">Units given demo contacts by this run (units that already had contacts keep theirs).</param>
/// <param name="UnitsWithContacts">Directory units that have contacts after the run.</param>
/// <param name="ResidentsImported">Residents written by this run; 0 when the registry already held them.</param>
public sealed record DemoReport(
    int UnitContactsAdded,
    int UnitsWithContacts,
    int ResidentsImported,
    IReadOnlyList<DemoPolicy> Policies,
    DemoApprovalTally Approvals,
    IReadOnlyList<ScheduledKind> Scheduled);
