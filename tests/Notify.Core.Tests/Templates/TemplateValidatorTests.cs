using Notify.Core.Channels;
using Notify.Core.Templates;

namespace Notify.Core.Tests.Templates;

public class TemplateValidatorTests
{
    private static IReadOnlyList<TemplateIssue> Validate(TemplateContent content) => TemplateValidator.Validate(content, TemplateFixtures.Schema);

    private static TemplateIssue Single(IReadOnlyList<TemplateIssue> issues, string code) =>
        Assert.Single(issues, issue => issue.Code == code);

    [Fact]
    public void Validate_GoodTemplate_HasNoIssues()
    {
        Assert.Empty(Validate(TemplateFixtures.Content()));
    }

    [Fact]
    public void Validate_UnclosedMustache_ReportsLineAndColumn()
    {
        var content = TemplateFixtures.Content(email: TemplateFixtures.Email(text: "{{name}}您好：\n请缴纳{{yuan amount。\n谢谢"));

        var issue = Single(Validate(content), TemplateIssueCodes.Syntax);

        Assert.Equal((ChannelKind?)ChannelKind.Email, issue.Channel);
        Assert.Equal(TemplateParts.Text, issue.Part);
        Assert.Equal((2, 4), (issue.Line, issue.Column));
    }

    [Fact]
    public void Validate_UnclosedBlock_ReportsWhereItOpened()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头医保】\n  {{#if amount}}请缴费"));

        var issue = Single(Validate(content), TemplateIssueCodes.Syntax);

        Assert.Equal((2, 3), (issue.Line, issue.Column));
        Assert.Contains("never closed", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MismatchedBlockClose_IsASyntaxError()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头医保】{{#if amount}}请缴费{{/unless}}"));

        Assert.Contains(Validate(content), issue => issue.Code == TemplateIssueCodes.Syntax && issue.Column == 24);
    }

    [Fact]
    public void Validate_VariableNotInSchema_IsReportedWithItsPlace()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头医保】{{name}}您好，\n您的编号是{{residentId}}。"));

        var issue = Single(Validate(content), TemplateIssueCodes.UnknownVariable);

        Assert.Equal((2, 6), (issue.Line, issue.Column));
        Assert.Contains("residentId", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HelperArgumentNotInSchema_IsUnknownVariable()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头医保】请于{{cnDate dueDate}}前办理。"));

        Assert.Contains("dueDate", Single(Validate(content), TemplateIssueCodes.UnknownVariable).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("【包头医保】{{upper name}}")]
    [InlineData("【包头医保】{{lookup name amount}}")]
    [InlineData("【包头医保】{{#each name}}x{{/each}}")]
    public void Validate_HelperOutsideTheClosedSet_IsUnknownHelper(string body)
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms(body));

        Assert.Contains(Validate(content), issue => issue.Code == TemplateIssueCodes.UnknownHelper);
    }

    [Theory]
    [InlineData("【包头医保】{{> footer}}")]
    [InlineData("【包头医保】{{cnDate (lookup deadline)}}")]
    [InlineData("【包头医保】{{@root.name}}")]
    public void Validate_UnsupportedConstructs_AreSyntaxErrors(string body)
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms(body));

        Assert.Contains(Validate(content), issue => issue.Code == TemplateIssueCodes.Syntax);
    }

    [Fact]
    public void Validate_TripleStashInEmailHtml_IsForbidden()
    {
        var content = TemplateFixtures.Content(email: TemplateFixtures.Email(html: "<p>{{{name}}}您好</p>"));

        var issue = Single(Validate(content), TemplateIssueCodes.TripleStash);

        Assert.Equal(TemplateParts.Html, issue.Part);
        Assert.Equal((1, 4), (issue.Line, issue.Column));
    }

    [Fact]
    public void Validate_AmpersandUnescapedInEmailHtml_IsForbidden()
    {
        var content = TemplateFixtures.Content(email: TemplateFixtures.Email(html: "<p>{{&name}}您好</p>"));

        Single(Validate(content), TemplateIssueCodes.TripleStash);
    }

    [Fact]
    public void Validate_SmsWithoutSignature_IsReported()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{name}}您好：请缴费。"));

        Single(Validate(content), TemplateIssueCodes.SmsSignatureMissing);
    }

    [Theory]
    [InlineData("【医保】")]
    [InlineData("【包头市医疗保障局通知】")]
    public void Validate_SignatureOutsideThreeToEightCharacters_IsReported(string signature)
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms(signature + "{{name}}您好。"), options: new TemplateOptions(signature));

        Single(Validate(content), TemplateIssueCodes.SmsSignatureLength);
    }

    [Fact]
    public void Validate_SignatureDifferentFromTheTemplates_IsReported()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头人社】{{name}}您好。"));

        Single(Validate(content), TemplateIssueCodes.SmsSignatureMismatch);
    }

    [Fact]
    public void Validate_SmsOfSevenPartsWithSamples_IsTooLong()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头医保】{{name}}" + new string('请', 396)));

        var issue = Single(Validate(content), TemplateIssueCodes.SmsTooLong);

        Assert.Contains("7 parts", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SmsOfSixParts_IsAccepted()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头医保】{{name}}" + new string('请', 394)));

        Assert.Empty(Validate(content));
    }

    [Theory]
    [InlineData("详见{{link}}")]
    [InlineData("详见 http://baotou.gov.cn")]
    [InlineData("详见www.baotou.gov.cn")]
    [InlineData("详见t.cn/A6x9")]
    [InlineData("详见dwz.cn/abc")]
    public void Validate_SmsWithALink_IsReportedUnlessAllowed(string text)
    {
        var sms = TemplateFixtures.Sms("【包头医保】" + text);

        Single(Validate(TemplateFixtures.Content(sms: sms)), TemplateIssueCodes.SmsLink);
        Assert.Empty(Validate(TemplateFixtures.Content(sms: sms, options: new TemplateOptions("【包头医保】", AllowLinks: true))));
    }

    [Fact]
    public void Validate_SmsWithAmountsAndDecimals_IsNotALink()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头医保】报销比例提高至60.5%，标准1,234.50元。"));

        Assert.Empty(Validate(content));
    }

    [Fact]
    public void Validate_WeChatFieldNotRegistered_IsReported()
    {
        var weChat = TemplateFixtures.WeChat(new Dictionary<string, string> { ["thing1"] = "{{name}}", ["time2"] = "{{cnDate deadline}}", ["thing9"] = "{{name}}" });

        Assert.Equal(TemplateParts.Field("thing9"), Single(Validate(TemplateFixtures.Content(weChat: weChat)), TemplateIssueCodes.WeChatFieldNotRegistered).Part);
    }

    [Fact]
    public void Validate_RegisteredWeChatFieldWithoutText_IsReported()
    {
        var weChat = TemplateFixtures.WeChat(registered: ["thing1", "time2", "amount3"]);

        Assert.Equal(TemplateParts.Field("amount3"), Single(Validate(TemplateFixtures.Content(weChat: weChat)), TemplateIssueCodes.WeChatFieldMissing).Part);
    }

    [Fact]
    public void Validate_WeChatFieldLongerThanTwentyWithSamples_IsReported()
    {
        var weChat = TemplateFixtures.WeChat(new Dictionary<string, string> { ["thing1"] = "{{name}}请于截止日期前到社区服务站缴纳医保费用", ["time2"] = "{{cnDate deadline}}" });

        Single(Validate(TemplateFixtures.Content(weChat: weChat)), TemplateIssueCodes.WeChatFieldTooLong);
    }

    [Fact]
    public void Validate_WeChatFieldOfExactlyTwenty_IsAccepted()
    {
        var weChat = TemplateFixtures.WeChat(new Dictionary<string, string> { ["thing1"] = "{{name}}" + new string('请', 18), ["time2"] = "{{cnDate deadline}}" });

        Assert.Empty(Validate(TemplateFixtures.Content(weChat: weChat)));
    }

    [Fact]
    public void Validate_WeChatFieldWithLineBreak_IsReported()
    {
        var weChat = TemplateFixtures.WeChat(new Dictionary<string, string> { ["thing1"] = "{{name}}\n您好", ["time2"] = "{{cnDate deadline}}" });

        Single(Validate(TemplateFixtures.Content(weChat: weChat)), TemplateIssueCodes.WeChatFieldLineBreak);
    }

    [Fact]
    public void Validate_EmailWithoutSubject_IsReported()
    {
        Single(Validate(TemplateFixtures.Content(email: TemplateFixtures.Email(subject: "  "))), TemplateIssueCodes.EmailSubjectEmpty);
    }

    [Fact]
    public void Validate_EmailWithoutPlainText_IsReported()
    {
        Single(Validate(TemplateFixtures.Content(email: TemplateFixtures.Email(text: ""))), TemplateIssueCodes.EmailTextMissing);
    }

    [Fact]
    public void Validate_ChannelOfTheAudienceMissing_IsReported()
    {
        var content = TemplateFixtures.Content() is var full
            ? full with { Locales = new Dictionary<string, LocalizedTemplates> { [TemplateLocales.ChineseSimplified] = full.Locales[TemplateLocales.ChineseSimplified] with { WeChat = null } } }
            : full;

        Assert.Equal((ChannelKind?)ChannelKind.WeChat, Single(Validate(content), TemplateIssueCodes.MissingChannel).Channel);
    }

    [Fact]
    public void Validate_NoChineseTexts_IsReported()
    {
        var mongolian = new LocalizedTemplates(TemplateLocales.MongolianTraditional, new SmsTemplate("【包头医保】{{name}}"));
        var content = new TemplateContent("test-kind", 1, new TemplateOptions("【包头医保】"), new Dictionary<string, LocalizedTemplates> { [TemplateLocales.MongolianTraditional] = mongolian });

        Single(Validate(content), TemplateIssueCodes.MissingDefaultLocale);
    }

    [Fact]
    public void Validate_MongolianIssues_NameTheLocale()
    {
        var mongolian = new LocalizedTemplates(TemplateLocales.MongolianTraditional, new SmsTemplate("{{name}} ᠲᠥᠯᠥᠪᠦᠷᠢ"));

        var issue = Single(Validate(TemplateFixtures.Content(mongolian: mongolian)), TemplateIssueCodes.SmsSignatureMissing);

        Assert.Equal(TemplateLocales.MongolianTraditional, issue.Locale);
    }

    [Fact]
    public void Validate_HelperWithoutArgument_IsReported()
    {
        Assert.Contains(Validate(TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头医保】{{cnDate}}"))), issue => issue.Code == TemplateIssueCodes.Syntax);
    }

    [Fact]
    public void Validate_WeComButtonTooLong_IsReported()
    {
        var template = TemplateFixtures.Default(TemplateKinds.UnitDeadlineNudge);
        var chinese = template.Content.Locales[TemplateLocales.ChineseSimplified];
        var content = template.Content with
        {
            Locales = new Dictionary<string, LocalizedTemplates> { [TemplateLocales.ChineseSimplified] = chinese with { WeCom = chinese.WeCom! with { ButtonText = "点击这里确认收到" } } },
        };

        Single(TemplateValidator.Validate(content, template.Schema), TemplateIssueCodes.WeComButtonTooLong);
    }

    [Fact]
    public void Validate_SchemaSampleOfTheWrongType_IsReported()
    {
        var schema = TemplateFixtures.Schema with { Variables = [.. TemplateFixtures.Schema.Variables, new("fee", TemplateVariableType.Money, "二百八十")] };

        Single(TemplateValidator.Validate(TemplateFixtures.Content(), schema), TemplateIssueCodes.SchemaSample);
    }
}
