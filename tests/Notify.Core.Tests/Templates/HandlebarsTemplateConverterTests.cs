using Notify.Core.Channels;
using Notify.Core.Templates;

namespace Notify.Core.Tests.Templates;

/// <summary>Texts of the old Handlebars subset, converted and rendered, against what Handlebars rendered for them.</summary>
public class HandlebarsTemplateConverterTests
{
    private static readonly TemplateRenderer Renderer = TemplateRenderer.Uncached();

    [Theory]
    [InlineData("【包头医保】{{#if amount}}应缴{{yuan amount}}{{else}}免缴{{/if}}。", 280, "【包头医保】应缴280元。")]
    [InlineData("【包头医保】{{#if amount}}应缴{{yuan amount}}{{else}}免缴{{/if}}。", 0, "【包头医保】免缴。")]
    [InlineData("【包头医保】{{#unless amount}}免缴{{/unless}}完", 280, "【包头医保】完")]
    [InlineData("【包头医保】{{#unless amount}}免缴{{/unless}}完", 0, "【包头医保】免缴完")]
    [InlineData("第一行\n{{#if name}}\n  {{name}}\n{{/if}}\n末行", 280, "第一行\n  王丽\n末行")]
    [InlineData("{{! 注释 }}\n{{name}}  {{~ cnDate deadline ~}}  。\n{{!-- 长注释 --}}", 280, "王丽2027年2月25日。\n")]
    [InlineData("{{#if name}}\n{{#if days}}\n{{daysLeft days}}\n{{/if}}\n{{/if}}\n", 280, "还剩3天\n")]
    [InlineData("{{mask phone}}：{{name}}", 280, "138****0000：王丽")]
    public void Convert_Subset_RendersWhatHandlebarsRendered(string handlebars, int amount, string expected)
    {
        var data = TemplateFixtures.Data();
        data["amount"] = (decimal)amount;

        Assert.Equal(expected, Render(Converted(handlebars), data, ChannelKind.Sms));
    }

    [Fact]
    public void Convert_EmailHtml_StillEscapesValues()
    {
        var data = TemplateFixtures.Data();
        data["name"] = "<b>王丽</b>";

        Assert.Equal("<p>&lt;b&gt;王丽&lt;/b&gt; &amp; 280元</p>", Render(Converted("<p>{{name}} &amp; {{yuan amount}}</p>"), data, ChannelKind.Email));
    }

    [Fact]
    public void Convert_StringCondition_ComparesWithEmptyText()
    {
        Assert.Equal("{{ if name != \"\" }}有{{ end }}", Converted("{{#if name}}有{{/if}}"));
    }

    [Theory]
    [InlineData("{{> footer}}")]
    [InlineData("{{#each items}}x{{/each}}")]
    [InlineData("{{cnDate (lookup deadline)}}")]
    [InlineData("{{@root.name}}")]
    [InlineData("{{{name}}}")]
    [InlineData("{{upper name}}")]
    public void Convert_OutsideTheSubset_IsRefusedWithAdvice(string handlebars)
    {
        var (scriban, problem) = HandlebarsTemplateConverter.Convert(handlebars, TypeOf);

        Assert.Null(scriban);
        Assert.StartsWith("line 1: ", problem, StringComparison.Ordinal);
        Assert.Contains("{{ ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_IfOnAVariableOfUnknownType_IsRefusedWithBothForms()
    {
        var (scriban, problem) = HandlebarsTemplateConverter.Convert("{{#if mystery}}x{{/if}}", _ => null);

        Assert.Null(scriban);
        Assert.Contains("{{ if mystery != \"\" }}", problem, StringComparison.Ordinal);
        Assert.Contains("{{ if mystery != 0 }}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_WholeVersion_ConvertsEveryLocaleAndChannel()
    {
        var old = TemplateFixtures.Content(
            sms: new SmsTemplate("{{name}}您好：请于{{cnDate deadline}}前缴纳{{yuan amount}}，{{daysLeft days}}。"),
            weChat: TemplateFixtures.WeChat(new Dictionary<string, string> { ["thing1"] = "{{name}}", ["time2"] = "{{cnDate deadline}}" }),
            email: new EmailTemplate("缴费提醒：{{cnDate deadline}}", "<p>{{name}}您好：请缴纳{{yuan amount}}。</p>", "{{name}}您好：请缴纳{{yuan amount}}。"));

        var (converted, problem) = HandlebarsTemplateConverter.Convert(old, TemplateFixtures.Schema);

        Assert.Null(problem);
        Assert.Empty(TemplateValidator.Validate(converted, TemplateFixtures.Schema));
        Assert.Equal(
            Renderer.Render(TemplateFixtures.Content(), TemplateLocales.ChineseSimplified, ChannelKind.Sms, TemplateFixtures.Data()),
            Renderer.Render(converted, TemplateLocales.ChineseSimplified, ChannelKind.Sms, TemplateFixtures.Data()));
        Assert.Equal("{{ link }}", converted.Locales[TemplateLocales.ChineseSimplified].WeChat!.Url);
    }

    [Fact]
    public void Convert_WholeVersionWithAnUnconvertiblePart_KeepsItAndSaysWhere()
    {
        var old = TemplateFixtures.Content(sms: new SmsTemplate("【包头医保】{{#each names}}{{this}}{{/each}}"));

        var (content, problem) = HandlebarsTemplateConverter.Convert(old, TemplateFixtures.Schema);

        Assert.Same(old, content);
        Assert.StartsWith("zh-Hans: line 1:", problem, StringComparison.Ordinal);
    }

    private static TemplateVariableType? TypeOf(string name) => TemplateFixtures.Schema.Find(name)?.Type;

    private static string Converted(string handlebars)
    {
        var (scriban, problem) = HandlebarsTemplateConverter.Convert(handlebars, TypeOf);
        Assert.Null(problem);
        return scriban!;
    }

    private static string Render(string scriban, Dictionary<string, object?> data, ChannelKind channel)
    {
        var content = channel == ChannelKind.Email
            ? TemplateFixtures.Content(email: TemplateFixtures.Email(html: scriban))
            : TemplateFixtures.Content(sms: new SmsTemplate(scriban));
        var message = Renderer.Render(content, TemplateLocales.ChineseSimplified, channel, data);
        return message is EmailContent email ? email.Html : ((SmsContent)message).Body;
    }
}
