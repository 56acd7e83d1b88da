namespace Notify.Functions.Channels.Sms;

/// <summary>
/// Twilio's last HTTP answer within one send: its status, raw body and Retry-After, which the SDK's
/// result and exceptions leave out. The channel opens one per send; the resilience handler, running
/// in the same async flow under the SDK's call, fills it in.
/// </summary>
public sealed class TwilioAnswer
{
    private static readonly AsyncLocal<TwilioAnswer?> Current = new();

    private TwilioAnswer()
    {
    }

    /// <summary>The HTTP status; 0 while Twilio has not answered.</summary>
    public int HttpStatus { get; private set; }

    public string? Body { get; private set; }

    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>Starts recording for the calls the current async flow makes from now on.</summary>
    public static TwilioAnswer Open()
    {
        var answer = new TwilioAnswer();
        Current.Value = answer;
        return answer;
    }

    /// <summary>Records a (buffered) response for the send in progress, if one is being recorded.</summary>
    public static async Task RecordAsync(HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (Current.Value is not { } answer)
        {
            return;
        }

        answer.HttpStatus = (int)response.StatusCode;
        answer.Body = await response.Content.ReadAsStringAsync(cancellationToken);
        answer.RetryAfter = TwilioRetryAfter.From(response.Headers.RetryAfter, now);
    }
}
