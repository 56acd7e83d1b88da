namespace Notify.Core.Templates;

/// <summary>
/// Everything <see cref="TemplateValidator"/> finds in a version: issues that stop it being saved, warnings an editor
/// should read (a costly SMS), and the SMS cost of every locale.
/// </summary>
public sealed record TemplateCheck(IReadOnlyList<TemplateIssue> Issues, IReadOnlyList<TemplateIssue> Warnings, IReadOnlyList<SmsCost> Sms)
{
    public bool IsValid => Issues.Count == 0;
}
