namespace Notify.Functions.Tests.Support;

/// <summary>Waits for asynchronous work the test started to become visible; fails with the last value seen.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int timeoutSeconds = 20)
    {
        var deadline = Environment.TickCount64 + (timeoutSeconds * 1000L);
        T value;
        do
        {
            value = await probe();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(50);
        }
        while (Environment.TickCount64 < deadline);

        Assert.Fail($"Waited {timeoutSeconds} s for {what}; last value: {value}");
        return value;
    }

    public static Task<T> ReturnsAsync<T>(Func<T> probe, Func<T, bool> done, string what, int timeoutSeconds = 20) =>
        ReturnsAsync(() => Task.FromResult(probe()), done, what, timeoutSeconds);
}
