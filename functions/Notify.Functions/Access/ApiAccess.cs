using System.Reflection;

namespace Notify.Functions.Access;

/// <summary>Who may call an HTTP function: anyone (<see cref="Roles"/> null) or a key with one of the roles (any when empty).</summary>
public sealed record ApiAccess(IReadOnlyList<ApiRole>? Roles)
{
    public bool IsPublic => Roles is null;

    /// <summary>Reads the access attribute every HTTP function must carry, exactly one of them.</summary>
    public static ApiAccess Of(MethodInfo method)
    {
        var key = method.GetCustomAttribute<RequireApiKeyAttribute>();
        var isPublic = method.GetCustomAttribute<PublicEndpointAttribute>() is not null;
        return (key, isPublic) switch
        {
            (not null, false) => new ApiAccess(key.Roles),
            (null, true) => new ApiAccess(Roles: null),
            _ => throw new InvalidOperationException(
                $"{method.DeclaringType!.Name}.{method.Name} must carry exactly one of [RequireApiKey] or [PublicEndpoint]."),
        };
    }
}
