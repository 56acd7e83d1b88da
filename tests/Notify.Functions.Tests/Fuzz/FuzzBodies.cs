using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notify.Functions.Tests.Fuzz;

/// <summary>
/// Mutations of a valid body: fields dropped, duplicated or retyped, huge strings, deep nesting, invalid UTF-8,
/// truncation, whole-body swaps and random bytes; non-JSON bodies get byte-level mutations.
/// </summary>
public sealed class FuzzBodies(Random random)
{
    private static readonly string[] ContentTypes =
        ["application/json", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/octet-stream", "text/html; charset=gb18030"];

    private static readonly Func<JsonNode?>[] OtherValues =
        [() => 123, () => true, () => null, () => new JsonArray(), () => new JsonObject(), () => "文本", () => -1e308, () => new JsonArray(new JsonArray(new JsonArray()))];

    public (byte[] Body, string? ContentType) Mutate(FuzzExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        return random.Next(10) switch
        {
            0 => (Junk(), Pick(ContentTypes)),
            1 => (example.Body, Pick(ContentTypes)),
            2 => (Truncate(example.Body), example.ContentType),
            3 => (InvalidUtf8(example.Body), example.ContentType),
            4 => (Huge(example.IsJson), example.ContentType),
            _ when example.IsJson => (MutateJson(example.Body), example.ContentType),
            _ => (FlipBytes(example.Body), example.ContentType),
        };
    }

    public (byte[] Body, string? ContentType) Unrelated() =>
        random.Next(3) == 0 ? ([], null) : (Junk(), Pick(ContentTypes));

    private byte[] MutateJson(byte[] body)
    {
        var root = JsonNode.Parse(body)!;
        var text = random.Next(8) switch
        {
            0 => Edit(root, (parent, key) => parent.Remove(key)),
            1 => Edit(root, (parent, key) => parent[key] = Pick(OtherValues)()),
            2 => Edit(root, (parent, key) => parent[key] = new string('长', random.Next(2) == 0 ? 3_000 : 40_000)),
            3 => Edit(root, (parent, _) => parent["unexpected" + random.Next(100)] = "?"),
            4 => Duplicate(root),
            5 => Nested(random.Next(2) == 0 ? 70 : 5_000),
            6 => Pick(["null", "[]", "\"text\"", "42", "{}", "[{}]", "{\"a\":"]),
            _ => Edit(root, (parent, key) => parent[key] = new JsonObject { ["deep"] = JsonNode.Parse(Nested(30)) }),
        };
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Applies <paramref name="change"/> to a random property of a random object in the tree.</summary>
    private string Edit(JsonNode root, Action<JsonObject, string> change)
    {
        var objects = Descendants(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count > 0)
        {
            var target = Pick(objects);
            change(target, Pick(target.Select(pair => pair.Key).ToList()));
        }

        return root.ToJsonString();
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(pair => pair.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }

    private static string Duplicate(JsonNode root)
    {
        var text = root.ToJsonString();
        return root is JsonObject { Count: > 0 } o
            ? "{" + JsonSerializer.Serialize(o.First().Key) + ":" + (o.First().Value?.ToJsonString() ?? "null") + "," + text[1..]
            : text;
    }

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private byte[] Truncate(byte[] body) => body.Length == 0 ? body : body[..random.Next(body.Length)];

    private byte[] InvalidUtf8(byte[] body)
    {
        var at = random.Next(body.Length + 1);
        return [.. body[..at], .. Pick<byte[]>([[0xC3, 0x28], [0xFF, 0xFE], [0xE4, 0xB8], [0xED, 0xA0, 0x80]]), .. body[at..]];
    }

    private byte[] FlipBytes(byte[] body)
    {
        var copy = (byte[])body.Clone();
        for (var i = 0; i < Math.Min(8, copy.Length); i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    private byte[] Huge(bool json)
    {
        var filler = new string('大', random.Next(2) == 0 ? 30_000 : 1_500_000);
        return Encoding.UTF8.GetBytes(json ? $"{{\"note\":\"{filler}\",\"name\":\"{filler}\"}}" : filler);
    }

    private byte[] Junk()
    {
        var bytes = new byte[random.Next(1, 2_000)];
        random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
