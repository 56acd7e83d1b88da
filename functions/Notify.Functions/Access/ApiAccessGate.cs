using System.Security.Claims;

namespace Notify.Functions.Access;

/// <summary>
/// Lets a request through to an HTTP function or answers it with 401/403 problem JSON. On success the caller's key
/// becomes <see cref="HttpContext.User"/> (name, id and roles), which handlers read as the actor.
/// The worker's middleware and the local host both call this, so access is decided in one place.
/// </summary>
public sealed class ApiAccessGate(ApiKeyStore keys)
{
    public const string AuthenticationType = "ApiKey";

    /// <summary>Null when the request may proceed; otherwise the response to send instead.</summary>
    public async Task<IResult?> AdmitAsync(HttpContext context, ApiAccess access, CancellationToken cancellationToken)
    {
        if (access.IsPublic)
        {
            return null;
        }

        if (!context.Request.Headers.TryGetValue(ApiKeyFormat.HeaderName, out var header))
        {
            return Problem(StatusCodes.Status401Unauthorized, "API key required",
                $"Send a valid key in the {ApiKeyFormat.HeaderName} header. An administrator creates one with 'scripts/notify keys create'.");
        }

        var record = await keys.AuthenticateAsync(header.ToString(), cancellationToken);
        if (record is null)
        {
            return Problem(StatusCodes.Status401Unauthorized, "API key required", "The API key is unknown, revoked or malformed.");
        }

        context.User = Principal(record);
        var allowed = access.Roles!.Count == 0 || access.Roles.Any(record.Roles.Contains);
        return allowed ? null : Problem(StatusCodes.Status403Forbidden, "Role missing", "This API key does not have a role this operation requires.");
    }

    private static ClaimsPrincipal Principal(ApiKeyRecord record)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, record.Id), new(ClaimTypes.Name, record.Name) };
        claims.AddRange(record.Roles.Select(role => new Claim(ClaimTypes.Role, ApiRoles.Name(role))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType));
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
