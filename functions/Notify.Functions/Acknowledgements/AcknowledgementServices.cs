using Microsoft.Extensions.DependencyInjection.Extensions;
using Notify.Core.Units;
using Notify.Functions.Hosting;
using Notify.Functions.Storage;

namespace Notify.Functions.Acknowledgements;

/// <summary>Registers acknowledgement links, their store and pages, reading the Notify:PublicBaseUrl and Notify:Acknowledgements settings.</summary>
public static class AcknowledgementServices
{
    public static IServiceCollection AddAcknowledgements(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var baseUrl = configuration[AcknowledgementOptions.PublicBaseUrlSetting] is { Length: > 0 } configured ? configured : AcknowledgementOptions.DefaultPublicBaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var publicBaseUrl) || publicBaseUrl.Scheme is not ("http" or "https"))
        {
            throw new FormatException($"{AcknowledgementOptions.PublicBaseUrlSetting} must be an absolute http(s) URL.");
        }

        var signingKey = AcknowledgementSigningKey.Parse(configuration[AcknowledgementOptions.SigningKeySetting], AcknowledgementOptions.SigningKeySetting);
        var helpContact = configuration[AcknowledgementOptions.HelpContactSetting] is { Length: > 0 } help ? help : AcknowledgementOptions.DefaultHelpContact;

        services.TryAddSingleton(_ => UnitDirectory.LoadDefault());
        services.AddSingleton(provider => new AcknowledgementOptions(publicBaseUrl, provider.GetRequiredService<HostJsonSettings>().RoutePrefix, helpContact));
        services.AddSingleton(provider => new AcknowledgementSigningKey(provider.GetRequiredService<StorageClients>(), signingKey));
        services.AddSingleton<AcknowledgementLinks>();
        services.AddSingleton<AcknowledgementStore>();
        services.AddSingleton<AcknowledgementPageRenderer>();
        services.AddSingleton<AcknowledgementPages>();
        return services;
    }
}
