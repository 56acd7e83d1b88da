using Scriban.Syntax;

namespace Notify.Core.Templates;

/// <summary>
/// Walks a parsed template and keeps it to the allowed subset: text, variables, the closed function set
/// (called with one value) and if/else on an explicit comparison. Anything else (loops, assignments,
/// member access, functions of Scriban's own) is a finding, so validation refuses it before a render could.
/// </summary>
internal sealed class TemplateSyntaxWalker(List<TemplateVariableUse> variables, List<TemplateFinding> findings) : ScriptVisitor
{
    private readonly HashSet<ScriptNode> _callTargets = [];

    public override void Visit(ScriptExpressionStatement node)
    {
        if (node.Expression is not (ScriptVariableGlobal or ScriptFunctionCall or ScriptPipeCall or ScriptLiteral))
        {
            Add(node, TemplateIssueCodes.Syntax, $"'{Snippet(node)}' cannot be output; write a variable, e.g. {{{{ name }}}}, or a function of it, e.g. {{{{ deadline | {TemplateHelpers.ChineseDate} }}}}");
        }

        base.Visit(node);
    }

    public override void Visit(ScriptIfStatement node)
    {
        if (!IsExplicit(node.Condition))
        {
            Add(node.Condition ?? (ScriptNode)node, TemplateIssueCodes.ImplicitCondition,
                $"'if {Snippet(node.Condition ?? (ScriptNode)node)}' is true even for 0 and empty text; compare explicitly, e.g. {{{{ if amount > 0 }}}} or {{{{ if name != \"\" }}}}");
        }

        base.Visit(node);
    }

    public override void Visit(ScriptPipeCall node)
    {
        if (node.To is ScriptVariableGlobal function)
        {
            CheckCall(node, function, arguments: 1);
        }

        base.Visit(node);
    }

    public override void Visit(ScriptFunctionCall node)
    {
        var piped = node.Parent is ScriptPipeCall pipe && ReferenceEquals(pipe.To, node);
        if (node.Target is ScriptVariableGlobal function)
        {
            CheckCall(node, function, node.Arguments.Count + (piped ? 1 : 0));
        }
        else
        {
            Add(node, TemplateIssueCodes.Syntax, $"'{Snippet(node)}' is not allowed; call one of {string.Join(", ", TemplateHelpers.Names)}");
        }

        base.Visit(node);
    }

    public override void Visit(ScriptVariableGlobal node)
    {
        if (_callTargets.Contains(node))
        {
            return;
        }

        if (TemplateHelpers.Names.Contains(node.Name))
        {
            Add(node, TemplateIssueCodes.Syntax, $"{node.Name} needs a value, e.g. {{{{ deadline | {node.Name} }}}}");
            return;
        }

        variables.Add(new(node.Name, node.Span.Start.Line + 1, node.Span.Start.Column + 1));
    }

    protected override void DefaultVisit(ScriptNode? node)
    {
        if (node is (ScriptStatement or ScriptExpression) and not (
            ScriptBlockStatement or ScriptRawStatement or ScriptExpressionStatement or ScriptIfStatement or ScriptElseStatement
            or ScriptEscapeStatement or ScriptEndStatement or ScriptNopStatement or ScriptVariableGlobal or ScriptFunctionCall or ScriptPipeCall or ScriptLiteral
            or ScriptNestedExpression or ScriptBinaryExpression or ScriptUnaryExpression))
        {
            Add(node, TemplateIssueCodes.Syntax, $"'{Snippet(node)}' is not allowed; a template may use variables, the functions {string.Join(", ", TemplateHelpers.Names)} and if/else");
            return;
        }

        base.DefaultVisit(node);
    }

    private void CheckCall(ScriptNode call, ScriptVariableGlobal function, int arguments)
    {
        _callTargets.Add(function);
        if (!TemplateHelpers.Names.Contains(function.Name))
        {
            Add(function, TemplateIssueCodes.UnknownHelper, $"'{function.Name}' is not a template function; use one of {string.Join(", ", TemplateHelpers.Names)}");
        }
        else if (arguments != 1)
        {
            Add(call, TemplateIssueCodes.Syntax, $"{function.Name} takes exactly one value, e.g. {{{{ deadline | {function.Name} }}}}");
        }
    }

    // A comparison, or and/or/not of comparisons: never Scriban's own truthiness, under which 0 and "" are true.
    private static bool IsExplicit(ScriptExpression? condition) => condition switch
    {
        ScriptNestedExpression nested => IsExplicit(nested.Expression),
        ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not } not => IsExplicit(not.Right),
        ScriptBinaryExpression { Operator: ScriptBinaryOperator.And or ScriptBinaryOperator.Or } logical => IsExplicit(logical.Left) && IsExplicit(logical.Right),
        ScriptBinaryExpression
        {
            Operator: ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual or ScriptBinaryOperator.CompareLess
                or ScriptBinaryOperator.CompareLessOrEqual or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual,
        } => true,
        _ => false,
    };

    private void Add(ScriptNode node, string code, string message) =>
        findings.Add(new(node.Span.Start.Line + 1, node.Span.Start.Column + 1, code, message));

    private static string Snippet(ScriptNode node)
    {
        var text = node.ToString()?.Trim() ?? string.Empty;
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
