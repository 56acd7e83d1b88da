using Notify.Core.Channels;
using Notify.Core.Templates;

namespace Notify.Core.Tests.Templates;

public class DefaultTemplatesTests
{
    private static readonly TemplateRenderer Renderer = new();
    private static readonly string[] PaymentKinds = [TemplateKinds.ResidentWindowOpening, TemplateKinds.ResidentWindowClosing];
    private static readonly string[] PaymentWords = ["缴费", "缴纳", "交费", "未按期缴费", "个人缴费标准", "参保缴费"];

    public static TheoryData<string, string, ChannelKind> KindLocaleChannel()
    {
        var data = new TheoryData<string, string, ChannelKind>();
        foreach (var (kind, template) in TemplateFixtures.Defaults)
        {
            foreach (var locale in template.Content.Locales.Keys)
            {
                foreach (var channel in template.Schema.ChannelOrder)
                {
                    data.Add(kind, locale, channel);
                }
            }
        }

        return data;
    }

    public static TheoryData<string> Kinds() => [.. TemplateKinds.All];

    [Fact]
    public void Load_RepositoryTemplates_HasEveryKind()
    {
        Assert.Equal(TemplateKinds.All.Order(StringComparer.Ordinal), TemplateFixtures.Defaults.Keys);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Load_EveryKind_HasChineseForEveryChannelOfItsAudience(string kind)
    {
        var template = TemplateFixtures.Default(kind);

        var chinese = template.Content.Locales[TemplateLocales.ChineseSimplified];

        Assert.All(template.Schema.ChannelOrder, channel => Assert.True(chinese.Has(channel), $"{kind} lacks {channel}"));
        Assert.Equal(DefaultTemplates.Version, template.Content.Version);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Load_ResidentKinds_HaveMongolianMarkedForNativeReview(string kind)
    {
        var template = TemplateFixtures.Default(kind);
        if (template.Schema.Audience != TemplateAudience.Resident)
        {
            Assert.DoesNotContain(TemplateLocales.MongolianTraditional, template.Content.Locales.Keys);
            return;
        }

        Assert.Contains(TemplateLocales.MongolianTraditional, template.Content.Locales.Keys);
        Assert.Contains(TemplateLocales.MongolianTraditional, template.Schema.NeedsNativeReview ?? []);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Validate_EveryDefault_HasNoIssues(string kind)
    {
        var template = TemplateFixtures.Default(kind);

        var issues = TemplateValidator.Validate(template.Content, template.Schema);

        Assert.Empty(issues);
    }

    [Theory]
    [MemberData(nameof(KindLocaleChannel))]
    public void Render_EveryKindLocaleAndChannel_ProducesTheChannelsMessage(string kind, string locale, ChannelKind channel)
    {
        var template = TemplateFixtures.Default(kind);

        var message = Renderer.Render(template.Content, locale, channel, template.Schema.SampleData());

        var texts = Texts(message);
        Assert.All(texts, text => Assert.DoesNotContain("{{", text, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text)));
        if (locale == TemplateLocales.MongolianTraditional && template.Content.Locales[locale].Has(channel))
        {
            Assert.Contains(texts, ContainsMongolian);
        }

        if (message is SmsContent sms)
        {
            Assert.Null(SmsSignature.Leading(sms.Body));
            Assert.InRange(SmsSegments.Count(SmsSignature.Longest + sms.Body).Parts, 1, SmsLimits.Default.MaxParts);
        }
    }

    public static TheoryData<string, string, ChannelKind> NonPaymentResidentKindLocaleChannel()
    {
        var data = new TheoryData<string, string, ChannelKind>();
        foreach (var (kind, locale, channel) in KindLocaleChannel().Select(row => ((string)row[0], (string)row[1], (ChannelKind)row[2])))
        {
            if (TemplateFixtures.Default(kind).Schema.Audience == TemplateAudience.Resident && !PaymentKinds.Contains(kind))
            {
                data.Add(kind, locale, channel);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NonPaymentResidentKindLocaleChannel))]
    public void Render_ResidentKindThatIsNoPayment_SpeaksOfNoPaying(string kind, string locale, ChannelKind channel)
    {
        var template = TemplateFixtures.Default(kind);

        var texts = Texts(Renderer.Render(template.Content, locale, channel, template.Schema.SampleData()));

        Assert.All(texts, text => Assert.DoesNotContain(PaymentWords, word => text.Contains(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_ApplyOpeningSms_AsksToApplyBeforeTheEnd()
    {
        var template = TemplateFixtures.Default(TemplateKinds.ResidentApplyOpening);

        var sms = Assert.IsType<SmsContent>(Renderer.Render(template.Content, TemplateLocales.ChineseSimplified, ChannelKind.Sms, template.Schema.SampleData()));

        Assert.Contains("居家养老服务补贴现已开始受理申请", sms.Body, StringComparison.Ordinal);
        Assert.Contains("请于2027年4月30日前申请", sms.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TemplateKinds.ResidentApplyOpening)]
    [InlineData(TemplateKinds.ResidentApplyClosing)]
    [InlineData(TemplateKinds.ResidentSubsidyPayment)]
    [InlineData(TemplateKinds.ResidentInformation)]
    public void Render_NewResidentKindEmail_IsSignedByTheSender(string kind)
    {
        var template = TemplateFixtures.Default(kind);
        var data = new Dictionary<string, object?>(template.Schema.SampleData()) { ["senderName"] = "扎赉特旗医疗保障局" };

        var email = Assert.IsType<EmailContent>(Renderer.Render(template.Content, TemplateLocales.ChineseSimplified, ChannelKind.Email, data));

        Assert.EndsWith("扎赉特旗医疗保障局", email.Text.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("包头市", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnitDeadlineNudgeSms_ReadsAsAPoliteChineseNotice()
    {
        var template = TemplateFixtures.Default(TemplateKinds.UnitDeadlineNudge);

        var sms = Assert.IsType<SmsContent>(Renderer.Render(template.Content, TemplateLocales.ChineseSimplified, ChannelKind.Sms, template.Schema.SampleData()));

        Assert.Equal(
            "昆都仑区医疗保障局：根据包医保发〔2027〕3号，请于2027年2月25日前向市医疗保障局报送城乡居民参保缴费进度，还剩3天。请按时办理，并点击链接确认收到：https://notify.baotou.gov.cn/a/7Kx2Q",
            sms.Body);
    }

    [Fact]
    public void Render_UnitKindInMongolian_FallsBackToChinese()
    {
        var template = TemplateFixtures.Default(TemplateKinds.UnitOverdue);

        var mongolian = Renderer.Render(template.Content, TemplateLocales.MongolianTraditional, ChannelKind.WeCom, template.Schema.SampleData());
        var chinese = Renderer.Render(template.Content, TemplateLocales.ChineseSimplified, ChannelKind.WeCom, template.Schema.SampleData());

        Assert.Equal(chinese, mongolian);
        Assert.Contains("已逾期2天", ((WeComTextCardContent)chinese).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ResidentWeChat_UsesTheRegisteredTemplateFields()
    {
        var template = TemplateFixtures.Default(TemplateKinds.ResidentWindowClosing);

        var message = Assert.IsType<WeChatTemplateContent>(Renderer.Render(template.Content, TemplateLocales.ChineseSimplified, ChannelKind.WeChat, template.Schema.SampleData()));

        Assert.Equal(template.Content.Locales[TemplateLocales.ChineseSimplified].WeChat!.RegisteredFields, message.Data.Keys);
        Assert.Equal("2027年12月31日", message.Data["time2"]);
        Assert.Equal("还剩3天", message.Data["thing3"]);
        Assert.Equal("400元", message.Data["amount4"]);
        Assert.Equal("https://notify.baotou.gov.cn/n/Q3v9", message.Url);
    }

    [Fact]
    public void ForLocale_UnknownLocale_FallsBackToChinese()
    {
        var content = TemplateFixtures.Default(TemplateKinds.PolicyInEffect).Content;

        Assert.Equal(TemplateLocales.ChineseSimplified, content.ForLocale("en-GB").Locale);
    }

    [Fact]
    public void Content_JsonRoundTrip_RendersTheSame()
    {
        var template = TemplateFixtures.Default(TemplateKinds.ResidentWindowOpening);
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);

        var copy = System.Text.Json.JsonSerializer.Deserialize<TemplateContent>(System.Text.Json.JsonSerializer.Serialize(template.Content, options), options)! with { Version = 99 };

        foreach (var locale in TemplateLocales.All)
        {
            foreach (var channel in template.Schema.ChannelOrder)
            {
                Assert.Equal(
                    Texts(Renderer.Render(template.Content, locale, channel, template.Schema.SampleData())),
                    Texts(Renderer.Render(copy, locale, channel, template.Schema.SampleData())));
            }
        }
    }

    private static string[] Texts(MessageContent message) => message switch
    {
        SmsContent sms => [sms.Body],
        WeChatTemplateContent weChat => [.. weChat.Data.Values],
        WeComTextCardContent card => [card.Title, card.Description, card.Url, card.ButtonText],
        EmailContent email => [email.Subject, email.Html, email.Text],
        _ => throw new ArgumentOutOfRangeException(nameof(message)),
    };

    private static bool ContainsMongolian(string text) => text.Any(c => c is >= '\u1800' and <= '\u18AF');
}
