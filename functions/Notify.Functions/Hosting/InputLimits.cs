using Notify.Functions.Acknowledgements;
using Notify.Functions.Eligibility;
using Notify.Functions.Ingest;
using Notify.Functions.Templates;

namespace Notify.Functions.Hosting;

/// <summary>
/// How much one HTTP request may carry and how long it may run, in one place: body size and time per route, the
/// length of route and query values, and of the strings in a JSON body. Checked by <see cref="RequestGuard"/> before
/// a function runs and by <see cref="HttpRequestReading.ReadJsonAsync{T}"/> before a body is acted on, under both hosts.
/// </summary>
public static class InputLimits
{
    /// <summary>A JSON edit, a note, a sender profile, unit contacts, a provider callback.</summary>
    public const long SmallBodyBytes = 64 * 1024;

    /// <summary>A template's texts: every locale and channel of one notice kind.</summary>
    public const long TemplateBodyBytes = 512 * 1024;

    /// <summary>Up to <see cref="ResidentChangeIntake.MaxEvents"/> change events of a few hundred bytes each.</summary>
    public const long ResidentChangesBodyBytes = 4 * 1024 * 1024;

    /// <summary>A policy document with room for a multipart form's headers and labels.</summary>
    public const long DocumentUploadBodyBytes = PolicyUploadLimits.MaxDocumentBytes + (64 * 1024);

    /// <summary>Ids and keys in the path: policy, item, template key, unit, resident, job, authority.</summary>
    public const int RouteValueLength = 128;

    /// <summary>A signed acknowledgement link's token carries its ids and signature; its page explains a bad one.</summary>
    public const int LinkTokenLength = AcknowledgementLinks.MaxTokenLength;

    public const int QueryValueLength = 512;

    public const int QueryParameterCount = 20;

    /// <summary>Any string in a JSON body not named below.</summary>
    public const int JsonTextLength = 1_000;

    /// <summary>Any string in a template's texts (an email's HTML is the longest).</summary>
    public const int TemplateTextLength = 16_000;

    /// <summary>A reviewer's note on an approval or rejection (a Table property holds at most 32K characters).</summary>
    public const int NoteLength = 2_000;

    /// <summary>A unit's name in an edit; the directory's longest is under 40.</summary>
    public const int UnitNameLength = 100;

    /// <summary>How long a request may run before its work is stopped and it is answered 503.</summary>
    public static readonly TimeSpan RequestTime = TimeSpan.FromSeconds(30);

    /// <summary>An upload may be slow to arrive.</summary>
    public static readonly TimeSpan UploadRequestTime = TimeSpan.FromSeconds(120);

    private static readonly Dictionary<string, int> NamedTextLengths = new(StringComparer.Ordinal)
    {
        ["note"] = NoteLength,
        ["name"] = UnitNameLength,
    };

    /// <summary>The largest body the function takes, in bytes.</summary>
    public static long BodyBytesOf(string functionName) => functionName switch
    {
        nameof(SubmitPolicy) => DocumentUploadBodyBytes,
        nameof(SubmitResidentChanges) => ResidentChangesBodyBytes,
        nameof(SaveTemplateVersion) or nameof(ValidateTemplate) => TemplateBodyBytes,
        _ => SmallBodyBytes,
    };

    /// <summary>How long the function may run for one request.</summary>
    public static TimeSpan TimeOf(string functionName) =>
        functionName is nameof(SubmitPolicy) or nameof(SubmitResidentChanges) ? UploadRequestTime : RequestTime;

    /// <summary>The most characters a route value may have.</summary>
    public static int RouteValueLengthOf(string name) => name == "token" ? LinkTokenLength : RouteValueLength;

    /// <summary>The most characters a JSON string may have: by its field name, else by the body it is in.</summary>
    public static int TextLengthOf(string fieldName, Type bodyType) =>
        NamedTextLengths.TryGetValue(fieldName, out var named) ? named
        : bodyType == typeof(TemplateSubmission) ? TemplateTextLength
        : JsonTextLength;
}
