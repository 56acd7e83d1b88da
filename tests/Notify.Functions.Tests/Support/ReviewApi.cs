using System.Net.Http.Json;
using System.Text.Json;

namespace Notify.Functions.Tests.Support;

/// <summary>Reads and edits review items over HTTP as JSON, failing the test with the body when an edit is refused.</summary>
public static class ReviewApi
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient http, string href)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(href, UriKind.Relative)));
        return document.RootElement.Clone();
    }

    public static async Task<List<JsonElement>> GetJsonListAsync(this HttpClient http, string href) =>
        [.. (await http.GetJsonAsync(href)).EnumerateArray()];

    /// <summary>PATCHes an item and answers the item view the edit returned.</summary>
    public static async Task<JsonElement> PatchItemAsync(this HttpClient http, string href, object edit)
    {
        using var response = await http.PatchAsJsonAsync(href, edit);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var edited = JsonDocument.Parse(body);
        return edited.RootElement.Clone();
    }
}
