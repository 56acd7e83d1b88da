namespace Notify.Core.Templates;

/// <summary>Raised inside a helper when its argument was not bound; turned into a <see cref="TemplateRenderException"/> naming the part.</summary>
internal sealed class MissingVariableException(string variable) : Exception($"variable '{variable}' is missing")
{
    public string Variable { get; } = variable;
}
