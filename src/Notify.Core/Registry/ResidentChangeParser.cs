using System.Globalization;

namespace Notify.Core.Registry;

/// <summary>
/// Validates change events: a resident id, at least one change, known category, flags and region, real dates
/// (a birth date not in the future, an effective time with its offset and not in the future), a plausible year.
/// Whether the resident exists is for the caller to check against the registry.
/// </summary>
public sealed class ResidentChangeParser(RegionCatalog regions, DateTimeOffset now, DateOnly today)
{
    public const int MaxIdLength = 64;

    /// <summary>Clock skew tolerated on <see cref="ResidentChange.EffectiveAt"/> before it counts as in the future.</summary>
    public static readonly TimeSpan EffectiveAtSkew = TimeSpan.FromMinutes(5);

    private static readonly char[] ForbiddenKeyCharacters = ['/', '\\', '#', '?'];

    /// <summary>The change, or null after adding at least one error for <paramref name="index"/> to <paramref name="errors"/>.</summary>
    public ResidentChange? Parse(int index, ResidentChangeFields fields, ICollection<ResidentChangeError> errors)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        void Fail(string field, string reason) => errors.Add(new ResidentChangeError(index, field, reason));

        var id = fields.ResidentId?.Trim() ?? "";
        if (id.Length == 0)
        {
            Fail("residentId", "is required");
        }
        else if (id.Length > MaxIdLength || id.Any(char.IsControl) || id.IndexOfAny(ForbiddenKeyCharacters) >= 0)
        {
            Fail("residentId", $"must be at most {MaxIdLength} printable characters without '/', '\\', '#' or '?'");
        }

        DateOnly? birthDate = null;
        if (fields.BirthDate is { } birthText)
        {
            if (!DateOnly.TryParseExact(birthText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Fail("birthDate", $"'{birthText}' is not a date in YYYY-MM-DD form");
            }
            else if (date > today)
            {
                Fail("birthDate", $"'{birthText}' is in the future");
            }
            else if (date.Year < 1900)
            {
                Fail("birthDate", $"'{birthText}' is before 1900");
            }
            else
            {
                birthDate = date;
            }
        }

        var category = fields.Category?.Trim();
        if (category is not null && !ResidentCategories.All.Contains(category))
        {
            Fail("category", $"'{category}' is not one of {string.Join(", ", ResidentCategories.All)}");
        }

        var flags = Flags("flags", fields.Flags, Fail);
        var addFlags = Flags("flags.add", fields.AddFlags, Fail);
        var removeFlags = Flags("flags.remove", fields.RemoveFlags, Fail);
        if (flags is not null && (addFlags is not null || removeFlags is not null))
        {
            Fail("flags", "give either the full set or changes to it (add, remove), not both");
        }
        else if (addFlags is not null && removeFlags is not null && addFlags.Intersect(removeFlags, StringComparer.Ordinal).Any())
        {
            Fail("flags", "a flag cannot be both added and removed");
        }

        var region = fields.Region?.Trim();
        if (region is not null && !regions.IsKnown(region))
        {
            Fail("region", $"'{region}' is not a known region code");
        }

        int? paidThrough = null;
        if (fields.PaidThroughYear is { } paidText)
        {
            if (int.TryParse(paidText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1990 && year <= today.Year + 1)
            {
                paidThrough = year;
            }
            else
            {
                Fail("paidThroughYear", $"'{paidText}' is not a year between 1990 and {today.Year + 1}");
            }
        }

        DateTimeOffset? effectiveAt = null;
        if (fields.EffectiveAt is { } effectiveText)
        {
            if (!HasOffset(effectiveText)
                || !DateTimeOffset.TryParse(effectiveText.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                Fail("effectiveAt", $"'{effectiveText}' is not an ISO 8601 time with an offset, e.g. 2026-11-22T10:00:00+08:00");
            }
            else if (at > now + EffectiveAtSkew)
            {
                Fail("effectiveAt", $"'{effectiveText}' is in the future");
            }
            else
            {
                effectiveAt = at;
            }
        }

        if (birthDate is null && category is null && flags is null && addFlags is null && removeFlags is null && region is null && paidThrough is null
            && errors.Count == before)
        {
            Fail("event", "changes nothing: give at least one of birthDate, category, flags, region, paidThroughYear");
        }

        return errors.Count > before
            ? null
            : new ResidentChange(id, birthDate, category, flags, addFlags, removeFlags, region, paidThrough, effectiveAt);
    }

    private static List<string>? Flags(string field, IReadOnlyList<string>? values, Action<string, string> fail)
    {
        if (values is null)
        {
            return null;
        }

        var flags = new List<string>();
        foreach (var value in values.Select(value => value.Trim()))
        {
            if (!ResidentFlags.All.Contains(value))
            {
                fail(field, $"'{value}' is not a known flag");
            }
            else if (!flags.Contains(value))
            {
                flags.Add(value);
            }
        }

        return flags;
    }

    // DateTimeOffset.TryParse reads a time without an offset as local time; a change event must say which zone it means.
    private static bool HasOffset(string text)
    {
        var trimmed = text.Trim();
        var time = trimmed.IndexOf('T', StringComparison.Ordinal);
        return time > 0 && (trimmed.EndsWith('Z') || trimmed.IndexOfAny(['+', '-'], time) > 0);
    }
}
