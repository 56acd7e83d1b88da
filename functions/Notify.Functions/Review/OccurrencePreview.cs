namespace Notify.Functions.Review;

/// <summary>
/// One planned occurrence as a send would see it: when (Asia/Shanghai, with offset), the template kind and the active
/// version that would render it, how many recipients by region and by the channel each would get, the recipients no
/// channel reaches counted by reason, and messages rendered for sample recipients per locale and channel.
/// </summary>
public sealed record OccurrencePreview(
    string Id,
    string Purpose,
    DateTimeOffset Due,
    string TemplateKind,
    string Audience,
    int? TemplateVersion,
    IReadOnlyList<string> TemplateProblems,
    long Recipients,
    IReadOnlyDictionary<string, long> ByRegion,
    IReadOnlyDictionary<string, long> ByChannel,
    long Unreachable,
    IReadOnlyDictionary<string, long> UnreachableReasons,
    IReadOnlyList<SampleMessage> Samples);
