namespace Notify.Functions.Templates;

/// <summary>A template version is saved as a draft, approved by someone other than its editor, then may be made active.</summary>
public static class TemplateVersionState
{
    public const string Draft = "draft";
    public const string Approved = "approved";
}
