namespace Notify.Core.Templates;

/// <summary>The notice kinds that have default templates (folder names under templates/, and template keys).</summary>
public static class TemplateKinds
{
    public const string UnitDeadlineNudge = "unit-deadline-nudge";
    public const string UnitOverdue = "unit-overdue";
    public const string UnitRecurringReport = "unit-recurring-report";
    public const string ResidentWindowOpening = "resident-window-opening";
    public const string ResidentWindowClosing = "resident-window-closing";
    public const string ResidentNewlyEligible = "resident-newly-eligible";
    public const string PolicyInEffect = "policy-in-effect";
    public const string ResidentApplyOpening = "resident-apply-opening";
    public const string ResidentApplyClosing = "resident-apply-closing";
    public const string ResidentSubsidyPayment = "resident-subsidy-payment";
    public const string ResidentInformation = "resident-information";

    public static IReadOnlyList<string> All { get; } =
    [
        UnitDeadlineNudge, UnitOverdue, UnitRecurringReport,
        ResidentWindowOpening, ResidentWindowClosing, ResidentNewlyEligible, PolicyInEffect,
        ResidentApplyOpening, ResidentApplyClosing, ResidentSubsidyPayment, ResidentInformation,
    ];
}
