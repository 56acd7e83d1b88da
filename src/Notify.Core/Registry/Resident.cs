namespace Notify.Core.Registry;

/// <summary>One person in the resident registry, as imported or generated; validated by <see cref="ResidentCsv"/>.</summary>
/// <param name="Id">Stable id, the upsert key.</param>
/// <param name="Name">Registered name.</param>
/// <param name="Phone">Mainland mobile number in E.164 ("+8613800000000"), if known.</param>
/// <param name="WeChatOpenId">WeChat openid, if the resident follows the official account.</param>
/// <param name="Email">Email address, if known.</param>
/// <param name="Region">A code from <see cref="RegionCatalog"/>, e.g. "baotou.kundulun" or "jalaid.yinder".</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Category">One of <see cref="ResidentCategories.All"/>.</param>
/// <param name="Flags">Situations from <see cref="ResidentFlags.All"/> (特困, 失能 …).</param>
/// <param name="PaidThroughYear">The last year contributions are paid for; null if never paid.</param>
/// <param name="Language">"zh" or "mn" (<see cref="ResidentLanguages"/>).</param>
/// <param name="ChannelPreference">Channels to try, most preferred first (<see cref="ResidentChannels"/>).</param>
/// <param name="Consent">Per channel: true opted in, false opted out; a channel not listed has no recorded choice.</param>
public sealed record Resident(
    string Id,
    string Name,
    string? Phone,
    string? WeChatOpenId,
    string? Email,
    string Region,
    DateOnly BirthDate,
    string Category,
    IReadOnlySet<string> Flags,
    int? PaidThroughYear,
    string Language,
    IReadOnlyList<string> ChannelPreference,
    IReadOnlyDictionary<string, bool> Consent)
{
    /// <summary>Whole years of age on <paramref name="date"/>.</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return date < BirthDate.AddYears(age) ? age - 1 : age;
    }

    /// <summary>Value equality, collections compared by content (flags as a set, channels in order).</summary>
    public bool Equals(Resident? other) =>
        other is not null
        && Id == other.Id
        && Name == other.Name
        && Phone == other.Phone
        && WeChatOpenId == other.WeChatOpenId
        && Email == other.Email
        && Region == other.Region
        && BirthDate == other.BirthDate
        && Category == other.Category
        && Flags.SetEquals(other.Flags)
        && PaidThroughYear == other.PaidThroughYear
        && Language == other.Language
        && ChannelPreference.SequenceEqual(other.ChannelPreference)
        && Consent.Count == other.Consent.Count
        && Consent.All(pair => other.Consent.TryGetValue(pair.Key, out var value) && value == pair.Value);

    public override int GetHashCode() => HashCode.Combine(Id, Name, Region, BirthDate, Category);
}
