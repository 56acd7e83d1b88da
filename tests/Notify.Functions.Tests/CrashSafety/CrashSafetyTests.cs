using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Tests.Pipeline;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.CrashSafety;

/// <summary>
/// The built app as a separate process, killed with SIGKILL in the middle of a delivery and started again: every
/// recipient is still reached, and the only repeats are sends that were in flight when the process died: rows
/// claimed for a send whose outcome was not recorded yet.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrashSafetyTests
{
    private const int Recipients = 5_000;

    [Fact]
    public async Task An_app_killed_mid_delivery_and_restarted_loses_nobody_and_repeats_only_sends_in_flight()
    {
        var folder = Directory.CreateTempSubdirectory("notify-crash-");
        var sendLog = Path.Combine(folder.FullName, "sends.log");
        var settings = new Dictionary<string, string>
        {
            ["Notify__Channels__Sandbox__SendLog"] = sendLog,
            ["Notify__Channels__Sandbox__RecordInTable"] = "false",
            // The killed process's messages must come back within the test, not after the default 10-minute lease.
            ["Notify__LocalHost__MessageLease"] = "00:00:15",
            // The test runs on real time at any hour; resident sends would otherwise wait out 21:00–08:00 Shanghai.
            ["Notify__Schedule__QuietHours"] = "none",
        };

        try
        {
            // The first start also creates the tables the scenario is written to.
            var first = await AppProcess.StartAsync(settings);
            CrashScenario scenario;
            await using (first)
            {
                scenario = await CrashScenario.SeedAsync(Recipients);
                await Eventually.ReturnsAsync(
                    () => scenario.SendsByRecipient(sendLog).Values.Sum(),
                    sent => sent >= Recipients * 2 / 5,
                    "the first 40% of the sends (the minute sweep starts the job)",
                    timeoutSeconds: 150);
                await first.KillAsync();
            }

            var sendsAtKill = scenario.SendsByRecipient(sendLog).Values.Sum();
            Assert.True(sendsAtKill < Recipients, $"the kill came after the delivery ended ({sendsAtKill} sends)");
            var inFlight = (await PipelineHarness.DeliveriesAsync(scenario.JobId)).Where(row => row.Value.GetString("Status") == nameof(DeliveryStatus.Claimed))
                .Select(row => row.Key).ToHashSet(StringComparer.Ordinal);

            await using (var second = await AppProcess.StartAsync(settings))
            {
                var jobs = new FanOutJobStore(TestAccount.Clients, TimeProvider.System);
                await Eventually.ReturnsAsync(
                    () => jobs.GetProgressAsync(scenario.JobId, CancellationToken.None),
                    progress => progress is { Finished: true },
                    "the job to finish after the restart",
                    timeoutSeconds: 180);
            }

            var rows = await PipelineHarness.DeliveriesAsync(scenario.JobId);
            var sends = scenario.SendsByRecipient(sendLog);
            var lost = scenario.RecipientIds.Count(id => !sends.ContainsKey(id) && rows.GetValueOrDefault(id)?.GetString("Status") != nameof(DeliveryStatus.Delivered));
            var duplicates = sends.Values.Sum(count => count - 1);
            Assert.Equal(0, lost);
            Assert.True(duplicates <= inFlight.Count, $"{duplicates} duplicate sends, {inFlight.Count} rows in flight at the kill");
            Assert.All(sends.Where(pair => pair.Value > 1), pair => Assert.Contains(pair.Key, inFlight));
            Assert.Equal(Recipients, rows.Values.Count(row => row.GetString("Status") == nameof(DeliveryStatus.Delivered)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
