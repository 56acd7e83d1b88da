namespace Notify.Core.Templates;

/// <summary>A WeCom textcard template: title, description, link and button text.</summary>
public sealed record WeComTemplate(string Title, string Description, string Url, string ButtonText);
