using System.Net.Http.Json;
using Notify.Functions.Ingest;
using Notify.Testing;

namespace Notify.Functions.Tests.Support;

/// <summary>Uploads one of the samples through the API and waits until ParsePolicy has parsed it.</summary>
public static class SamplePolicies
{
    /// <summary>The policy's API path, "/api/policies/{id}", once it is parsed.</summary>
    public static async Task<string> UploadParsedAsync(NotifyTestApp app, string sampleFile) =>
        await UploadParsedAsync(app, await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Samples, sampleFile)));

    /// <summary>Uploads a document the test wrote; the policy's API path once it is parsed.</summary>
    public static async Task<string> UploadParsedAsync(NotifyTestApp app, byte[] text)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var response = await app.Http.PostAsync(new Uri("/api/policies", UriKind.Relative), new ByteArrayContent(text));
        var created = (await response.Content.ReadFromJsonAsync<PolicyView>())!;
        var policy = $"/api/policies/{created.Id}";
        await Eventually.ReturnsAsync(() => app.Http.GetFromJsonAsync<PolicyView>(policy), p => p!.Status == PolicyStatus.Parsed, "the plan to be parsed");
        return policy;
    }
}
