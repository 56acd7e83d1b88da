namespace Notify.Core.Templates;

/// <summary>Who a notice kind is for: bureau staff (WeCom, SMS, email) or residents (WeChat, SMS, email).</summary>
public enum TemplateAudience
{
    Unit,
    Resident,
}
