namespace Notify.Core.Residents;

/// <summary>
/// A payment or contribution stated for residents: "城镇居民每人每年…调整为280元" → (城镇居民, 280, 元, year, per-person).
/// Amounts are in yuan (万元 multiplied out). A range ("1—5万元") keeps its lower bound in <see cref="Amount"/>
/// and its upper bound in <see cref="MaxAmount"/>.
/// </summary>
/// <param name="Group">The canonical resident group (see <see cref="ResidentGroups"/>), or null when the text names none.</param>
/// <param name="Amount">The amount, or a range's lower bound.</param>
/// <param name="Currency">Always "元".</param>
/// <param name="Period">"year", "month", "quarter" or "once"; null when the text does not say.</param>
/// <param name="Basis">"per-person", "per-bed", "per-household", "per-facility" or "per-visit"; null when the text does not say.</param>
/// <param name="MaxAmount">A range's upper bound.</param>
public sealed record AmountRule(
    string? Group,
    decimal Amount,
    string Currency = "元",
    string? Period = null,
    string? Basis = null,
    decimal? MaxAmount = null);
