using Notify.Core.Channels;
using Notify.Core.Templates;

namespace Notify.Core.Tests.Templates;

public class TemplateRendererTests
{
    private readonly TemplateRenderer renderer = new();

    [Fact]
    public void Render_Sms_FormatsWithHelpers()
    {
        var message = renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Sms, TemplateFixtures.Data());

        Assert.Equal(new SmsContent("王丽您好：请于2027年2月25日前缴纳280元，还剩3天。"), message);
    }

    [Fact]
    public void Render_MissingVariable_ThrowsNamingVariableAndPart()
    {
        var data = TemplateFixtures.Data();
        data.Remove("name");

        var exception = Assert.Throws<TemplateRenderException>(() => renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Sms, data));

        Assert.Equal("name", exception.Variable);
        Assert.Equal(TemplateParts.Body, exception.Part);
        Assert.Equal(ChannelKind.Sms, exception.Channel);
        Assert.Contains("'name'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NullVariable_ThrowsRatherThanRenderingEmpty()
    {
        var data = TemplateFixtures.Data();
        data["name"] = null;

        var exception = Assert.Throws<TemplateRenderException>(() => renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Sms, data));

        Assert.Equal("name", exception.Variable);
    }

    [Fact]
    public void Render_MissingHelperArgument_ThrowsNamingVariable()
    {
        var data = TemplateFixtures.Data();
        data.Remove("deadline");

        var exception = Assert.Throws<TemplateRenderException>(() => renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.WeChat, data));

        Assert.Equal("deadline", exception.Variable);
        Assert.Equal(TemplateParts.Field("time2"), exception.Part);
    }

    [Fact]
    public void Render_VariableInsideIfBlock_IsStillRequired()
    {
        var content = TemplateFixtures.Content(sms: new SmsTemplate("【包头医保】{{ if amount > 0 }}{{ name }}{{ end }}"));
        var data = TemplateFixtures.Data();
        data.Remove("name");

        Assert.Throws<TemplateRenderException>(() => renderer.Render(content, TemplateLocales.ChineseSimplified, ChannelKind.Sms, data));
    }

    [Theory]
    [InlineData(280, "【包头医保】王丽应缴280元")]
    [InlineData(0, "【包头医保】王丽免缴")]
    public void Render_ExplicitCondition_TakesBothSides(int amount, string expected)
    {
        var content = TemplateFixtures.Content(sms: new SmsTemplate("【包头医保】{{ name }}{{ if amount > 0 }}应缴{{ amount | yuan }}{{ else }}免缴{{ end }}"));
        var data = TemplateFixtures.Data();
        data["amount"] = (decimal)amount;

        var sms = Assert.IsType<SmsContent>(renderer.Render(content, TemplateLocales.ChineseSimplified, ChannelKind.Sms, data));

        Assert.Equal(expected, sms.Body);
    }

    [Theory]
    [InlineData("王丽", "【包头医保】王丽您好")]
    [InlineData("", "【包头医保】您好")]
    public void Render_TextCondition_TakesBothSides(string name, string expected)
    {
        var content = TemplateFixtures.Content(sms: new SmsTemplate("【包头医保】{{ if name != \"\" }}{{ name }}{{ end }}您好"));
        var data = TemplateFixtures.Data();
        data["name"] = name;

        Assert.Equal(expected, Assert.IsType<SmsContent>(renderer.Render(content, TemplateLocales.ChineseSimplified, ChannelKind.Sms, data)).Body);
    }

    [Theory]
    [InlineData("【包头医保】{{ for i in 1..10 }}{{ name }}{{ end }}")]
    [InlineData("【包头医保】{{ name | string.upcase }}")]
    [InlineData("【包头医保】{{ name.Length }}")]
    [InlineData("【包头医保】{{#if amount}}{{ name }}{{/if}}")]
    public void Render_TextOutsideTheSubset_IsRefusedNotRendered(string body)
    {
        var content = TemplateFixtures.Content(sms: new SmsTemplate(body));

        var exception = Assert.Throws<TemplateRenderException>(() => renderer.Render(content, TemplateLocales.ChineseSimplified, ChannelKind.Sms, TemplateFixtures.Data()));

        Assert.Equal(TemplateParts.Body, exception.Part);
    }

    [Fact]
    public void Render_OldHandlebarsText_IsRefusedWithTheScribanToWrite()
    {
        var content = TemplateFixtures.Content(sms: new SmsTemplate("【包头医保】请于{{cnDate deadline}}前缴费"));

        var exception = Assert.Throws<TemplateRenderException>(() => renderer.Render(content, TemplateLocales.ChineseSimplified, ChannelKind.Sms, TemplateFixtures.Data()));

        Assert.Contains("{{ deadline | cn_date }}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HelperGivenTheWrongType_ThrowsNamingThePart()
    {
        var data = TemplateFixtures.Data();
        data["deadline"] = "下周";

        var exception = Assert.Throws<TemplateRenderException>(() => renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Sms, data));

        Assert.Contains(TemplateHelpers.ChineseDate, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("下周", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AfterAFailedRender_RendersTheNextOneWhole()
    {
        var bad = TemplateFixtures.Data();
        bad["deadline"] = "下周";
        Assert.Throws<TemplateRenderException>(() => renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Sms, bad));

        var message = renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Sms, TemplateFixtures.Data());

        Assert.Equal(new SmsContent("王丽您好：请于2027年2月25日前缴纳280元，还剩3天。"), message);
    }

    [Fact]
    public void Render_EmailWithScriptInAVariable_EscapesHtmlButNotText()
    {
        var data = TemplateFixtures.Data();
        data["name"] = "<script>alert('x')</script>";

        var email = Assert.IsType<EmailContent>(renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Email, data));

        Assert.DoesNotContain("<script>", email.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", email.Html, StringComparison.Ordinal);
        Assert.StartsWith("<script>alert('x')</script>您好", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SmsWithAmpersand_IsNotHtmlEscaped()
    {
        var data = TemplateFixtures.Data();
        data["name"] = "A&B <公司>";

        var sms = Assert.IsType<SmsContent>(renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Sms, data));

        Assert.Contains("A&B <公司>您好", sms.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WeChat_BuildsFieldsAndUrl()
    {
        var message = renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.WeChat, TemplateFixtures.Data());

        var weChat = Assert.IsType<WeChatTemplateContent>(message);
        Assert.Equal("tmpl-1", weChat.TemplateId);
        Assert.Equal("王丽", weChat.Data["thing1"]);
        Assert.Equal("2027年2月25日", weChat.Data["time2"]);
        Assert.Equal("https://notify.baotou.gov.cn/n/1", weChat.Url);
    }

    [Fact]
    public void Render_MongolianLocale_UsesMongolianTextAndHelpers()
    {
        var mongolian = new LocalizedTemplates(TemplateLocales.MongolianTraditional, new SmsTemplate("【包头医保】{{ name }} ᠲᠥᠯᠥᠪᠦᠷᠢ {{ amount | yuan }}᠂ {{ deadline | cn_date }}"));
        var content = TemplateFixtures.Content(mongolian: mongolian);

        var sms = Assert.IsType<SmsContent>(renderer.Render(content, TemplateLocales.MongolianTraditional, ChannelKind.Sms, TemplateFixtures.Data()));

        Assert.Equal("【包头医保】王丽 ᠲᠥᠯᠥᠪᠦᠷᠢ 280 ᠶᠤᠸᠠᠨ᠂ 2027 ᠣᠨ 2 ᠰᠠᠷ\u180Eᠠ 25", sms.Body);
    }

    [Fact]
    public void Render_MongolianLocaleWithoutTheChannel_FallsBackToChinese()
    {
        var mongolian = new LocalizedTemplates(TemplateLocales.MongolianTraditional, new SmsTemplate("【包头医保】{{ name }}"));
        var content = TemplateFixtures.Content(mongolian: mongolian);

        var email = Assert.IsType<EmailContent>(renderer.Render(content, TemplateLocales.MongolianTraditional, ChannelKind.Email, TemplateFixtures.Data()));

        Assert.Equal("缴费提醒：2027年2月25日", email.Subject);
    }

    [Fact]
    public void Render_SameVersionTwice_CompilesOnce()
    {
        var content = TemplateFixtures.Content();

        renderer.Render(content, TemplateLocales.ChineseSimplified, ChannelKind.Sms, TemplateFixtures.Data());
        renderer.Render(content, TemplateLocales.ChineseSimplified, ChannelKind.Sms, TemplateFixtures.Data());
        Assert.Equal(1, renderer.CachedTemplates);

        var next = content with { Version = 2, Locales = TemplateFixtures.Content(sms: new SmsTemplate("【包头医保】新版{{ name }}")).Locales };
        var sms = Assert.IsType<SmsContent>(renderer.Render(next, TemplateLocales.ChineseSimplified, ChannelKind.Sms, TemplateFixtures.Data()));
        Assert.Equal("【包头医保】新版王丽", sms.Body);
        Assert.Equal(2, renderer.CachedTemplates);
    }

    [Fact]
    public void Uncached_Render_GivesTheSameMessage()
    {
        var uncached = TemplateRenderer.Uncached();

        var message = uncached.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Email, TemplateFixtures.Data());

        Assert.Equal(renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Email, TemplateFixtures.Data()), message);
        Assert.Equal(0, uncached.CachedTemplates);
    }
}
