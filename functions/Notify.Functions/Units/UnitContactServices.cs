using Microsoft.Extensions.DependencyInjection.Extensions;
using Notify.Core.Units;

namespace Notify.Functions.Units;

/// <summary>Registers the unit-contact store, import and API service.</summary>
public static class UnitContactServices
{
    public static IServiceCollection AddUnitContacts(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => UnitDirectory.LoadDefault());
        services.AddSingleton<UnitContactStore>();
        services.AddSingleton<UnitContactImport>();
        services.AddSingleton<UnitContactEditor>();
        return services;
    }
}
