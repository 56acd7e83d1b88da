using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Notify.Core.Templates;

/// <summary>
/// The Scriban context every template part renders in: strict variables, the locale's closed function
/// set as the only builtins, no .NET members, and loop, recursion and output limits that throw.
/// For an email HTML part every value a template outputs is HTML-escaped; its literal markup is not.
/// </summary>
internal sealed class TemplateRenderContext : TemplateContext
{
    public const int MaxOutputChars = 20_000;
    public const int MaxLoopSteps = 100;
    public const int MaxRecursion = 8;

    private readonly bool _html;

    public TemplateRenderContext(string locale, bool html)
        : base(TemplateFunctions.For(locale))
    {
        _html = html;
        StrictVariables = true;
        LoopLimit = MaxLoopSteps;
        LoopLimitQueryable = MaxLoopSteps;
        RecursiveLimit = MaxRecursion;
        ObjectRecursionLimit = MaxRecursion;
        LimitToString = MaxOutputChars;
        OutputLimit = MaxOutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        MemberFilter = static _ => false;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedTargetAccess = false;
        PushCulture(CultureInfo.InvariantCulture);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (!_html || textAsObject is null)
        {
            return base.Write(span, textAsObject);
        }

        return base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject)));
    }
}
