using Notify.Core.Extraction;
using Notify.Core.Notices;
using Notify.Core.Units;

namespace Notify.Functions.Review;

/// <summary>Checks the decision fields of an edit (notice kind, program name, task, authority, merge) and applies them.</summary>
public sealed class DecisionEditValidator(UnitDirectory directory)
{
    public const int MaxProgramName = 20;
    public const int MaxTask = 40;

    public ItemDecisions Apply(string selfReference, ItemAudience audience, ItemDecisions decisions, ItemEdit edit, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(errors);
        return decisions with
        {
            NoticeKind = edit.NoticeKind is null ? Applicable(decisions.NoticeKind, audience) : CheckNoticeKind(edit.NoticeKind, audience, errors),
            ProgramName = edit.ProgramName is null ? decisions.ProgramName : CheckText(edit.ProgramName, "programName", MaxProgramName, errors),
            Task = edit.Task is null ? decisions.Task : CheckText(edit.Task, "task", MaxTask, errors),
            AuthorityId = edit.Authority is null ? decisions.AuthorityId : CheckAuthority(edit.Authority, errors),
            MergedInto = edit.MergeInto is null ? decisions.MergedInto : CheckReference(edit.MergeInto, selfReference, "mergeInto", errors),
            KeptApartFrom = edit.KeepApartFrom is null ? decisions.KeptApartFrom : CheckReferences(edit.KeepApartFrom, selfReference, errors),
        };
    }

    private static string? Applicable(string? noticeKind, ItemAudience audience) => audience == ItemAudience.Residents ? noticeKind : null;

    private static string? CheckNoticeKind(string value, ItemAudience audience, Dictionary<string, string[]> errors)
    {
        if (audience != ItemAudience.Residents)
        {
            errors["noticeKind"] = ["noticeKind applies to items for residents; this item is for units."];
            return null;
        }

        if (!ResidentNoticeKinds.TryParse(value, out _))
        {
            errors["noticeKind"] = [$"'{value}' is not one of {string.Join(", ", ResidentNoticeKinds.All)}."];
        }

        return value;
    }

    private static string? CheckText(string value, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > maxLength || text.Any(char.IsControl))
        {
            errors[field] = [$"{field} must be one line of at most {maxLength} characters; it has {text.Length}."];
        }

        return text;
    }

    private string? CheckAuthority(string value, Dictionary<string, string[]> errors)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (directory.Find(value) is null)
        {
            errors["authority"] = [$"There is no unit '{value}' in the unit directory; give the issuing authority's directory id."];
        }

        return value;
    }

    private static string? CheckReference(string value, string selfReference, string field, Dictionary<string, string[]> errors)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var parts = value.Split('/');
        if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            errors[field] = [$"'{value}' is not an item reference of the form policyId/itemId."];
        }
        else if (value == selfReference)
        {
            errors[field] = ["An item cannot refer to itself."];
        }

        return value;
    }

    private static List<string> CheckReferences(IReadOnlyList<string> values, string selfReference, Dictionary<string, string[]> errors)
    {
        for (var index = 0; index < values.Count; index++)
        {
            CheckReference(values[index], selfReference, $"keepApartFrom[{index}]", errors);
        }

        return [.. values.Distinct(StringComparer.Ordinal)];
    }
}
