namespace Notify.Functions.Access;

/// <summary>Parses and prints roles as the lower-case names used on the command line and in claims.</summary>
public static class ApiRoles
{
    public static string Name(ApiRole role) => role.ToString().ToLowerInvariant();

    public static IReadOnlyList<ApiRole> Parse(string commaSeparated)
    {
        var roles = new List<ApiRole>();
        foreach (var part in commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ApiRole>(part, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(part, out _))
            {
                throw new FormatException($"'{part}' is not a role; use {string.Join(", ", Enum.GetValues<ApiRole>().Select(Name))}.");
            }

            if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }

        return roles.Count > 0 ? roles : throw new FormatException("Give at least one role.");
    }
}
