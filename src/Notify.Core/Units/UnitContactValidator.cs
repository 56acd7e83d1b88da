using Notify.Core.Registry;

namespace Notify.Core.Units;

/// <summary>
/// The rules for a unit's contacts, shared by the CSV import and the API. Values are trimmed, phones normalised to
/// E.164, duplicates dropped; error messages name the position of a bad value, never the value itself.
/// </summary>
public static class UnitContactValidator
{
    public const string WeComUserIdsField = "wecom_user_ids";
    public const string PhonesField = "phones";
    public const string EmailsField = "emails";
    public const int MaxValuesPerField = 20;

    private const int MaxWeComUserIdLength = 64;
    private const int MaxEmailLength = 254;

    /// <summary>Validates the three lists, calling <paramref name="fail"/> (field, message) for each problem.</summary>
    public static UnitContactValues Validate(
        IEnumerable<string?>? weComUserIds, IEnumerable<string?>? phones, IEnumerable<string?>? emails, Action<string, string> fail)
    {
        ArgumentNullException.ThrowIfNull(fail);
        return new UnitContactValues(
            Check(WeComUserIdsField, weComUserIds, IsWeComUserId, "must be 1 to 64 letters, digits, '_', '-', '.' or '@'", fail),
            Check(PhonesField, phones, MobileNumber.Normalize, "is not a mainland mobile number (+86 and 11 digits starting with 1)", fail),
            Check(EmailsField, emails, IsEmail, "is not an email address", fail));
    }

    /// <summary>Splits a ';'-separated CSV cell into its values.</summary>
    public static IReadOnlyList<string> SplitCell(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private static List<string> Check(
        string field, IEnumerable<string?>? values, Func<string, string?> normalize, string problem, Action<string, string> fail)
    {
        var accepted = new List<string>();
        var position = 0;
        foreach (var raw in values ?? [])
        {
            position++;
            var value = raw?.Trim() ?? "";
            if (normalize(value) is not { } normalized)
            {
                fail(field, $"value {position} {problem}");
            }
            else if (!accepted.Contains(normalized, StringComparer.Ordinal))
            {
                accepted.Add(normalized);
            }
        }

        if (accepted.Count > MaxValuesPerField)
        {
            fail(field, $"holds {accepted.Count} values; at most {MaxValuesPerField} are allowed");
        }

        return accepted;
    }

    private static string? IsWeComUserId(string value) =>
        value.Length is > 0 and <= MaxWeComUserIdLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '@')
            ? value
            : null;

    private static string? IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        var valid = value.Length <= MaxEmailLength
            && at > 0
            && at == value.LastIndexOf('@')
            && value.IndexOf('.', at) > at + 1
            && !value.EndsWith('.')
            && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ';' or ',' or '<' or '>' or '"');
        return valid ? value : null;
    }
}
