namespace Notify.Core.Templates;

/// <summary>A problem in one template text at a 1-based line and column, with a code from <see cref="TemplateIssueCodes"/>.</summary>
internal sealed record TemplateFinding(int Line, int Column, string Code, string Message);
