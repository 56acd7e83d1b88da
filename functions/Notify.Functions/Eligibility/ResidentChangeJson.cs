using System.Text.Json;
using Notify.Core.Registry;

namespace Notify.Functions.Eligibility;

/// <summary>
/// Reads the JSON array <c>POST /api/residents/changes</c> takes into unvalidated events. An event:
/// <c>{"residentId": "r1", "birthDate": "1966-05-17", "category": "城镇居民", "flags": ["失能"], "region": "baotou.kundulun",
/// "paidThroughYear": 2027, "effectiveAt": "2026-11-22T10:00:00+08:00"}</c>; every field but residentId is optional, and
/// flags is either the full set (an array) or <c>{"add": [...], "remove": [...]}</c>.
/// </summary>
public static class ResidentChangeJson
{
    private static readonly string[] Fields = ["residentId", "birthDate", "category", "flags", "region", "paidThroughYear", "effectiveAt"];

    public static (IReadOnlyList<ResidentChangeFields> Events, IReadOnlyList<ResidentChangeError> Errors) Read(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new ArgumentException("Expected a JSON array.", nameof(array));
        }

        var events = new List<ResidentChangeFields>();
        var errors = new List<ResidentChangeError>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            events.Add(ReadEvent(index, element, errors));
            index++;
        }

        return (events, errors);
    }

    private static ResidentChangeFields ReadEvent(int index, JsonElement element, List<ResidentChangeError> errors)
    {
        void Fail(string field, string reason) => errors.Add(new ResidentChangeError(index, field, reason));
        if (element.ValueKind != JsonValueKind.Object)
        {
            Fail("event", "must be a JSON object");
            return new ResidentChangeFields(null);
        }

        foreach (var property in element.EnumerateObject().Where(property => !Fields.Contains(property.Name, StringComparer.Ordinal)))
        {
            Fail(property.Name, $"is not a field of a change event; expected {string.Join(", ", Fields)}");
        }

        string? Text(string name, bool numberAllowed = false)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String || (numberAllowed && value.ValueKind == JsonValueKind.Number))
            {
                return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            }

            Fail(name, numberAllowed ? "must be a number or a string" : "must be a string");
            return null;
        }

        List<string>? List(JsonElement value, string name)
        {
            if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String))
            {
                return [.. value.EnumerateArray().Select(item => item.GetString()!)];
            }

            Fail(name, "must be an array of strings");
            return null;
        }

        List<string>? flags = null, add = null, remove = null;
        if (element.TryGetProperty("flags", out var flagsValue) && flagsValue.ValueKind != JsonValueKind.Null)
        {
            if (flagsValue.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in flagsValue.EnumerateObject())
                {
                    switch (property.Name)
                    {
                        case "add":
                            add = List(property.Value, "flags.add");
                            break;
                        case "remove":
                            remove = List(property.Value, "flags.remove");
                            break;
                        default:
                            Fail("flags." + property.Name, "is not add or remove");
                            break;
                    }
                }
            }
            else
            {
                flags = List(flagsValue, "flags");
            }
        }

        return new ResidentChangeFields(
            Text("residentId"), Text("birthDate"), Text("category"), flags, add, remove, Text("region"), Text("paidThroughYear", numberAllowed: true), Text("effectiveAt"));
    }
}
