using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Notify.Core.Units;

namespace Notify.Functions.Units;

/// <summary>
/// Made-up contacts for every directory unit, the same on every run: WeCom user "u-" + the id with '.' as '-', a
/// phone in the test-style range 198 0000 0000–198 0000 9999 picked by hashing the unit id, and
/// "&lt;id below the jurisdiction&gt;@&lt;jurisdiction&gt;.notify.example".
/// </summary>
public static class DemoUnitContacts
{
    private const int PhoneRange = 10_000;

    public static IReadOnlyList<UnitContact> Generate(UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var taken = new HashSet<int>();
        var contacts = new List<UnitContact>();
        foreach (var unit in directory.Units.OrderBy(unit => unit.Id, StringComparer.Ordinal))
        {
            // Collisions move to the next free number, visiting units in id order, so the result stays deterministic.
            var slot = Hash(unit.Id);
            while (!taken.Add(slot))
            {
                slot = (slot + 1) % PhoneRange;
            }

            contacts.Add(new UnitContact(
                unit.Id,
                unit.Name,
                unit.Level,
                ["u-" + unit.Id.Replace('.', '-')],
                ["+861980000" + slot.ToString("D4", CultureInfo.InvariantCulture)],
                [EmailLocalPart(unit) + "@" + unit.Jurisdiction + ".notify.example"]));
        }

        return contacts;
    }

    private static int Hash(string unitId) =>
        (int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(unitId))) % PhoneRange);

    private static string EmailLocalPart(Unit unit)
    {
        var local = unit.Id.StartsWith(unit.Jurisdiction + ".", StringComparison.Ordinal) ? unit.Id[(unit.Jurisdiction.Length + 1)..] : unit.Id;
        return local.Replace('.', '-');
    }
}
