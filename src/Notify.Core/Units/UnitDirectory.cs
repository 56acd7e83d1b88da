using System.Text.Json;

namespace Notify.Core.Units;

/// <summary>
/// The unit directory shipped with Notify: Inner Mongolia, its leagues and cities, their banners, counties and
/// districts, each with the standard bureau set of its level (see docs/units.md); Baotou's and Jalaid Banner's units
/// as listed one by one, Jalaid's towns, and named groups (各苏木乡镇 …).
/// </summary>
public sealed class UnitDirectory
{
    private const string ResourceName = "Notify.Core.Units.Data.units.json";
    private const string UnitPrefixChars = "市旗区县盟镇乡苏";

    private static readonly Lazy<UnitDirectory> DefaultDirectory = new(LoadEmbedded);

    private readonly Dictionary<string, Unit> _byId;
    private readonly Dictionary<string, Jurisdiction> _jurisdictions;
    private readonly Dictionary<string, Dictionary<string, NameEntry>> _namesByJurisdiction;
    private readonly Dictionary<string, NameEntry> _qualifiedNames;
    private readonly (string Text, Jurisdiction Place)[] _placeNames;
    private readonly Dictionary<char, (string Text, Jurisdiction Place)[]> _placeNamesByFirstChar;
    private readonly Dictionary<char, string[]> _notPlaceNamesByFirstChar;
    private readonly Dictionary<string, Jurisdiction[]> _chains;
    private readonly HashSet<int> _nameOpenings = [];
    private int _longestName;

    public UnitDirectory(IReadOnlyList<Jurisdiction> jurisdictions, IReadOnlyList<Unit> units)
        : this(jurisdictions, units, [])
    {
    }

    /// <param name="jurisdictions">The places units belong to.</param>
    /// <param name="units">Every unit and group.</param>
    /// <param name="notPlaceNames">Text holding a place name that names something else ("新疆维吾尔自治区" holds "自治区").</param>
    public UnitDirectory(IReadOnlyList<Jurisdiction> jurisdictions, IReadOnlyList<Unit> units, IReadOnlyList<string> notPlaceNames)
    {
        ArgumentNullException.ThrowIfNull(notPlaceNames);
        ArgumentNullException.ThrowIfNull(jurisdictions);
        ArgumentNullException.ThrowIfNull(units);
        Jurisdictions = jurisdictions;
        Units = units;
        _jurisdictions = jurisdictions.ToDictionary(j => j.Id, StringComparer.Ordinal);
        _byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _placeNames = [.. jurisdictions
            .SelectMany(j => j.ShortNames.Prepend(j.Name).Select(text => (text, j)))
            .OrderByDescending(p => p.text.Length)];
        _placeNamesByFirstChar = _placeNames
            .GroupBy(p => p.Text[0])
            .ToDictionary(g => g.Key, g => g.ToArray());
        _notPlaceNamesByFirstChar = notPlaceNames
            .Where(text => text.Length > 0)
            .GroupBy(text => text[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(text => text.Length).ToArray());
        _chains = jurisdictions.ToDictionary(j => j.Id, j => BuildChain(j).ToArray(), StringComparer.Ordinal);
        _namesByJurisdiction = new(StringComparer.Ordinal);
        _qualifiedNames = new(StringComparer.Ordinal);
        foreach (var (placeText, _) in _placeNames)
        {
            AddOpening(placeText);
        }

        foreach (var unit in units)
        {
            if (!_jurisdictions.ContainsKey(unit.Jurisdiction))
            {
                throw new InvalidDataException($"Unit {unit.Id} names unknown jurisdiction {unit.Jurisdiction}.");
            }

            AddName(unit, unit.Name, historical: false);
            foreach (var alias in unit.Aliases)
            {
                AddName(unit, alias, historical: false);
            }

            foreach (var former in unit.FormerNames)
            {
                AddName(unit, former, historical: true);
            }
        }

        LongestResolvableName = (_placeNames.Length == 0 ? 0 : _placeNames[0].Text.Length * _chains.Values.Max(chain => chain.Length))
            + jurisdictions.Select(j => j.UnitPrefix.Length).DefaultIfEmpty(0).Max()
            + _longestName;
    }

    public IReadOnlyList<Unit> Units { get; }

    /// <summary>
    /// No name longer than this resolves: the deepest chain of place names, a repeated unit prefix, then the longest
    /// unit name. Lets callers skip work on text that cannot be a name.
    /// </summary>
    internal int LongestResolvableName { get; }

    public IReadOnlyList<Jurisdiction> Jurisdictions { get; }

    /// <summary>The directory embedded in Notify.Core, loaded once.</summary>
    public static UnitDirectory LoadDefault() => DefaultDirectory.Value;

    public static UnitDirectory Load(Stream json)
    {
        var data = JsonSerializer.Deserialize(json, UnitDirectoryJsonContext.Default.UnitDirectoryData)
            ?? throw new InvalidDataException("The unit directory is empty.");
        var units = UnitTemplateExpander.Expand(data.Jurisdictions, data.Units, data.Templates ?? []);
        return new UnitDirectory(data.Jurisdictions, units, data.NotPlaceNames ?? []);
    }

    public Unit? Find(string id) => _byId.GetValueOrDefault(id);

    public Jurisdiction? FindJurisdiction(string id) => _jurisdictions.GetValueOrDefault(id);

    /// <summary>
    /// The jurisdiction an issuer or document title belongs to: "包头市人民政府办公室" → "baotou",
    /// "扎赉特旗人民政府办公室" → "jalaid", "包头市昆都仑区人民政府" → "baotou.kundulun". The first place
    /// named wins (a title may name other places later), refined by sub-places written right after it; a place
    /// inside a quoted title (《内蒙古自治区…办法》) only counts when no place is named outside one.
    /// </summary>
    public string? JurisdictionOf(string issuerOrTitle)
    {
        ArgumentNullException.ThrowIfNull(issuerOrTitle);
        var quoteDepth = 0;
        (Jurisdiction Place, int End)? quoted = null;
        for (var i = 0; i < issuerOrTitle.Length; i++)
        {
            var c = issuerOrTitle[i];
            if (c is '《' or '》')
            {
                quoteDepth = Math.Max(0, quoteDepth + (c == '《' ? 1 : -1));
            }
            else if (TryMatchNotPlaceAt(issuerOrTitle, i, out var skipped))
            {
                i += skipped - 1;
            }
            else if (TryMatchPlaceAt(issuerOrTitle, i, out var place, out var length))
            {
                if (quoteDepth == 0)
                {
                    return Refine(issuerOrTitle, place, i + length);
                }

                quoted ??= (place, i + length);
                i += length - 1;
            }
        }

        return quoted is { } inQuotes ? Refine(issuerOrTitle, inQuotes.Place, inQuotes.End) : null;
    }

    /// <summary>The jurisdiction and its ancestors, innermost first.</summary>
    internal IReadOnlyList<Jurisdiction> ChainOf(string? jurisdiction) =>
        jurisdiction is not null && _chains.TryGetValue(jurisdiction, out var chain) ? chain : [];

    internal bool TryFindName(string jurisdiction, string name, out NameEntry entry)
    {
        entry = default;
        return _namesByJurisdiction.TryGetValue(jurisdiction, out var names) && names.TryGetValue(name, out entry);
    }

    /// <summary>Names that carry their own place ("包头市民政局", "人行包头市中心支行") and need no document context.</summary>
    internal bool TryFindQualifiedName(string name, out NameEntry entry) => _qualifiedNames.TryGetValue(name, out entry);

    /// <summary>The longest place name starting at <paramref name="start"/>.</summary>
    internal bool TryMatchPlaceAt(string text, int start, out Jurisdiction place, out int length)
    {
        if (start < text.Length && _placeNamesByFirstChar.TryGetValue(text[start], out var candidates))
        {
            foreach (var (placeText, candidate) in candidates)
            {
                if (text.AsSpan(start).StartsWith(placeText, StringComparison.Ordinal) && !IsAreaWord(text, start + placeText.Length))
                {
                    place = candidate;
                    length = placeText.Length;
                    return true;
                }
            }
        }

        place = null!;
        length = 0;
        return false;
    }

    private IEnumerable<Jurisdiction> BuildChain(Jurisdiction jurisdiction)
    {
        for (Jurisdiction? current = jurisdiction; current is not null; current = current.Parent is null ? null : FindJurisdiction(current.Parent))
        {
            yield return current;
        }
    }

    internal bool ContainsPlaceName(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (TryMatchNotPlaceAt(text, i, out var skipped))
            {
                i += skipped - 1;
            }
            else if (TryMatchPlaceAt(text, i, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"青山区域", "海南区域": a place ending in 区 followed by 域 is the word 区域 (area), not the district.</summary>
    private static bool IsAreaWord(string text, int end) => end < text.Length && text[end] == '域' && text[end - 1] == '区';

    private bool TryMatchNotPlaceAt(string text, int start, out int length)
    {
        if (_notPlaceNamesByFirstChar.TryGetValue(text[start], out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (text.AsSpan(start).StartsWith(candidate, StringComparison.Ordinal))
                {
                    length = candidate.Length;
                    return true;
                }
            }
        }

        length = 0;
        return false;
    }

    private string Refine(string text, Jurisdiction place, int end)
    {
        while (TryMatchPlaceAt(text, end, out var child, out var length) && child.Parent == place.Id)
        {
            place = child;
            end += length;
        }

        return place.Id;
    }

    /// <summary>
    /// Whether a unit name can start at the beginning of <paramref name="text"/>: its first two
    /// characters open some name in the directory, possibly after a one-character prefix (市, 旗 …).
    /// A cheap test that lets prose be skipped without resolving anything.
    /// </summary>
    internal bool MayStartName(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        return _nameOpenings.Contains(Opening(text[0], text[1]))
            || (text.Length >= 3 && UnitPrefixChars.Contains(text[0]) && _nameOpenings.Contains(Opening(text[1], text[2])));
    }

    private static int Opening(char first, char second) => (first << 16) | second;

    private void AddOpening(string name)
    {
        if (name.Length >= 2)
        {
            _nameOpenings.Add(Opening(name[0], name[1]));
        }
    }

    private void AddName(Unit unit, string name, bool historical)
    {
        AddOpening(name);
        _longestName = Math.Max(_longestName, name.Length);
        if (!_namesByJurisdiction.TryGetValue(unit.Jurisdiction, out var names))
        {
            names = new(StringComparer.Ordinal);
            _namesByJurisdiction[unit.Jurisdiction] = names;
        }

        if (names.TryGetValue(name, out var existing) && existing.Unit.Id != unit.Id)
        {
            throw new InvalidDataException($"'{name}' names both {existing.Unit.Id} and {unit.Id}.");
        }

        names[name] = new NameEntry(unit, historical);
        // A group's own name ("旗直有关部门", "各苏木乡镇") is the same at every place, so it never qualifies itself.
        if ((name == unit.Name && !unit.IsGroup) || ContainsPlaceName(name))
        {
            _qualifiedNames.TryAdd(name, new NameEntry(unit, historical));
        }
    }

    private static UnitDirectory LoadEmbedded()
    {
        using var stream = typeof(UnitDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Load(stream);
    }
}
