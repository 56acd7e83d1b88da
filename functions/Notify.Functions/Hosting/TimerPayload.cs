using System.Text.Json;

namespace Notify.Functions.Hosting;

/// <summary>Reads and writes the timer object the Functions host passes to a timer function.</summary>
public static class TimerPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        PropertyNameCaseInsensitive = true,
    };

    public static TimerInfo Parse(string payload)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return new TimerInfo(null, IsPastDue: false);
        }

        try
        {
            return JsonSerializer.Deserialize<TimerInfo>(payload, Options) ?? new TimerInfo(null, IsPastDue: false);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The timer payload is not the Functions timer object: {exception.Message}", exception);
        }
    }

    public static string Serialize(TimerInfo timer) => JsonSerializer.Serialize(timer, Options);
}
