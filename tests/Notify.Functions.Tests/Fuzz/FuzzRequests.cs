using Notify.Functions.Access;

namespace Notify.Functions.Tests.Fuzz;

/// <summary>
/// Makes the requests of a fuzz run from a seeded RNG: mostly real path values, sometimes mutated ones (huge, escaped
/// separators, control characters); mostly the every-role key, sometimes none, a wrong one, a huge one or one without
/// the role; for routes that take a body, valid examples, their mutations and unrelated bytes, and now and then a
/// Content-Length that lies.
/// </summary>
public sealed class FuzzRequests(Random random, IReadOnlyDictionary<string, string> pathValues, IReadOnlyDictionary<string, FuzzExample> examples, FuzzKeys keys)
{
    private static readonly string[] OddPathValues =
        [new string('a', 3_000), "%00", "%23", "%3F", "%2F", "..", "%2e%2e", "a%20b", "'%3B--", "-1", "99999999999999999999", "null", "%E4%B8%AD%E6%96%87", "%F0%9F%98%80", "%C3%28", "%0D%0AX:1"];

    private readonly FuzzBodies _bodies = new(random);

    public FuzzRequest Next(FuzzRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var path = route.Path(PathValue) + Query();
        var headers = Headers();
        if (!route.TakesBody)
        {
            return random.Next(10) == 0
                ? Body(route, path, headers, _bodies.Unrelated())
                : new FuzzRequest(route, path, headers, null, null);
        }

        var example = examples.GetValueOrDefault(route.Function);
        var roll = random.Next(10);
        var body = example is null ? _bodies.Unrelated()
            : roll < 2 ? (example.Body, example.ContentType)
            : roll < 9 ? _bodies.Mutate(example)
            : _bodies.Unrelated();
        return Body(route, path, headers, body);
    }

    private FuzzRequest Body(FuzzRoute route, string path, IReadOnlyList<KeyValuePair<string, string>> headers, (byte[] Body, string? ContentType) body) =>
        new(route, path, headers, body.Body, body.ContentType, random.Next(25) == 0 ? Pick([-3, 5, 200]) : null);

    private string PathValue(string name) =>
        random.Next(5) > 0 && pathValues.TryGetValue(name, out var good) ? Uri.EscapeDataString(good) : Pick(OddPathValues);

    private string Query() => random.Next(6) switch
    {
        0 => "?state=" + Pick(["proposed", "%00", new string('q', 2_000)]) + "&needsReview=" + Pick(["true", "yes", ""]),
        1 => "?top=" + Pick(["20", "-1", "99999999999", "x"]) + "&against=" + Pick(["1", "0", "abc"]),
        2 => "?" + string.Join('&', Enumerable.Range(0, 40).Select(i => $"p{i}=1")),
        3 => "?title=" + Uri.EscapeDataString(new string('题', random.Next(2) == 0 ? 10 : 400)) + "&issuer=x",
        _ => "",
    };

    private List<KeyValuePair<string, string>> Headers()
    {
        var headers = new List<KeyValuePair<string, string>>();
        var key = random.Next(20) switch
        {
            0 => null,
            1 => "not-a-key",
            2 => new string('k', 20_000),
            3 => keys.Operator,
            4 => keys.Auditor,
            5 => keys.Full + "x",
            _ => keys.Full,
        };
        if (key is not null)
        {
            headers.Add(new(ApiKeyFormat.HeaderName, key));
        }

        if (random.Next(8) == 0)
        {
            headers.Add(new(Pick(["If-Match", "X-Twilio-Signature", "Accept", "Content-Encoding"]), Pick(["*", "\"0x8D\"", "gzip", new string('h', 6_000), "text/html"])));
        }

        return headers;
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
