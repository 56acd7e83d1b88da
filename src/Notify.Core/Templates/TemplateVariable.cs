using System.Globalization;
using System.Text.Json.Serialization;

namespace Notify.Core.Templates;

/// <summary>One variable a notice kind's templates may use, with a sample value for previews and validation.</summary>
public sealed record TemplateVariable(string Name, TemplateVariableType Type, string Sample, bool Required = true, string? Description = null)
{
    /// <summary>The sample typed as a caller would pass it: a decimal for money, an int for integers and days, otherwise the text.</summary>
    [JsonIgnore]
    public object SampleValue => Type switch
    {
        TemplateVariableType.Money => decimal.Parse(Sample, NumberStyles.Number, CultureInfo.InvariantCulture),
        TemplateVariableType.Integer or TemplateVariableType.Days => int.Parse(Sample, NumberStyles.Integer, CultureInfo.InvariantCulture),
        _ => Sample,
    };
}
