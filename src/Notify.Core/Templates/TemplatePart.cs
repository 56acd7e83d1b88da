using System.Text.Json.Serialization;
using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>One template text (Scriban): its locale, channel, part name (see <see cref="TemplateParts"/>) and source.</summary>
public sealed record TemplatePart(string Locale, ChannelKind Channel, string Part, string Source)
{
    /// <summary>Whether the part is HTML, so its variables are HTML-escaped.</summary>
    [JsonIgnore]
    public bool IsHtml => Channel == ChannelKind.Email && Part == TemplateParts.Html;
}
