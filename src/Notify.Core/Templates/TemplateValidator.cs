using System.Globalization;
using System.Text.RegularExpressions;
using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>
/// Checks a template version against its schema and the channels' rules, on every save and again
/// before a send starts: Scriban syntax (with line and column) and the allowed subset, variables and
/// functions, then each channel's rules on the text rendered with the schema's sample values.
/// </summary>
public static partial class TemplateValidator
{
    public const int MaxWeChatFieldLength = 20;
    public const int MaxWeComButtonLength = 4;

    public static IReadOnlyList<TemplateIssue> Validate(TemplateContent content, TemplateSchema schema, SmsLimits? limits = null) =>
        Check(content, schema, limits ?? SmsLimits.Default).Issues;

    /// <summary>The issues of <see cref="Validate"/>, plus warnings and what each locale's SMS costs.</summary>
    public static TemplateCheck Check(TemplateContent content, TemplateSchema schema, SmsLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(limits);
        var smsBodies = new Dictionary<string, string>(StringComparer.Ordinal);
        var issues = Findings(content, schema, smsBodies);
        var warnings = new List<TemplateIssue>();
        var costs = smsBodies.Select(pair => CostOf(pair.Key, pair.Value, limits)).ToList();
        foreach (var cost in costs)
        {
            CheckCost(cost, limits, issues, warnings);
        }

        return new(issues, warnings, costs);
    }

    private static List<TemplateIssue> Findings(TemplateContent content, TemplateSchema schema, Dictionary<string, string> smsBodies)
    {
        var issues = new List<TemplateIssue>();
        if (!content.Locales.TryGetValue(TemplateLocales.Default, out var defaults))
        {
            issues.Add(new(TemplateLocales.Default, null, string.Empty, 0, 0, TemplateIssueCodes.MissingDefaultLocale, $"there are no {TemplateLocales.Default} texts; every other locale falls back to them"));
        }
        else
        {
            foreach (var channel in schema.ChannelOrder.Where(channel => !defaults.Has(channel)))
            {
                issues.Add(new(TemplateLocales.Default, channel, string.Empty, 0, 0, TemplateIssueCodes.MissingChannel, $"{schema.Audience} notices need a {channel} template"));
            }
        }

        IReadOnlyDictionary<string, object?> samples;
        try
        {
            samples = schema.SampleData();
        }
        catch (FormatException exception)
        {
            issues.Add(new(TemplateLocales.Default, null, "schema", 0, 0, TemplateIssueCodes.SchemaSample, $"a sample value does not match its type: {exception.Message}"));
            return issues;
        }

        foreach (var localized in content.Locales.Values)
        {
            foreach (var channel in localized.Channels)
            {
                var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var part in localized.Parts(channel))
                {
                    var analysis = TemplateAnalyzer.Analyze(part.Source);
                    if (CheckSource(part, analysis, schema, issues))
                    {
                        Render(part, analysis, samples, rendered, issues);
                    }
                }

                CheckChannel(content, localized, channel, rendered, issues);
                if (channel == ChannelKind.Sms && rendered.TryGetValue(TemplateParts.Body, out var body))
                {
                    smsBodies[localized.Locale] = body;
                }
            }
        }

        return issues;
    }

    private static bool CheckSource(TemplatePart part, TemplateAnalysis analysis, TemplateSchema schema, List<TemplateIssue> issues)
    {
        var count = issues.Count;
        foreach (var finding in analysis.Findings)
        {
            issues.Add(Issue(part, finding.Line, finding.Column, finding.Code, finding.Message));
        }

        foreach (var variable in analysis.Variables.Where(variable => !schema.Contains(variable.Name)))
        {
            issues.Add(Issue(part, variable.Line, variable.Column, TemplateIssueCodes.UnknownVariable, $"'{variable.Name}' is not a variable of {schema.Kind}"));
        }

        return issues.Count == count;
    }

    private static void Render(TemplatePart part, TemplateAnalysis analysis, IReadOnlyDictionary<string, object?> samples, Dictionary<string, string> rendered, List<TemplateIssue> issues)
    {
        try
        {
            rendered[part.Part] = new CompiledPart(part, analysis.Template, [.. analysis.VariableNames]).Render(samples);
        }
        catch (TemplateRenderException exception)
        {
            issues.Add(Issue(part, 0, 0, TemplateIssueCodes.RenderFailed, $"with the sample values: {exception.Message}"));
        }
    }

    private static void CheckChannel(TemplateContent content, LocalizedTemplates localized, ChannelKind channel, Dictionary<string, string> rendered, List<TemplateIssue> issues)
    {
        switch (channel)
        {
            case ChannelKind.Sms:
                CheckSms(content.Options, localized.Locale, rendered, issues);
                break;
            case ChannelKind.WeChat:
                CheckWeChat(localized.WeChat!, localized.Locale, rendered, issues);
                break;
            case ChannelKind.WeCom:
                CheckWeCom(localized.Locale, rendered, issues);
                break;
            case ChannelKind.Email:
                CheckEmail(localized.Locale, rendered, issues);
                break;
            default:
                break;
        }
    }

    private static void CheckSms(TemplateOptions options, string locale, Dictionary<string, string> rendered, List<TemplateIssue> issues)
    {
        if (!rendered.TryGetValue(TemplateParts.Body, out var body))
        {
            return;
        }

        void Add(string code, string message) => issues.Add(new(locale, ChannelKind.Sms, TemplateParts.Body, 0, 0, code, message));
        if (SmsSignature.Leading(body) is { } written)
        {
            Add(TemplateIssueCodes.SmsSignatureInText, $"the SMS starts with {written}; leave the 【签名】 out: every message is signed with its sender profile's registered signature");
        }

        var link = LinkPattern().Match(body);
        if (!options.AllowLinks && link.Success)
        {
            Add(TemplateIssueCodes.SmsLink, $"the SMS contains a link ({link.Value}); links are only allowed when the template allows them");
        }
    }

    private static SmsCost CostOf(string locale, string body, SmsLimits limits)
    {
        var signatureAssumed = SmsSignature.Leading(body) is null;
        var segments = SmsSegments.Count(signatureAssumed ? limits.LongestSignature + body : body);
        return new(locale, segments.Encoding, segments.Units, segments.Parts, signatureAssumed);
    }

    private static void CheckCost(SmsCost cost, SmsLimits limits, List<TemplateIssue> issues, List<TemplateIssue> warnings)
    {
        var length = $"with the sample values{(cost.SignatureAssumed ? $" and a {limits.MaxSignatureLength}-character signature" : "")} the SMS is {cost.Characters} {cost.Encoding} characters";
        if (cost.Parts > limits.MaxParts)
        {
            issues.Add(new(cost.Locale, ChannelKind.Sms, TemplateParts.Body, 0, 0, TemplateIssueCodes.SmsTooLong,
                $"{length} in {cost.Parts} parts: each message would cost {cost.CostMultiple}×; at most {limits.MaxParts} parts are allowed"));
        }
        else if (cost.Parts > limits.WarnAboveParts)
        {
            warnings.Add(new(cost.Locale, ChannelKind.Sms, TemplateParts.Body, 0, 0, TemplateIssueCodes.SmsCostly,
                $"{cost.Parts} parts: each message costs {cost.CostMultiple}× ({length})"));
        }
    }

    private static void CheckWeChat(WeChatTemplate template, string locale, Dictionary<string, string> rendered, List<TemplateIssue> issues)
    {
        void Add(string part, string code, string message) => issues.Add(new(locale, ChannelKind.WeChat, part, 0, 0, code, message));
        if (string.IsNullOrWhiteSpace(template.TemplateId))
        {
            Add("templateId", TemplateIssueCodes.WeChatTemplateId, "the registered template id is empty");
        }

        foreach (var field in template.RegisteredFields.Where(field => !template.Fields.ContainsKey(field)))
        {
            Add(TemplateParts.Field(field), TemplateIssueCodes.WeChatFieldMissing, $"the registered template has the field '{field}' but no text is given for it");
        }

        foreach (var field in template.Fields.Keys.Where(field => !template.RegisteredFields.Contains(field)))
        {
            Add(TemplateParts.Field(field), TemplateIssueCodes.WeChatFieldNotRegistered, $"the registered template has no field '{field}'");
        }

        foreach (var field in template.Fields.Keys)
        {
            var part = TemplateParts.Field(field);
            if (!rendered.TryGetValue(part, out var value))
            {
                continue;
            }

            var length = value.EnumerateRunes().Count();
            if (length > MaxWeChatFieldLength)
            {
                Add(part, TemplateIssueCodes.WeChatFieldTooLong, $"with the sample values '{field}' has {length} characters; WeChat cuts values after {MaxWeChatFieldLength}");
            }

            if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                Add(part, TemplateIssueCodes.WeChatFieldLineBreak, $"'{field}' contains a line break; WeChat template values are one line");
            }
        }
    }

    private static void CheckWeCom(string locale, Dictionary<string, string> rendered, List<TemplateIssue> issues)
    {
        foreach (var part in (string[])[TemplateParts.Title, TemplateParts.Description, TemplateParts.Url, TemplateParts.ButtonText])
        {
            if (rendered.TryGetValue(part, out var value) && string.IsNullOrWhiteSpace(value))
            {
                issues.Add(new(locale, ChannelKind.WeCom, part, 0, 0, TemplateIssueCodes.WeComEmpty, $"the textcard {part} is empty"));
            }
        }

        if (rendered.TryGetValue(TemplateParts.ButtonText, out var button) && button.Length > MaxWeComButtonLength)
        {
            issues.Add(new(locale, ChannelKind.WeCom, TemplateParts.ButtonText, 0, 0, TemplateIssueCodes.WeComButtonTooLong, $"the button text has {button.Length} characters; WeCom shows at most {MaxWeComButtonLength}"));
        }
    }

    private static void CheckEmail(string locale, Dictionary<string, string> rendered, List<TemplateIssue> issues)
    {
        if (rendered.TryGetValue(TemplateParts.Subject, out var subject))
        {
            if (string.IsNullOrWhiteSpace(subject))
            {
                issues.Add(new(locale, ChannelKind.Email, TemplateParts.Subject, 0, 0, TemplateIssueCodes.EmailSubjectEmpty, "the subject is empty"));
            }
            else if (subject.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                issues.Add(new(locale, ChannelKind.Email, TemplateParts.Subject, 0, 0, TemplateIssueCodes.EmailSubjectLineBreak, "the subject contains a line break"));
            }
        }

        if (rendered.TryGetValue(TemplateParts.Text, out var text) && string.IsNullOrWhiteSpace(text))
        {
            issues.Add(new(locale, ChannelKind.Email, TemplateParts.Text, 0, 0, TemplateIssueCodes.EmailTextMissing, "the plain-text part is empty; every email is sent with one"));
        }
    }

    private static TemplateIssue Issue(TemplatePart part, int line, int column, string code, string message) =>
        new(part.Locale, part.Channel, part.Part, line, column, code, message);

    // Schemes, www., and bare domains such as t.cn/xyz; preceded by no ASCII letter or digit, so a CJK character right before still counts.
    [GeneratedRegex(@"(?i)(https?://\S+|www\.\S+|(?<![a-z0-9-])[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})*\.(cn|com|net|org|gov|edu|ly|me|io|cc|co|top|xyz|info|site|vip|link|club|mobi|ink|ren|shop)(?![a-z0-9-])(/\S*)?)")]
    private static partial Regex LinkPattern();
}
