using System.Globalization;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Residents;
using Notify.Core.Units;

namespace Notify.Functions.Review;

/// <summary>Checks an edit field by field and applies it to an item; every error names its field.</summary>
public sealed class ItemEditValidator(UnitResolver units)
{
    private static readonly string[] Frequencies = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"];

    private readonly DecisionEditValidator _decisions = new(units.Directory);

    public (ItemChange? Change, Dictionary<string, string[]> Errors) Apply(PolicyItem current, ItemEdit edit)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(edit);
        var errors = new Dictionary<string, string[]>();
        if (edit == new ItemEdit())
        {
            errors[""] = ["The edit changes nothing; give at least one of kind, date, endDate, recurrence, audience, leadUnits, cooperatingUnits, residentGroups, noticeKind, programName, task, authority, mergeInto, keepApartFrom."];
            return (null, errors);
        }

        var item = current.Item;

        var kind = edit.Kind is null ? item.Kind : Parse<ItemKind>(edit.Kind, "kind", errors);
        var audience = edit.Audience is null ? item.Audience : Parse<ItemAudience>(edit.Audience, "audience", errors);
        var date = edit.Date is null ? item.Date : ParseDate(edit.Date, "date", errors);
        var endDate = edit.EndDate is null ? item.EndDate : ParseDate(edit.EndDate, "endDate", errors);
        var recurrence = edit.Recurrence is null ? item.Recurrence : ParseRecurrence(edit.Recurrence, errors);
        if (date is { } start && endDate is { } end && end < start)
        {
            errors["endDate"] = [$"endDate {end:yyyy-MM-dd} is before date {start:yyyy-MM-dd}."];
        }

        var lead = edit.LeadUnits is null ? item.LeadUnits : ResolveUnits(edit.LeadUnits, "leadUnits", errors);
        var cooperating = edit.CooperatingUnits is null ? item.CooperatingUnits : ResolveUnits(edit.CooperatingUnits, "cooperatingUnits", errors);
        var groups = edit.ResidentGroups is null ? item.ResidentGroups : CheckGroups(edit.ResidentGroups, errors);
        var decisions = _decisions.Apply(ItemDecisions.Reference(current.PolicyId, current.Id), audience, current.Decisions, edit, errors);
        return errors.Count > 0
            ? (null, errors)
            : (new ItemChange(ReviewReasons.Recompute(item, item with
            {
                Kind = kind,
                Audience = audience,
                Date = date,
                EndDate = endDate,
                Recurrence = recurrence,
                LeadUnits = lead,
                CooperatingUnits = cooperating,
                ResidentGroups = groups,
                DateInferred = item.DateInferred && edit.Date is null && edit.EndDate is null,
            }, decisions, TimingSet(edit)), decisions), errors);
    }

    /// <summary>A person who sets the kind, date, end date or recurrence has settled the item's timing, even to what it was.</summary>
    private static bool TimingSet(ItemEdit edit) => edit.Kind is not null || edit.Date is not null || edit.EndDate is not null || edit.Recurrence is not null;

    /// <summary>Why the item cannot be approved as it stands, or null when it can.</summary>
    public static string? ApprovalBlocker(ExtractedItem item) => item.Kind switch
    {
        ItemKind.Recurring when item.Recurrence is null => "A recurring item needs a recurrence rule before it can be approved.",
        not ItemKind.Recurring when item.Date is null => "The item has no date yet; give it one (PATCH date) before approving it.",
        ItemKind.Window when item.EndDate is null && item.Recurrence is null => "A window needs an end date before it can be approved.",
        _ => null,
    };

    private static T Parse<T>(string value, string field, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors[field] = [$"'{value}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(name => char.ToLowerInvariant(name[0]) + name[1..]))}."];
        return default;
    }

    private static DateOnly? ParseDate(string value, string field, Dictionary<string, string[]> errors)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"'{value}' is not a date in the form YYYY-MM-DD."];
        return null;
    }

    private static string? ParseRecurrence(string value, Dictionary<string, string[]> errors)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var frequency = value.Split(';').Select(part => part.Split('=', 2)).FirstOrDefault(pair => pair[0] == "FREQ");
        if (frequency is { Length: 2 } && Frequencies.Contains(frequency[1]) && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '=' or ';' or ',' or '-'))
        {
            return value;
        }

        errors["recurrence"] = [$"'{value}' is not an RFC 5545 RRULE such as FREQ=MONTHLY;BYMONTHDAY=16."];
        return null;
    }

    private List<UnitRef> ResolveUnits(IReadOnlyList<UnitEdit> edits, string field, Dictionary<string, string[]> errors)
    {
        var result = new List<UnitRef>();
        for (var index = 0; index < edits.Count; index++)
        {
            var edit = edits[index];
            if (string.IsNullOrWhiteSpace(edit.Name) && edit.UnitId is null)
            {
                errors[$"{field}[{index}]"] = ["Give the unit's name or its directory id."];
            }
            else if (edit.UnitId is { } id)
            {
                if (units.Directory.Find(id) is { } unit)
                {
                    result.Add(new UnitRef(string.IsNullOrWhiteSpace(edit.Name) ? unit.Name : edit.Name.Trim(), id));
                }
                else
                {
                    errors[$"{field}[{index}].unitId"] = [$"There is no unit '{id}' in the unit directory."];
                }
            }
            else if (edit.Name is { } name)
            {
                var match = units.Resolve(name.Trim(), jurisdiction: null);
                result.Add(new UnitRef(match.Name, match.UnitId));
            }
        }

        return result;
    }

    private static IReadOnlyList<string> CheckGroups(IReadOnlyList<string> groups, Dictionary<string, string[]> errors)
    {
        for (var index = 0; index < groups.Count; index++)
        {
            if (!ResidentGroups.All.Contains(groups[index]))
            {
                errors[$"residentGroups[{index}]"] = [$"'{groups[index]}' is not a known resident group; use one of {string.Join("、", ResidentGroups.All)}."];
            }
        }

        return groups;
    }
}
