namespace Notify.Core.Templates;

/// <summary>The codes of <see cref="TemplateIssue"/>, stable for the admin UI and tests.</summary>
public static class TemplateIssueCodes
{
    public const string SchemaSample = "schema-sample";
    public const string MissingDefaultLocale = "missing-default-locale";
    public const string MissingChannel = "missing-channel";
    public const string Syntax = "syntax";
    public const string UnknownVariable = "unknown-variable";
    public const string UnknownHelper = "unknown-helper";
    public const string TripleStash = "unescaped-output";
    public const string ImplicitCondition = "implicit-condition";
    public const string HandlebarsSyntax = "handlebars-syntax";
    public const string RenderFailed = "render-failed";
    public const string SmsSignatureInText = "sms-signature-in-text";
    public const string SmsTooLong = "sms-too-long";
    public const string SmsCostly = "sms-costly";
    public const string SmsLink = "sms-link";
    public const string WeChatTemplateId = "wechat-template-id";
    public const string WeChatFieldMissing = "wechat-field-missing";
    public const string WeChatFieldNotRegistered = "wechat-field-not-registered";
    public const string WeChatFieldTooLong = "wechat-field-too-long";
    public const string WeChatFieldLineBreak = "wechat-field-line-break";
    public const string WeComEmpty = "wecom-empty";
    public const string WeComButtonTooLong = "wecom-button-too-long";
    public const string EmailSubjectEmpty = "email-subject-empty";
    public const string EmailSubjectLineBreak = "email-subject-line-break";
    public const string EmailTextMissing = "email-text-missing";
}
