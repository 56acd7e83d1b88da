using Notify.LocalHost.Cli;
using Notify.LocalHost.Local;
using System.Globalization;
using Notify.Core.Units;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Steps b–f of <c>notify demo</c> on a prepared storage account (step a is <see cref="Hosting.NotifyApp.PrepareStorageAsync"/>):
/// unit contacts, residents, the three samples, automatic approval, and the schedule overview. Each step skips what an
/// earlier run already did, so running it again changes nothing and is quick.
/// </summary>
public sealed class DemoSetup(IServiceProvider services)
{
    public async Task<DemoReport> RunAsync(DemoOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);

        await output.WriteLineAsync("demo [b] unit contacts");
        var directory = services.GetService<UnitDirectory>() ?? UnitDirectory.LoadDefault();
        var (added, withContacts) = await ActivatorUtilities.CreateInstance<UnitContactSeeding>(services, directory).EnsureAsync(cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  units: {withContacts:N0} of {directory.Units.Count:N0} directory units have contacts ({added:N0} demo contacts added now)"));

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"demo [c] residents ({options.Residents:N0}, seed {options.Seed})"));
        var imported = await Create<ResidentSeeding>().EnsureAsync(options.Residents, options.Seed, output, cancellationToken);

        await output.WriteLineAsync("demo [d] sample documents");
        var policies = await Create<SampleIntake>().IngestAsync(options.SamplesFolder, output, cancellationToken);

        await output.WriteLineAsync("demo [e] review");
        var templates = await Create<DemoTemplateUpgrade>().UpgradeAsync(cancellationToken);
        if (templates.Count > 0)
        {
            await output.WriteLineAsync($"  *** DEMO MODE approved and activated the newer shipped templates as '{DemoApproval.Actor}': {string.Join(", ", templates)} ***");
        }

        var senders = await Create<DemoSenderProfiles>().EnsureAsync(policies.Select(policy => policy.PolicyId), cancellationToken);
        if (senders.Count > 0)
        {
            await output.WriteLineAsync($"  *** DEMO MODE sender profiles with invented contact details, approved as '{DemoApproval.Actor}': {string.Join("、", senders)} ***");
        }

        var approvals = await Create<DemoApproval>().ApproveAsync(policies.Select(policy => policy.PolicyId), cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  *** DEMO MODE auto-approved {approvals.Approved} items as '{DemoApproval.Actor}' — no person reviewed them ***"));
        if (approvals.Blocked + approvals.Skipped > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  left for a person: {approvals.Blocked} items that cannot be approved as extracted, {approvals.Skipped} that changed meanwhile"));
        }

        await output.WriteLineAsync("demo [f] scheduled");
        var scheduled = await Create<ScheduleOverview>().ListAsync(cancellationToken);
        TerminalAwareConsole.Create(output).Write(ScheduleOverview.Render(scheduled));

        return new DemoReport(added, withContacts, imported, policies, approvals, scheduled);
    }

    private T Create<T>() => ActivatorUtilities.CreateInstance<T>(services);
}
