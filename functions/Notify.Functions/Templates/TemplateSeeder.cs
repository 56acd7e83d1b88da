namespace Notify.Functions.Templates;

/// <summary>
/// Puts the shipped default templates into storage at start. A kind that is not there yet gets
/// version 1, approved and active. A kind admins already have is never overwritten: if the shipped
/// defaults changed since they were last seeded, they arrive as a new draft for review.
/// </summary>
public sealed class TemplateSeeder(TemplateCatalog catalog, TemplateStore store, ILogger<TemplateSeeder> logger)
{
    public const string SeedSource = "seed";
    private const string SeedActor = "Notify defaults";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, template) in catalog.Defaults)
        {
            var head = await store.FindHeadAsync(key, cancellationToken);
            if (head is null)
            {
                await store.AddVersionAsync(key, template.Content, TemplateVersionState.Approved, SeedSource, SeedActor, SeedSource, activate: true, cancellationToken);
                logger.LogInformation("Template {Key}: seeded version 1 from the shipped defaults", key);
                continue;
            }

            var versions = await store.ListVersionsAsync(key, cancellationToken);
            var lastSeed = versions.Where(v => v.Source == SeedSource).MaxBy(v => v.Version);
            if (lastSeed is not null && lastSeed.ContentSha256 != TemplateStore.Hash(template.Content with { Key = key }))
            {
                var draft = await store.AddVersionAsync(key, template.Content, TemplateVersionState.Draft, SeedSource, SeedActor, SeedSource, activate: false, cancellationToken);
                logger.LogInformation("Template {Key}: the shipped defaults changed; added them as draft version {Version} for review", key, draft.Version);
            }
        }
    }
}
