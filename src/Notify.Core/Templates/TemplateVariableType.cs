namespace Notify.Core.Templates;

/// <summary>What a template variable holds; decides how its sample value is typed and which helper suits it.</summary>
public enum TemplateVariableType
{
    String,
    Date,
    Money,
    Integer,
    Days,
    Url,
    Phone,
}
