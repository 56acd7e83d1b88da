using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Notify.Core.Templates;

/// <summary>
/// One parsed template part and the variables it reads, checked before each render so that a missing or
/// null one fails loudly (Scriban's strict variables catch a missing one, but render null as empty text).
/// </summary>
internal sealed class CompiledPart(TemplatePart part, Template template, string[] variables)
{
    // A context per thread, locale and escaping: building one costs more than a render.
    [ThreadStatic]
    private static Dictionary<(string Locale, bool Html), TemplateRenderContext>? contexts;

    public TemplatePart Part { get; } = part;

    public string Render(IReadOnlyDictionary<string, object?> data)
    {
        var globals = new ScriptObject(variables.Length);
        foreach (var variable in variables)
        {
            if (!data.TryGetValue(variable, out var value) || value is null)
            {
                throw new TemplateRenderException(Part, variable, $"variable '{variable}' is missing");
            }

            globals.SetValue(variable, value, readOnly: true);
        }

        var context = Context(Part.Locale, Part.IsHtml);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            // A render that failed part-way may leave scopes behind; the next one gets a fresh context.
            contexts!.Remove((Part.Locale, Part.IsHtml));
            throw new TemplateRenderException(Part, null, Reason(exception), exception);
        }
        finally
        {
            context.PopGlobal();
        }
    }

    private static TemplateRenderContext Context(string locale, bool html)
    {
        contexts ??= [];
        if (!contexts.TryGetValue((locale, html), out var context))
        {
            context = new TemplateRenderContext(locale, html);
            contexts[(locale, html)] = context;
        }

        return context;
    }

    // A function's own FormatException says what it needed; Scriban's message would quote the template.
    private static string Reason(ScriptRuntimeException exception) =>
        exception.InnerException is FormatException format ? format.Message : exception.OriginalMessage;
}
