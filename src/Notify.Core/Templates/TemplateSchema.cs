using System.Text.Json.Serialization;
using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>
/// The variables a notice kind's templates may use (read from templates/&lt;kind&gt;/schema.json).
/// <see cref="NeedsNativeReview"/> lists locales whose text was not written by a native speaker.
/// </summary>
public sealed record TemplateSchema(
    string Kind,
    TemplateAudience Audience,
    string Description,
    IReadOnlyList<TemplateVariable> Variables,
    IReadOnlyList<string>? NeedsNativeReview = null)
{
    public bool Contains(string name) => Find(name) is not null;

    public TemplateVariable? Find(string name)
    {
        foreach (var variable in Variables)
        {
            if (variable.Name == name)
            {
                return variable;
            }
        }

        return null;
    }

    /// <summary>Every variable's sample value, typed, keyed by name: the data for previews and validation.</summary>
    public IReadOnlyDictionary<string, object?> SampleData() =>
        Variables.ToDictionary(variable => variable.Name, variable => (object?)variable.SampleValue, StringComparer.Ordinal);

    /// <summary>The channels this audience is reached on, in default order of preference.</summary>
    [JsonIgnore]
    public IReadOnlyList<ChannelKind> ChannelOrder => Audience == TemplateAudience.Unit
        ? [ChannelKind.WeCom, ChannelKind.Sms, ChannelKind.Email]
        : [ChannelKind.WeChat, ChannelKind.Sms, ChannelKind.Email];

    public static TemplateSchema Parse(string json, string source = "schema.json") => TemplateJson.Read<TemplateSchema>(json, source);
}
