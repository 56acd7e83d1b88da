using System.Globalization;
using Notify.Core.Channels;
using Notify.Functions.Channels;

namespace Notify.Functions.Deliver;

/// <summary>
/// Why a recipient was not reached, in words a job and a preview count by: a few fixed phrases for recipients no
/// channel could even be tried for, and "channel: provider code" for sends a provider refused.
/// </summary>
public static class DeliveryReasons
{
    public const string NoAddress = "no address on any channel";
    public const string OptedOut = "opted out of every channel";
    public const string OptedOutOrNoAddress = "opted out of the channels they have an address for";
    public const string NoContent = "the template has no content for their channels";
    public const string NoChannel = "no channel to try";
    public const string DailyCap = "daily cap reached";

    /// <summary>Why a recipient whose sends kept failing temporarily was given up on.</summary>
    public static string GaveUp(int attempts, string? reason) =>
        string.Create(CultureInfo.InvariantCulture, $"gave up after {attempts} attempts: {reason}");

    /// <summary>Why none of the channels could be tried, from the skipped attempts.</summary>
    public static string Unreachable(IReadOnlyList<ChannelFallbackAttempt> skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        var codes = skipped.Select(attempt => attempt.Result.ErrorCode).Distinct().ToList();
        return codes switch
        {
            [] => NoChannel,
            ["no-address"] => NoAddress,
            ["opted-out"] => OptedOut,
            _ when codes.Contains("no-content") => NoContent,
            _ => OptedOutOrNoAddress,
        };
    }

    /// <summary>Why a fallback run reached nobody; null when it sent.</summary>
    public static string? Of(ChannelFallbackResult outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Status == ChannelFallbackStatus.Sent)
        {
            return null;
        }

        var tried = outcome.Attempts.LastOrDefault(attempt => !attempt.Skipped);
        return tried is null
            ? Unreachable(outcome.Attempts)
            : $"{tried.Channel}: {tried.Result.ErrorCode ?? Describe(tried.Result.Outcome)}";
    }

    private static string Describe(SendOutcome outcome) => outcome switch
    {
        SendOutcome.TemporaryFailure => "temporary failure",
        SendOutcome.PermanentFailure => "permanent failure",
        SendOutcome.Suppressed => "suppressed",
        _ => "technical failure",
    };
}
