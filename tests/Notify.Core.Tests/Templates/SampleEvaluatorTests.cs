using Notify.Core.Templates;

namespace Notify.Core.Tests.Templates;

/// <summary>Validation renders samples with its own evaluator; it must agree with Handlebars.Net, which delivery uses.</summary>
public class SampleEvaluatorTests
{
    private static readonly TemplateRenderer Renderer = TemplateRenderer.Uncached();

    public static TheoryData<string, string, string, string> DefaultParts()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (kind, template) in TemplateFixtures.Defaults)
        {
            foreach (var part in template.Content.Parts())
            {
                data.Add(kind, part.Locale, part.Channel.ToString(), part.Part);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DefaultParts))]
    public void Render_EveryDefaultPart_MatchesHandlebars(string kind, string locale, string channel, string partName)
    {
        var template = TemplateFixtures.Default(kind);
        var part = template.Content.Parts().Single(p => p.Locale == locale && p.Channel.ToString() == channel && p.Part == partName);

        AssertSame(part, template.Schema.SampleData());
    }

    [Theory]
    [InlineData("【包头医保】{{#if amount}}应缴{{yuan amount}}{{else}}免缴{{/if}}。")]
    [InlineData("【包头医保】{{#unless amount}}免缴{{/unless}}完")]
    [InlineData("第一行\n{{#if name}}\n  {{name}}\n{{/if}}\n末行")]
    [InlineData("{{! 注释 }}\n{{name}}  {{~ cnDate deadline ~}}  。\n{{!-- 长注释 --}}")]
    [InlineData("{{#if name}}\n{{#if days}}\n{{daysLeft days}}\n{{/if}}\n{{/if}}\n")]
    [InlineData("<p>{{name}} & {{yuan amount}}</p>")]
    public void Render_BlocksCommentsAndWhitespaceControl_MatchHandlebars(string source)
    {
        AssertSame(new TemplatePart(TemplateLocales.ChineseSimplified, Notify.Core.Channels.ChannelKind.Sms, TemplateParts.Body, source), TemplateFixtures.Data());
    }

    [Fact]
    public void Render_HtmlWithMarkupInAVariable_MatchesHandlebarsEscaping()
    {
        var data = TemplateFixtures.Data();
        data["name"] = "<b>王丽</b> & \"家人\"";

        AssertSame(new TemplatePart(TemplateLocales.ChineseSimplified, Notify.Core.Channels.ChannelKind.Email, TemplateParts.Html, "<p>{{name}}</p>"), data);
    }

    private static void AssertSame(TemplatePart part, IReadOnlyDictionary<string, object?> data)
    {
        var scan = TemplateScanner.Scan(part.Source);
        Assert.Empty(scan.Errors);

        Assert.Equal(Renderer.RenderPart(part, data), SampleEvaluator.Render(scan, data, part.Locale, part.IsHtml));
    }
}
