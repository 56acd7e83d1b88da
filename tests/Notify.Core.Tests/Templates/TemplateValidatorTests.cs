using Notify.Core.Channels;
using Notify.Core.Templates;

namespace Notify.Core.Tests.Templates;

public class TemplateValidatorTests
{
    private static IReadOnlyList<TemplateIssue> Validate(TemplateContent content) => TemplateValidator.Validate(content, TemplateFixtures.Schema);

    private static TemplateCheck Check(TemplateContent content) => TemplateValidator.Check(content, TemplateFixtures.Schema, SmsLimits.Default);

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
        var content = TemplateFixtures.Content(email: TemplateFixtures.Email(text: "{{ name }}您好：\n请缴纳{{ amount | yuan 。\n谢谢"));

        var issue = Assert.Single(Validate(content), issue => issue.Code == TemplateIssueCodes.Syntax);

        Assert.Equal((ChannelKind?)ChannelKind.Email, issue.Channel);
        Assert.Equal(TemplateParts.Text, issue.Part);
        Assert.Equal((2, 21), (issue.Line, issue.Column));
    }

    [Fact]
    public void Validate_UnclosedIf_IsASyntaxErrorNamingTheMissingEnd()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("\n  {{ if amount > 0 }}请缴费"));

        var issue = Single(Validate(content), TemplateIssueCodes.Syntax);

        Assert.Equal(2, issue.Line);
        Assert.Contains("end", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EndWithoutIf_IsASyntaxError()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ if amount > 0 }}请缴费{{ end }}{{ end }}"));

        Assert.Contains(Validate(content), issue => issue.Code == TemplateIssueCodes.Syntax && issue.Line == 1);
    }

    [Fact]
    public void Validate_VariableNotInSchema_IsReportedWithItsPlace()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ name }}您好，\n您的编号是{{ residentId }}。"));

        var issue = Single(Validate(content), TemplateIssueCodes.UnknownVariable);

        Assert.Equal((2, 9), (issue.Line, issue.Column));
        Assert.Contains("residentId", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HelperArgumentNotInSchema_IsUnknownVariable()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("请于{{ dueDate | cn_date }}前办理。"));

        Assert.Contains("dueDate", Single(Validate(content), TemplateIssueCodes.UnknownVariable).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ upper name }}")]
    [InlineData("{{ name | string.upcase }}")]
    [InlineData("{{ name | html.escape }}")]
    [InlineData("{{ date.now }}")]
    public void Validate_FunctionOutsideTheClosedSet_IsRefused(string body)
    {
        var issues = Validate(TemplateFixtures.Content(sms: TemplateFixtures.Sms(body)));

        Assert.Contains(issues, issue => issue.Code is TemplateIssueCodes.UnknownHelper or TemplateIssueCodes.Syntax or TemplateIssueCodes.UnknownVariable);
    }

    [Theory]
    [InlineData("{{ for i in 1..1000000 }}{{ name }}{{ end }}")]
    [InlineData("{{ while true }}{{ name }}{{ end }}")]
    [InlineData("{{ func f; ret f; end }}")]
    [InlineData("{{ name.Length }}")]
    [InlineData("{{ name[0] }}")]
    [InlineData("{{ x = name }}{{ x }}")]
    [InlineData("{{ include 'footer' }}")]
    [InlineData("{{ amount + 1 }}")]
    [InlineData("{{ capture x }}{{ name }}{{ end }}")]
    public void Validate_ConstructsOutsideTheSubset_AreSyntaxErrors(string body)
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms(body));

        Assert.Contains(Validate(content), issue => issue.Code is TemplateIssueCodes.Syntax or TemplateIssueCodes.UnknownHelper);
    }

    [Theory]
    [InlineData("{{ if amount }}应缴{{ end }}")]
    [InlineData("{{ if !name }}您好{{ end }}")]
    [InlineData("{{ if amount > 0 }}应缴{{ else if name }}您好{{ end }}")]
    [InlineData("{{ if amount > 0 && name }}应缴{{ end }}")]
    public void Validate_ConditionOnScribanTruthiness_IsReported(string body)
    {
        var issue = Single(Validate(TemplateFixtures.Content(sms: TemplateFixtures.Sms(body))), TemplateIssueCodes.ImplicitCondition);

        Assert.Contains("0 and empty text", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ if amount > 0 }}应缴{{ amount | yuan }}{{ else }}免缴{{ end }}")]
    [InlineData("{{ if name != \"\" && !(days < 0) }}{{ name }}{{ end }}")]
    public void Validate_ExplicitCondition_IsAccepted(string body)
    {
        Assert.Empty(Validate(TemplateFixtures.Content(sms: TemplateFixtures.Sms(body))));
    }

    [Theory]
    [InlineData("{{name}}您好，请于{{cnDate deadline}}前缴费", "{{ deadline | cn_date }}")]
    [InlineData("{{#if amount}}应缴{{/if}}", "{{ if amount != 0 }}")]
    [InlineData("{{#each items}}x{{/each}}", "{{ if name != \"\" }}")]
    [InlineData("{{! 备注 }}{{name}}", "{{ name }}")]
    public void Validate_OldHandlebarsText_SaysHowToWriteIt(string body, string advice)
    {
        var issue = Single(Validate(TemplateFixtures.Content(sms: TemplateFixtures.Sms(body))), TemplateIssueCodes.HandlebarsSyntax);

        Assert.Contains("Handlebars", issue.Message, StringComparison.Ordinal);
        Assert.Contains(advice, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TripleStashInEmailHtml_IsForbidden()
    {
        var content = TemplateFixtures.Content(email: TemplateFixtures.Email(html: "<p>{{{name}}}您好</p>"));

        var issue = Single(Validate(content), TemplateIssueCodes.TripleStash);

        Assert.Equal(TemplateParts.Html, issue.Part);
        Assert.Equal((1, 4), (issue.Line, issue.Column));
        Assert.Contains("{{ name }}", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AmpersandUnescapedInEmailHtml_IsForbidden()
    {
        var content = TemplateFixtures.Content(email: TemplateFixtures.Email(html: "<p>{{&name}}您好</p>"));

        Single(Validate(content), TemplateIssueCodes.TripleStash);
    }

    [Fact]
    public void Validate_SmsWithoutSignature_IsAccepted()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ name }}您好：请缴费。"));

        Assert.Empty(Validate(content));
    }

    [Theory]
    [InlineData("【包头医保】{{ name }}您好。")]
    [InlineData(" 【扎赉特医保】{{ name }}您好。")]
    public void Validate_SmsStartingWithASignature_IsRefused(string body)
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms(body));

        var issue = Single(Validate(content), TemplateIssueCodes.SmsSignatureInText);

        Assert.Contains("sender profile", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SmsOfFourPartsWithoutSignature_IsTooLongOnceTheLongestSignatureIsCounted()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ name }}" + new string('请', 260)));

        var issue = Single(Validate(content), TemplateIssueCodes.SmsTooLong);

        Assert.Contains("276 Ucs2 characters in 5 parts", issue.Message, StringComparison.Ordinal);
        Assert.Contains("12-character signature", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SmsOfFiveParts_IsRefusedOverTheDefaultMaximumOfFour()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ name }}" + new string('请', 253)));

        var issue = Single(Check(content).Issues, TemplateIssueCodes.SmsTooLong);

        Assert.Contains("269 Ucs2 characters in 5 parts", issue.Message, StringComparison.Ordinal);
        Assert.Contains("at most 4 parts", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Sms218CharactersLong_IsValidButWarnsItCostsFourMessages()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ name }}" + new string('请', 202)));

        var check = Check(content);

        Assert.True(check.IsValid);
        var warning = Single(check.Warnings, TemplateIssueCodes.SmsCostly);
        Assert.StartsWith("4 parts: each message costs 4×", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new SmsCost(TemplateLocales.ChineseSimplified, SmsEncoding.Ucs2, 218, 4, SignatureAssumed: true), Assert.Single(check.Sms));
        Assert.Equal(4, check.Sms[0].CostMultiple);
    }

    [Theory]
    [InlineData(118, 2, false)]
    [InlineData(119, 3, true)]
    public void Check_SmsJustOverTwoParts_IsWarnedAndTwoPartsAreNot(int filler, int parts, bool warned)
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ name }}" + new string('请', filler)));

        var check = Check(content);

        Assert.Equal(parts, Assert.Single(check.Sms).Parts);
        Assert.Equal(warned, check.Warnings.Count == 1);
    }

    [Fact]
    public void Check_SmsWithoutASignature_CountsOneOfTheLongestConfiguredLength()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ name }}您好：" + new string('请', 60)));

        var cost = Assert.Single(Check(content).Sms);
        var shorter = Assert.Single(TemplateValidator.Check(content, TemplateFixtures.Schema, SmsLimits.Default with { MaxSignatureLength = 4 }).Sms);

        Assert.Equal((65 + 14, 2, true), (cost.Characters, cost.Parts, cost.SignatureAssumed));
        Assert.Equal((65 + 6, 2), (shorter.Characters, shorter.Parts));
    }

    [Fact]
    public void Check_ConfiguredMaximumOfSix_AcceptsFiveParts()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ name }}" + new string('请', 253)));

        var check = TemplateValidator.Check(content, TemplateFixtures.Schema, SmsLimits.Default with { MaxParts = 6 });

        Assert.True(check.IsValid);
        Assert.Contains("5 parts: each message costs 5×", Single(check.Warnings, TemplateIssueCodes.SmsCostly).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoLocales_ReportsTheCostOfEach()
    {
        var mongolian = new LocalizedTemplates(TemplateLocales.MongolianTraditional, new SmsTemplate("【包头医保】{{ name }}" + new string('ᠠ', 140)));

        var costs = Check(TemplateFixtures.Content(mongolian: mongolian)).Sms;

        Assert.Equal([(TemplateLocales.ChineseSimplified, 1), (TemplateLocales.MongolianTraditional, 3)], costs.Select(cost => (cost.Locale, cost.Parts)));
    }

    [Theory]
    [InlineData("详见{{ link }}")]
    [InlineData("详见 http://baotou.gov.cn")]
    [InlineData("详见www.baotou.gov.cn")]
    [InlineData("详见t.cn/A6x9")]
    [InlineData("详见dwz.cn/abc")]
    public void Validate_SmsWithALink_IsReportedUnlessAllowed(string text)
    {
        var sms = TemplateFixtures.Sms("" + text);

        Single(Validate(TemplateFixtures.Content(sms: sms)), TemplateIssueCodes.SmsLink);
        Assert.Empty(Validate(TemplateFixtures.Content(sms: sms, options: new TemplateOptions(AllowLinks: true))));
    }

    [Fact]
    public void Validate_SmsWithAmountsAndDecimals_IsNotALink()
    {
        var content = TemplateFixtures.Content(sms: TemplateFixtures.Sms("报销比例提高至60.5%，标准1,234.50元。"));

        Assert.Empty(Validate(content));
    }

    [Fact]
    public void Validate_WeChatFieldNotRegistered_IsReported()
    {
        var weChat = TemplateFixtures.WeChat(new Dictionary<string, string> { ["thing1"] = "{{ name }}", ["time2"] = "{{ deadline | cn_date }}", ["thing9"] = "{{ name }}" });

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
        var weChat = TemplateFixtures.WeChat(new Dictionary<string, string> { ["thing1"] = "{{ name }}请于截止日期前到社区服务站缴纳医保费用", ["time2"] = "{{ deadline | cn_date }}" });

        Single(Validate(TemplateFixtures.Content(weChat: weChat)), TemplateIssueCodes.WeChatFieldTooLong);
    }

    [Fact]
    public void Validate_WeChatFieldOfExactlyTwenty_IsAccepted()
    {
        var weChat = TemplateFixtures.WeChat(new Dictionary<string, string> { ["thing1"] = "{{ name }}" + new string('请', 18), ["time2"] = "{{ deadline | cn_date }}" });

        Assert.Empty(Validate(TemplateFixtures.Content(weChat: weChat)));
    }

    [Fact]
    public void Validate_WeChatFieldWithLineBreak_IsReported()
    {
        var weChat = TemplateFixtures.WeChat(new Dictionary<string, string> { ["thing1"] = "{{ name }}\n您好", ["time2"] = "{{ deadline | cn_date }}" });

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
        var mongolian = new LocalizedTemplates(TemplateLocales.MongolianTraditional, new SmsTemplate("{{ name }}"));
        var content = new TemplateContent("test-kind", 1, new TemplateOptions(), new Dictionary<string, LocalizedTemplates> { [TemplateLocales.MongolianTraditional] = mongolian });

        Single(Validate(content), TemplateIssueCodes.MissingDefaultLocale);
    }

    [Fact]
    public void Validate_MongolianIssues_NameTheLocale()
    {
        var mongolian = new LocalizedTemplates(TemplateLocales.MongolianTraditional, new SmsTemplate("【包头医保】{{ name }} ᠲᠥᠯᠥᠪᠦᠷᠢ"));

        var issue = Single(Validate(TemplateFixtures.Content(mongolian: mongolian)), TemplateIssueCodes.SmsSignatureInText);

        Assert.Equal(TemplateLocales.MongolianTraditional, issue.Locale);
    }

    [Fact]
    public void Validate_HelperWithoutArgument_IsReported()
    {
        Assert.Contains(Validate(TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ cn_date }}"))), issue => issue.Code == TemplateIssueCodes.Syntax);
        Assert.Contains(Validate(TemplateFixtures.Content(sms: TemplateFixtures.Sms("{{ cn_date deadline amount }}"))), issue => issue.Code == TemplateIssueCodes.Syntax);
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
