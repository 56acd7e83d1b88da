namespace Notify.Core.Notices;

/// <summary>A short text suggested for a reviewer to confirm, or null with the reason none could be made.</summary>
public sealed record TextSuggestion(string? Text, string? Reason)
{
    public static TextSuggestion Of(string text) => new(text, null);

    public static TextSuggestion None(string reason) => new(null, reason);
}
