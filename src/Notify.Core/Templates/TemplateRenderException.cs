using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>
/// A template could not be rendered: a variable it uses was not given (or was null), or a helper got a
/// value it cannot format. Names the template part and the variable; never carries the data itself.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException()
    {
    }

    public TemplateRenderException(string message)
        : base(message)
    {
    }

    public TemplateRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TemplateRenderException(TemplatePart part, string? variable, string reason, Exception? innerException = null)
        : base($"{part.Locale} {part.Channel} {part.Part}: {reason}", innerException)
    {
        Locale = part.Locale;
        Channel = part.Channel;
        Part = part.Part;
        Variable = variable;
    }

    public string? Locale { get; }

    public ChannelKind? Channel { get; }

    public string? Part { get; }

    /// <summary>The variable that was missing or could not be formatted, when known.</summary>
    public string? Variable { get; }
}
