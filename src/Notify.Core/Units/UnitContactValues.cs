namespace Notify.Core.Units;

/// <summary>How to reach a unit, validated and normalised by <see cref="UnitContactValidator"/>.</summary>
/// <param name="WeComUserIds">WeCom (企业微信) user ids.</param>
/// <param name="Phones">Mainland mobile numbers in E.164 ("+8613800000000").</param>
/// <param name="Emails">Email addresses.</param>
public sealed record UnitContactValues(IReadOnlyList<string> WeComUserIds, IReadOnlyList<string> Phones, IReadOnlyList<string> Emails);
