namespace Notify.Functions.Units;

/// <summary>How to reach one directory unit. Equality compares the lists by content, in order.</summary>
/// <param name="UnitId">The directory id, e.g. "baotou.civil-affairs".</param>
/// <param name="Name">The unit's official name, from the directory.</param>
/// <param name="Level">"市", "旗县区", "旗" or "苏木乡镇", from the directory.</param>
/// <param name="WeComUserIds">WeCom (企业微信) user ids of the people who act for the unit.</param>
/// <param name="Phones">Mainland mobile numbers in E.164 ("+8613800000000").</param>
/// <param name="Emails">Email addresses.</param>
public sealed record UnitContact(
    string UnitId,
    string Name,
    string Level,
    IReadOnlyList<string> WeComUserIds,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails)
{
    public bool Equals(UnitContact? other) =>
        other is not null
        && UnitId == other.UnitId
        && Name == other.Name
        && Level == other.Level
        && WeComUserIds.SequenceEqual(other.WeComUserIds)
        && Phones.SequenceEqual(other.Phones)
        && Emails.SequenceEqual(other.Emails);

    public override int GetHashCode() => HashCode.Combine(UnitId, Name, Level);
}
