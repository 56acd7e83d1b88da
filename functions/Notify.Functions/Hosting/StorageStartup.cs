using Notify.Functions.Storage;

namespace Notify.Functions.Hosting;

/// <summary>
/// Under the Functions host: makes sure the default templates are seeded before the first message is sent
/// (queues, tables and containers come from the Bicep deployment, and are created here too if missing).
/// </summary>
public sealed class StorageStartup(StorageProvisioner provisioner, Templates.TemplateSeeder seeder) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await provisioner.EnsureAsync(cancellationToken);
        await seeder.SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
