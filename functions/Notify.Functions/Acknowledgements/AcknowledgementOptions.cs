namespace Notify.Functions.Acknowledgements;

/// <summary>Where links point and whom the error pages send people to.</summary>
/// <param name="PublicBaseUrl">The address recipients reach the app at (Notify:PublicBaseUrl).</param>
/// <param name="RoutePrefix">The host's HTTP route prefix ("api"), which every HTTP function is served below.</param>
/// <param name="HelpContact">Who to ask when a link fails (Notify:Acknowledgements:HelpContact).</param>
public sealed record AcknowledgementOptions(Uri PublicBaseUrl, string RoutePrefix, string HelpContact)
{
    public const string PublicBaseUrlSetting = "Notify:PublicBaseUrl";
    public const string SigningKeySetting = "Notify:Acknowledgements:SigningKey";
    public const string HelpContactSetting = "Notify:Acknowledgements:HelpContact";
    public const string DefaultPublicBaseUrl = "http://127.0.0.1:7071";
    public const string DefaultHelpContact = "发送此通知的单位，或本系统管理员";
}
