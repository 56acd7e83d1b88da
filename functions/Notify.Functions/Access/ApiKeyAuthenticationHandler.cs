using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Notify.Functions.Access;

/// <summary>Authenticates requests by their X-Api-Key header; answers 401/403 as problem JSON.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyFormat.HeaderName, out var header))
        {
            return AuthenticateResult.NoResult();
        }

        var record = await keys.AuthenticateAsync(header.ToString(), Context.RequestAborted);
        if (record is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked or malformed.");
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, record.Id), new(ClaimTypes.Name, record.Name) };
        claims.AddRange(record.Roles.Select(role => new Claim(ClaimTypes.Role, ApiRoles.Name(role))));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status401Unauthorized, "API key required",
            $"Send a valid key in the {ApiKeyFormat.HeaderName} header. An administrator creates one with the 'keys create' command.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Role missing",
            "This API key does not have a role this operation requires.");

    private Task WriteProblemAsync(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
}
