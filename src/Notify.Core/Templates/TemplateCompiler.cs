namespace Notify.Core.Templates;

/// <summary>Parses template parts with Scriban and refuses any part with a syntax error or a construct outside the allowed subset.</summary>
internal static class TemplateCompiler
{
    public static CompiledPart Compile(TemplatePart part)
    {
        var analysis = TemplateAnalyzer.Analyze(part.Source);
        if (analysis.Findings.Count > 0)
        {
            var finding = analysis.Findings[0];
            throw new TemplateRenderException(part, null, $"line {finding.Line}, column {finding.Column}: {finding.Message}");
        }

        return new CompiledPart(part, analysis.Template, [.. analysis.VariableNames]);
    }
}
