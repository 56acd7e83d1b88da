namespace Notify.Core.Channels;

/// <summary>A WeCom app message of type textcard: title, description, the link it opens and the button text.</summary>
public sealed record WeComTextCardContent(string Title, string Description, string Url, string ButtonText) : MessageContent;
