using Notify.Functions.Access;

namespace Notify.Functions.Hosting;

/// <summary>
/// Serves one HTTP method on a route below the host's route prefix ("api"). Route templates use the
/// syntax Functions and ASP.NET Core share ("policies/{id}"). <paramref name="Roles"/> null means
/// public; otherwise an API key is required, holding one of the roles (any role when empty).
/// </summary>
public sealed record HttpTrigger(string Method, string Route, IReadOnlyList<ApiRole>? Roles) : FunctionTrigger
{
    public const string RequestBindingName = "req";
    public const string ResponseBindingName = "res";
}
