namespace Notify.Core.Scheduling;

/// <summary>The template kinds a planned notice renders with (folder names under templates/).</summary>
public static class NoticeKinds
{
    public const string UnitDeadlineNudge = "unit-deadline-nudge";
    public const string UnitOverdue = "unit-overdue";
    public const string UnitRecurringReport = "unit-recurring-report";
    public const string ResidentWindowOpening = "resident-window-opening";
    public const string ResidentWindowClosing = "resident-window-closing";
    public const string ResidentApplyOpening = "resident-apply-opening";
    public const string ResidentApplyClosing = "resident-apply-closing";
    public const string ResidentSubsidyPayment = "resident-subsidy-payment";
    public const string ResidentInformation = "resident-information";

    /// <summary>Sent by eligibility changes, never planned from an item's dates.</summary>
    public const string ResidentNewlyEligible = "resident-newly-eligible";

    public const string PolicyInEffect = "policy-in-effect";
}
