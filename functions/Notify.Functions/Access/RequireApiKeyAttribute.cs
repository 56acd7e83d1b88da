namespace Notify.Functions.Access;

/// <summary>The HTTP function needs an API key holding one of <see cref="Roles"/> (any role when none are given).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequireApiKeyAttribute(params ApiRole[] roles) : Attribute
{
    public IReadOnlyList<ApiRole> Roles { get; } = roles;
}
