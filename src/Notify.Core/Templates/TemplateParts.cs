namespace Notify.Core.Templates;

/// <summary>The names of the parts of a channel's template, as issues and errors report them.</summary>
public static class TemplateParts
{
    public const string Body = "body";
    public const string Title = "title";
    public const string Description = "description";
    public const string Url = "url";
    public const string ButtonText = "buttonText";
    public const string Subject = "subject";
    public const string Html = "html";
    public const string Text = "text";

    /// <summary>A WeChat keyword field, e.g. fields.thing1.</summary>
    public static string Field(string name) => "fields." + name;
}
