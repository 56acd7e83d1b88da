using Microsoft.AspNetCore.Http;
using Notify.Functions.Templates;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Demo step e, before approval: in storage an earlier run filled, shipped defaults that changed since arrive as seed
/// drafts (TemplateSeeder). Where the version in use is itself a seed, nobody edited the kind, so the demo approves and
/// activates the newer seed as <see cref="DemoApproval.Actor"/> (DEMO MODE, not a human review); kinds an admin saved
/// versions of are left for a person.
/// </summary>
public sealed class DemoTemplateUpgrade(TemplateCatalog catalog, TemplateStore store, TemplateWorkflow workflow)
{
    public async Task<IReadOnlyList<string>> UpgradeAsync(CancellationToken cancellationToken)
    {
        var upgraded = new List<string>();
        foreach (var key in catalog.Defaults.Keys)
        {
            var versions = await store.ListVersionsAsync(key, cancellationToken);
            var head = await store.FindHeadAsync(key, cancellationToken);
            var active = versions.FirstOrDefault(version => version.Version == head?.ActiveVersion);
            var newest = versions.MaxBy(version => version.Version);
            if (active is not { Source: TemplateSeeder.SeedSource } || newest is not { Source: TemplateSeeder.SeedSource, State: TemplateVersionState.Draft }
                || newest.Version <= active.Version || versions.Any(version => version.Source != TemplateSeeder.SeedSource))
            {
                continue;
            }

            var approved = await workflow.ApproveAsync(key, newest.Version, DemoApproval.Actor, DemoApproval.Actor, cancellationToken);
            if (approved.Status == StatusCodes.Status200OK
                && (await workflow.ActivateAsync(key, newest.Version, DemoApproval.Actor, cancellationToken)).Status == StatusCodes.Status200OK)
            {
                upgraded.Add($"{key} v{newest.Version}");
            }
        }

        return upgraded;
    }
}
