using System.Globalization;
using HandlebarsDotNet;

namespace Notify.Core.Templates;

/// <summary>
/// Compiles template parts with Handlebars.Net: strict bindings, the closed helper set formatted for
/// the part's locale, HTML escaping only for email HTML (SMS, WeChat and WeCom text is sent as is).
/// </summary>
internal sealed class TemplateCompiler
{
    private readonly Dictionary<(string Locale, bool Html), IHandlebars> environments = [];

    public TemplateCompiler(bool interpret)
    {
        foreach (var locale in TemplateLocales.All)
        {
            environments[(locale, true)] = Create(locale, html: true, interpret);
            environments[(locale, false)] = Create(locale, html: false, interpret);
        }
    }

    public CompiledPart Compile(TemplatePart part)
    {
        var scan = TemplateScanner.Scan(part.Source);
        if (scan.Errors.Count > 0)
        {
            var error = scan.Errors[0];
            throw new TemplateRenderException(part, null, $"syntax error at line {error.Line}, column {error.Column}: {error.Message}");
        }

        var locale = TemplateLocales.All.Contains(part.Locale) ? part.Locale : TemplateLocales.Default;
        try
        {
            var template = environments[(locale, part.IsHtml)].Compile(part.Source);
            return new CompiledPart(part, template, [.. scan.Variables]);
        }
        catch (HandlebarsException exception)
        {
            throw new TemplateRenderException(part, null, $"syntax error: {exception.Message}", exception);
        }
    }

    private static IHandlebars Create(string locale, bool html, bool interpret)
    {
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            NoEscape = !html,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        if (interpret)
        {
            configuration.CompileTimeConfiguration.ExpressionCompiler = new InterpretingExpressionCompiler();
        }

        var handlebars = Handlebars.Create(configuration);
        foreach (var name in TemplateHelpers.Names)
        {
            handlebars.RegisterHelper(name, (HandlebarsReturnHelper)((Context _, Arguments arguments) => Format(name, locale, arguments)));
        }

        return handlebars;
    }

    private static string Format(string helper, string locale, Arguments arguments)
    {
        if (arguments.Length != 1)
        {
            throw new FormatException($"{helper} takes one value, not {arguments.Length}.");
        }

        if (arguments[0] is UndefinedBindingResult undefined)
        {
            throw new MissingVariableException(undefined.Value);
        }

        return TemplateHelpers.Format(helper, arguments[0], locale);
    }
}
