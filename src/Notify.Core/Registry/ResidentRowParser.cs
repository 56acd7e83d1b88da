using System.Globalization;
using Notify.Core.Csv;

namespace Notify.Core.Registry;

/// <summary>Validates one CSV data row into a <see cref="Resident"/>, collecting every error of the row.</summary>
internal sealed class ResidentRowParser(RegionCatalog regions, DateOnly today)
{
    private static readonly char[] FlagSeparators = [';', '、'];
    private const int MaxIdLength = 64;
    private const int MaxNameLength = 64;
    private const string FormulaProblem = "must not start with =, +, - or @ (a spreadsheet would run it as a formula)";

    // Table keys cannot hold these.
    private static readonly char[] ForbiddenKeyCharacters = ['/', '\\', '#', '?'];

    public ResidentCsvRow Parse(CsvRecord record)
    {
        var row = record.Row;
        var errors = new List<CsvError>();
        void Fail(string field, string message) => errors.Add(record.Error(field, message));
        string Get(string column) => record[column];

        var id = Get("id");
        if (id.Length == 0)
        {
            Fail("id", "is required");
        }
        else if (id.Length > MaxIdLength || id.Any(char.IsControl))
        {
            Fail("id", $"must be at most {MaxIdLength} printable characters");
        }
        else if (id.IndexOfAny(ForbiddenKeyCharacters) >= 0)
        {
            Fail("id", "must not contain '/', '\\', '#' or '?'");
        }
        else if (CsvFormulaGuard.StartsLikeFormula(id))
        {
            Fail("id", FormulaProblem);
        }

        var name = Get("name");
        if (name.Length == 0)
        {
            Fail("name", "is required");
        }
        else if (name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            Fail("name", $"must be at most {MaxNameLength} printable characters");
        }
        else if (CsvFormulaGuard.StartsLikeFormula(name))
        {
            Fail("name", FormulaProblem);
        }

        var phone = Optional(Get("phone"));
        if (phone is not null)
        {
            phone = MobileNumber.Normalize(phone);
            if (phone is null)
            {
                Fail("phone", "is not a mainland mobile number (+86 and 11 digits starting with 1)");
            }
        }

        var openId = Optional(Get("wechat_openid"));
        if (openId is not null && !IsOpenId(openId))
        {
            Fail("wechat_openid", "must be 6 to 64 letters, digits, '-' or '_'");
        }

        var email = Optional(Get("email"));
        if (email is not null && !IsEmail(email))
        {
            Fail("email", "is not an email address");
        }

        var region = Get("region");
        if (!regions.IsKnown(region))
        {
            Fail("region", region.Length == 0 ? "is required" : $"'{region}' is not a known region code");
        }

        var birthText = Get("birth_date");
        if (!DateOnly.TryParseExact(birthText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            Fail("birth_date", $"'{birthText}' is not a date in YYYY-MM-DD form");
        }
        else if (birthDate > today)
        {
            Fail("birth_date", $"'{birthText}' is in the future");
        }
        else if (birthDate.Year < 1900)
        {
            Fail("birth_date", $"'{birthText}' is before 1900");
        }

        var category = Get("category");
        if (!ResidentCategories.All.Contains(category))
        {
            Fail("category", $"'{category}' is not one of {string.Join(", ", ResidentCategories.All)}");
        }

        var flags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var flag in Get("flags").Split(FlagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ResidentFlags.All.Contains(flag))
            {
                flags.Add(flag);
            }
            else
            {
                Fail("flags", $"'{flag}' is not a known flag");
            }
        }

        int? paidThrough = null;
        var paidText = Get("paid_through_year");
        if (paidText.Length > 0)
        {
            if (int.TryParse(paidText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1990 && year <= today.Year + 1)
            {
                paidThrough = year;
            }
            else
            {
                Fail("paid_through_year", $"'{paidText}' is not a year between 1990 and {today.Year + 1}");
            }
        }

        var language = Get("language");
        if (language.Length == 0)
        {
            language = ResidentLanguages.Chinese;
        }
        else if (!ResidentLanguages.All.Contains(language))
        {
            Fail("language", $"'{language}' is not zh or mn");
        }

        var channels = new List<string>();
        foreach (var channel in SplitList(Get("channels")))
        {
            if (!ResidentChannels.All.Contains(channel))
            {
                Fail("channels", $"'{channel}' is not sms, wechat or email");
            }
            else if (channels.Contains(channel))
            {
                Fail("channels", $"'{channel}' is listed twice");
            }
            else
            {
                channels.Add(channel);
                // Only a missing contact: an invalid one already has its own error.
                var missing = channel switch
                {
                    ResidentChannels.Sms when Get("phone").Length == 0 => "phone",
                    ResidentChannels.WeChat when openId is null => "wechat_openid",
                    ResidentChannels.Email when email is null => "email",
                    _ => null,
                };
                if (missing is not null)
                {
                    Fail("channels", $"'{channel}' is preferred but {missing} is empty");
                }
            }
        }

        var consent = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in SplitList(Get("consent")))
        {
            var parts = entry.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !ResidentChannels.All.Contains(parts[0]) || parts[1] is not ("in" or "out"))
            {
                Fail("consent", $"'{entry}' is not channel:in or channel:out (channels sms, wechat, email)");
            }
            else if (!consent.TryAdd(parts[0], parts[1] == "in"))
            {
                Fail("consent", $"'{parts[0]}' is given twice");
            }
        }

        if (errors.Count > 0)
        {
            return new ResidentCsvRow(row, null, errors);
        }

        var resident = new Resident(
            id, name, phone, openId, email, region, birthDate, category, flags, paidThrough, language, channels, consent);
        return new ResidentCsvRow(row, resident, []);
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;

    private static string[] SplitList(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsOpenId(string value) =>
        value.Length is >= 6 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return value.Length <= 254
            && at > 0
            && at == value.LastIndexOf('@')
            && value.IndexOf('.', at) > at + 1
            && !value.EndsWith('.')
            && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }
}
