using Notify.Core.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Notify.Core.Tests.Templates;

/// <summary>The Scriban context itself, below validation: what a template could do if a text ever got past the syntax walk.</summary>
public class TemplateRenderContextTests
{
    [Theory]
    [InlineData("{{ for i in 1..1000 }}x{{ end }}")]
    [InlineData("{{ while true }}{{ end }}")]
    [InlineData("{{ func f; ret f; end; f }}")]
    [InlineData("{{ x = 'aaaaaaaaaa'; for i in 1..90; x = x + x; end; x }}")]
    public void Render_BeyondTheLimits_Throws(string source)
    {
        Assert.Throws<ScriptRuntimeException>(() => Render(source, new ScriptObject()));
    }

    [Fact]
    public void Render_LongOutput_ThrowsRatherThanTruncating()
    {
        var globals = new ScriptObject { ["text"] = new string('x', TemplateRenderContext.MaxOutputChars + 1) };

        Assert.Throws<ScriptRuntimeException>(() => Render("{{ text }}", globals));
    }

    [Theory]
    [InlineData("{{ value.Year }}")]
    [InlineData("{{ value['Year'] }}")]
    public void Render_DotNetMembers_AreNotReachable(string source)
    {
        var globals = new ScriptObject { ["value"] = new DateOnly(2027, 2, 25) };

        Assert.Throws<ScriptRuntimeException>(() => Render(source, globals));
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ 'a' | string.upcase }}")]
    [InlineData("{{ include 'x' }}")]
    [InlineData("{{ missing }}")]
    public void Render_BuiltinsAndUnknownNames_AreNotFound(string source)
    {
        Assert.Throws<ScriptRuntimeException>(() => Render(source, new ScriptObject()));
    }

    [Fact]
    public void Render_OwnFunctions_FormatForTheLocale()
    {
        var globals = new ScriptObject { ["deadline"] = "2027-02-25", ["amount"] = 1234.5m };

        Assert.Equal("2027年2月25日 1,234.50元", Render("{{ deadline | cn_date }} {{ amount | yuan }}", globals));
    }

    [Fact]
    public void Render_Html_EscapesValuesButNotMarkup()
    {
        var globals = new ScriptObject { ["name"] = "<i>A&B</i>" };

        Assert.Equal("<p>&lt;i&gt;A&amp;B&lt;/i&gt;</p>", Render("<p>{{ name }}</p>", globals, html: true));
    }

    private static string Render(string source, ScriptObject globals, bool html = false)
    {
        var template = Template.Parse(source);
        Assert.False(template.HasErrors, string.Join("; ", template.Messages));
        var context = new TemplateRenderContext(TemplateLocales.ChineseSimplified, html);
        context.PushGlobal(globals);
        return template.Render(context);
    }
}
