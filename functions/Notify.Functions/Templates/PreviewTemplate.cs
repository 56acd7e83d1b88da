using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Core.Templates;
using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>POST /api/templates/{key}/preview: the message a version renders for sample or given data, in a known locale (and which locale's texts it fell back to).</summary>
public sealed class PreviewTemplate(TemplateStore store, TemplateCatalog catalog, TemplateRenderer renderer)
{
    [Function(nameof(PreviewTemplate))]
    [RequireApiKey]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "templates/{key}/preview")] HttpRequest request, string key, CancellationToken cancellationToken)
    {
        var json = await request.ReadJsonAsync<TemplatePreviewRequest>(optional: false, cancellationToken);
        if (json.Problem is { } invalidJson)
        {
            return invalidJson;
        }

        return await HandleAsync(key, json.Value!, store, catalog, renderer, cancellationToken);
    }

    private static async Task<IResult> HandleAsync(
        string key, TemplatePreviewRequest request, TemplateStore store, TemplateCatalog catalog, TemplateRenderer renderer, CancellationToken cancellationToken)
    {
        if (!TemplateLocales.All.Contains(request.Locale, StringComparer.Ordinal))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown locale",
                detail: $"There are no templates in locale '{request.Locale}'; the known locales are {string.Join(", ", TemplateLocales.All)}.");
        }

        var schema = catalog.SchemaOf(key);
        var head = await store.FindHeadAsync(key, cancellationToken);
        var versionNumber = request.Version ?? head?.ActiveVersion;
        var version = versionNumber is { } number ? await store.FindVersionAsync(key, number, cancellationToken) : null;
        if (schema is null || version is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nothing to preview",
                detail: $"Template '{key}' has no {(request.Version is null ? "active version" : $"version {request.Version}")}.");
        }

        var data = request.Data is null ? schema.SampleData() : request.Data.ToDictionary(pair => pair.Key, pair => (object?)pair.Value);
        try
        {
            var rendered = renderer.Render(version.Content, request.Locale, request.Channel, data);
            var renderedLocale = version.Content.ForLocale(request.Locale, request.Channel).Locale;
            return Results.Ok(new { key, version = version.Version, request.Locale, renderedLocale, request.Channel, message = (object)rendered });
        }
        catch (Exception exception) when (exception is TemplateRenderException or InvalidOperationException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The template cannot be rendered with this data", detail: exception.Message);
        }
    }
}
