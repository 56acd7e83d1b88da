namespace Notify.Core.Templates;

/// <summary>A notice kind's default template as shipped in templates/: its schema and its texts (version <see cref="DefaultTemplates.Version"/>).</summary>
public sealed record DefaultTemplate(TemplateSchema Schema, TemplateContent Content);
