using System.Globalization;
using Notify.Core.Registry;
using Azure.Data.Tables;

namespace Notify.Functions.Registry;

/// <summary>
/// Maps a <see cref="Resident"/> to a Residents row (partition = region, row = id) and back. Sets and lists are
/// stored as ';'-separated text, consent as "channel:in;channel:out", the birth date as YYYY-MM-DD.
/// </summary>
public static class ResidentEntities
{
    private const char Separator = ';';

    public static TableEntity ToEntity(Resident resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        return new TableEntity(resident.Region, resident.Id)
        {
            ["Name"] = resident.Name,
            ["Phone"] = resident.Phone,
            ["WeChatOpenId"] = resident.WeChatOpenId,
            ["Email"] = resident.Email,
            ["BirthDate"] = resident.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Category"] = resident.Category,
            ["Flags"] = string.Join(Separator, resident.Flags),
            ["PaidThroughYear"] = resident.PaidThroughYear,
            ["Language"] = resident.Language,
            ["Channels"] = string.Join(Separator, resident.ChannelPreference),
            ["Consent"] = string.Join(Separator, resident.Consent.Select(pair => pair.Key + (pair.Value ? ":in" : ":out"))),
        };
    }

    public static Resident ToResident(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new Resident(
            entity.RowKey,
            entity.GetString("Name") ?? "",
            entity.GetString("Phone"),
            entity.GetString("WeChatOpenId"),
            entity.GetString("Email"),
            entity.PartitionKey,
            DateOnly.ParseExact(entity.GetString("BirthDate") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture),
            entity.GetString("Category") ?? "",
            Split(entity.GetString("Flags")).ToHashSet(StringComparer.Ordinal),
            entity.GetInt32("PaidThroughYear"),
            entity.GetString("Language") ?? ResidentLanguages.Chinese,
            Split(entity.GetString("Channels")),
            ParseConsent(entity.GetString("Consent")));
    }

    private static string[] Split(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, bool> ParseConsent(string? value)
    {
        var consent = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in Split(value))
        {
            var colon = entry.LastIndexOf(':');
            if (colon > 0)
            {
                consent[entry[..colon]] = entry[(colon + 1)..] == "in";
            }
        }

        return consent;
    }
}
