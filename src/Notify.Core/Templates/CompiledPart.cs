using HandlebarsDotNet;

namespace Notify.Core.Templates;

/// <summary>One compiled template part and the variables it reads, checked before each render so that a missing one fails loudly.</summary>
internal sealed class CompiledPart(TemplatePart part, HandlebarsTemplate<object, object> template, string[] variables)
{
    public TemplatePart Part { get; } = part;

    public string Render(IReadOnlyDictionary<string, object?> data)
    {
        foreach (var variable in variables)
        {
            if (!data.TryGetValue(variable, out var value) || value is null)
            {
                throw new TemplateRenderException(Part, variable, $"variable '{variable}' is missing");
            }
        }

        try
        {
            return template(data);
        }
        catch (Exception exception) when (exception is HandlebarsException or FormatException or MissingVariableException)
        {
            var missing = Find<MissingVariableException>(exception);
            if (missing is not null)
            {
                throw new TemplateRenderException(Part, missing.Variable, missing.Message, exception);
            }

            var undefined = Find<HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException>(exception);
            if (undefined is not null)
            {
                throw new TemplateRenderException(Part, undefined.MissingKey, $"variable '{undefined.MissingKey}' is missing", exception);
            }

            var format = Find<FormatException>(exception);
            throw new TemplateRenderException(Part, null, format?.Message ?? exception.Message, exception);
        }
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }
}
