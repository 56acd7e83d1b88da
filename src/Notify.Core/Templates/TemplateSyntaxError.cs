namespace Notify.Core.Templates;

/// <summary>A syntax error at a 1-based line and column of a template.</summary>
public sealed record TemplateSyntaxError(int Line, int Column, string Message);
