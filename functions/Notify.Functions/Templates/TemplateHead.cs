namespace Notify.Functions.Templates;

/// <summary>A notice kind's latest and active version numbers (the row "head" in the kind's partition).</summary>
public sealed record TemplateHead(string Key, int LatestVersion, int? ActiveVersion, string ETag);
