namespace Notify.Core.Units;

/// <summary>
/// Resolves unit names as written in a document ("旗民政局", "卫计委", "市场监管局", "各苏木乡镇") to the
/// unit directory, given the jurisdiction of the document.
/// </summary>
/// <remarks>
/// Groups (各旗县区人民政府, 各苏木乡镇, 市直有关部门 …) are directory entries of kind "群组": they resolve
/// with <c>Known = true</c> and a group id such as "baotou.counties" or "jalaid.towns". A name the
/// directory does not hold is kept as written with <c>Known = false</c> and a reason, so that it can be
/// routed to the issuing office.
/// </remarks>
public sealed class UnitResolver
{
    public const string UnknownReason = "not in the unit directory; route to the issuing office";

    private const string PrefixChars = "市旗区县盟镇乡";

    private static readonly Lazy<UnitResolver> DefaultResolver = new(() => new UnitResolver(UnitDirectory.LoadDefault()));
    private static readonly string[] NotAPrefix = ["市场", "市直", "市本级", "市级", "旗县", "旗直", "旗级", "区县", "县区", "县级", "区直", "区域", "乡镇", "乡村", "镇村"];
    private static readonly string[] OwnQualifiers = ["中共", "共青团", "国家", "中国", "内蒙古", "自治区", "兴安盟", "人行", "人民银行", "团"];
    private static readonly string[] Quantifiers = ["各", "有关", "相关", "全", "所有", "其他", "本级"];

    private readonly UnitDirectory _directory;

    public UnitResolver(UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
    }

    public static UnitResolver Default => DefaultResolver.Value;

    public UnitDirectory Directory => _directory;

    /// <summary>Resolves one name as written.</summary>
    public UnitMatch Resolve(string nameAsWritten, string? jurisdiction) => Resolve(nameAsWritten, jurisdiction, repairDebris: true);

    /// <summary>
    /// Resolves a written list ("市卫健委、民政局、医疗保障局，各旗县区人民政府"): a prefix written on one
    /// name is shared by the bare names after it ("市民政局"), without touching names whose first
    /// character only looks like a prefix ("市场监管局" stays, "市市场监管局" is not doubled).
    /// </summary>
    public IReadOnlyList<UnitMatch> ResolveList(string names, string? jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(names);
        var folded = UnitText.FoldPunctuation(names);
        var written = new List<string>();
        foreach (var run in folded.Split(['，', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            written.AddRange(UnitNameList.Split(run, StartsWithPlace));
        }

        return ResolveWritten(written, jurisdiction);
    }

    /// <summary>
    /// Resolves names already split, sharing prefixes along the sequence; an empty string ends a
    /// sentence, and with it the prefix being shared.
    /// </summary>
    internal List<UnitMatch> ResolveWritten(IReadOnlyList<string> names, string? jurisdiction, bool repairDebris = true)
    {
        var matches = new List<UnitMatch>(names.Count);
        string? sharedPrefix = null;
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                sharedPrefix = null;
                continue;
            }

            var expanded = name;
            switch (Classify(name, jurisdiction, out var ownPrefix))
            {
                case NameShape.Prefixed:
                    sharedPrefix = ownPrefix;
                    break;
                case NameShape.SelfQualified:
                    sharedPrefix = null;
                    break;
                case NameShape.Bare when sharedPrefix is not null && AcceptsSharedPrefix(name):
                    expanded = sharedPrefix + name;
                    break;
                default:
                    break;
            }

            var match = Resolve(expanded, jurisdiction, repairDebris);
            if (!match.Known && expanded.Length != name.Length && !IsDepartmentShaped(name))
            {
                // "市科技局、草原晚报社": a body the directory does not hold keeps its name as written.
                match = Resolve(name, jurisdiction, repairDebris);
            }

            matches.Add(match);
        }

        return matches;
    }

    /// <summary>A cheap test: can a unit name start here at all?</summary>
    internal bool MayStartName(ReadOnlySpan<char> text) => _directory.MayStartName(text);

    /// <summary>Whether a name is a known unit or group (used to tell unit lists from prose).</summary>
    internal bool IsKnown(string name, string? jurisdiction) =>
        TryResolve(name, jurisdiction, out _, out _) || TryResolve(StripTrailingRemark(UnitNameList.Canonical(name)), jurisdiction, out _, out _);

    private UnitMatch Resolve(string nameAsWritten, string? jurisdiction, bool repairDebris)
    {
        ArgumentNullException.ThrowIfNull(nameAsWritten);
        var name = UnitNameList.Clean(UnitText.FoldPunctuation(nameAsWritten), StartsWithPlace);
        if (name.Length == 0)
        {
            return new UnitMatch(nameAsWritten, null, false, "empty name");
        }

        if (TryResolve(name, jurisdiction, out var entry, out var note))
        {
            return Matched(name, entry, note);
        }

        var canonical = UnitNameList.Canonical(name);
        if (canonical != name && TryResolve(canonical, jurisdiction, out entry, out note))
        {
            return Matched(name, entry, note);
        }

        var withoutRemark = StripTrailingRemark(canonical);
        if (withoutRemark != canonical && TryResolve(withoutRemark, jurisdiction, out entry, out note))
        {
            return Matched(name, entry, note);
        }

        if (repairDebris && TryRepairPageBreakDebris(name, jurisdiction, out var repaired, out entry))
        {
            return Matched(repaired, entry, $"page-break debris after '{repaired}' ignored");
        }

        return new UnitMatch(name, null, false, ExplainUnknown(name, jurisdiction));
    }

    private bool StartsWithPlace(string text) => _directory.TryMatchPlaceAt(text, 0, out _, out _);

    private static UnitMatch Matched(string name, NameEntry entry, string? note)
    {
        var reason = entry.Unit.IsGroup ? $"group: {entry.Unit.Name}"
            : entry.Historical ? $"historical name, now {entry.Unit.Name}"
            : null;
        if (note is not null)
        {
            reason = reason is null ? note : $"{reason}; {note}";
        }

        return new UnitMatch(name, entry.Unit.Id, true, reason);
    }

    private NameShape Classify(string name, string? jurisdiction, out string? prefix)
    {
        prefix = null;
        if (Array.Exists(Quantifiers, q => name.StartsWith(q, StringComparison.Ordinal)))
        {
            return NameShape.SelfQualified;
        }

        if (_directory.TryMatchPlaceAt(name, 0, out _, out _) || _directory.TryFindQualifiedName(name, out _))
        {
            return NameShape.SelfQualified;
        }

        var resolvesWhole = TryFindInChain(name, jurisdiction, out var whole, out _);
        if (resolvesWhole && whole.Unit.IsGroup)
        {
            return NameShape.SelfQualified;
        }

        if (!SplitPrefix(name, out var candidate, out var rest))
        {
            return NameShape.Bare;
        }

        // "市场监管局" resolves as a whole and its "市" is not a prefix; "市政府" resolves both ways.
        if (resolvesWhole && !(TryFindPrefixTarget(candidate, jurisdiction) is { } target && _directory.TryFindName(target.Id, rest, out _)))
        {
            return NameShape.Bare;
        }

        prefix = candidate;
        return NameShape.Prefixed;
    }

    /// <summary>
    /// "市场监管局" takes a shared "市" (its own "市" belongs to the word 市场); "市委编办", "团市委" and
    /// names carrying a place already have their own qualifier.
    /// </summary>
    private bool AcceptsSharedPrefix(string name)
    {
        if (Array.Exists(NotAPrefix, p => name.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        return !PrefixChars.Contains(name[0], StringComparison.Ordinal)
            && !Array.Exists(OwnQualifiers, q => name.StartsWith(q, StringComparison.Ordinal))
            && !_directory.ContainsPlaceName(name);
    }

    private bool TryResolve(string name, string? jurisdiction, out NameEntry entry, out string? note)
    {
        if (TryFindInChain(name, jurisdiction, out entry, out note)
            || _directory.TryFindQualifiedName(name, out entry)
            || TryResolvePlaceQualified(name, out entry))
        {
            return true;
        }

        return SplitPrefix(name, out var prefix, out var rest)
            && TryFindPrefixTarget(prefix, jurisdiction) is { } target
            && _directory.TryFindName(target.Id, rest, out entry);
    }

    /// <summary>Why a name did not resolve, for the reason of an unknown <see cref="UnitMatch"/>.</summary>
    private string ExplainUnknown(string name, string? jurisdiction)
    {
        if (SplitPrefix(name, out var prefix, out var rest))
        {
            if (TryFindPrefixTarget(prefix, jurisdiction) is { } target)
            {
                return $"no '{rest}' under {target.Name} in the unit directory; route to the issuing office";
            }

            var context = jurisdiction is null ? "none given" : _directory.FindJurisdiction(jurisdiction)?.Name ?? jurisdiction;
            return $"prefix '{prefix}' does not fit the document's jurisdiction ({context}); route to the issuing office";
        }

        return jurisdiction is null && !_directory.ContainsPlaceName(name)
            ? "no jurisdiction to resolve against; route to the issuing office"
            : UnknownReason;
    }

    private bool TryFindInChain(string name, string? jurisdiction, out NameEntry entry, out string? note)
    {
        note = null;
        foreach (var place in _directory.ChainOf(jurisdiction))
        {
            if (_directory.TryFindName(place.Id, name, out entry))
            {
                if (place.Id != jurisdiction && !entry.Unit.IsGroup)
                {
                    note = $"resolved at {place.Name}";
                }

                return true;
            }
        }

        entry = default;
        return false;
    }

    /// <summary>"包头市昆都仑区民政局", "昆区政府", "土右旗卫健委", "扎赉特旗旗直有关部门".</summary>
    private bool TryResolvePlaceQualified(string name, out NameEntry entry)
    {
        entry = default;
        var position = 0;
        Jurisdiction? place = null;
        while (_directory.TryMatchPlaceAt(name, position, out var next, out var length)
            && (place is null || next.Parent == place.Id))
        {
            place = next;
            position += length;
        }

        if (place is null)
        {
            return false;
        }

        var rest = name[position..];
        if (rest.Length == 0)
        {
            rest = "政府";
        }

        if (_directory.TryFindName(place.Id, rest, out entry))
        {
            return true;
        }

        // "扎赉特旗旗民政局" and "包头市市场监管局" repeat the place's own prefix.
        return rest.StartsWith(place.UnitPrefix, StringComparison.Ordinal)
            && rest.Length > place.UnitPrefix.Length
            && _directory.TryFindName(place.Id, rest[place.UnitPrefix.Length..], out entry);
    }

    /// <summary>The jurisdiction a one-character prefix points at: the nearest one in the document's chain using it.</summary>
    private Jurisdiction? TryFindPrefixTarget(string prefix, string? jurisdiction)
    {
        foreach (var place in _directory.ChainOf(jurisdiction))
        {
            if (place.UnitPrefix == prefix)
            {
                return place;
            }
        }

        if (jurisdiction is not null)
        {
            return null;
        }

        // Without a document context "市" can still only mean the one city in the directory.
        Jurisdiction? only = null;
        foreach (var place in _directory.Jurisdictions)
        {
            if (place.UnitPrefix == prefix && place.Parent is null)
            {
                if (only is not null)
                {
                    return null;
                }

                only = place;
            }
        }

        return only;
    }

    private static bool SplitPrefix(string name, out string prefix, out string rest)
    {
        prefix = rest = string.Empty;
        if (name.Length < 3 || Array.Exists(NotAPrefix, p => name.StartsWith(p, StringComparison.Ordinal)))
        {
            return false;
        }

        var length = name.StartsWith("苏木", StringComparison.Ordinal) ? 2
            : PrefixChars.Contains(name[0], StringComparison.Ordinal) ? 1
            : 0;
        if (length == 0)
        {
            return false;
        }

        prefix = name[..length];
        rest = name[length..];
        return true;
    }

    private static bool IsDepartmentShaped(string name) =>
        name.EndsWith("部门", StringComparison.Ordinal) || name[^1] is '局' or '委' or '办' or '厅' or '府';

    private static string StripTrailingRemark(string name)
    {
        if (!name.EndsWith('）'))
        {
            return name;
        }

        var open = name.LastIndexOf('（');
        return open > 0 ? name[..open] : name;
    }

    /// <summary>
    /// A page break sometimes repeats the tail of a name ("发展和改革委员会员会"); accept the known name
    /// when what follows it is a piece of its own ending. Only heads a directory name could have are tried, and a
    /// tail is never longer than its head, so the work does not grow with the length of the text.
    /// </summary>
    private bool TryRepairPageBreakDebris(string name, string? jurisdiction, out string repaired, out NameEntry entry)
    {
        var longestHead = Math.Min(name.Length - 1, _directory.LongestResolvableName);
        for (var cut = longestHead; cut >= Math.Max(2, (name.Length + 1) / 2); cut--)
        {
            if (name.AsSpan(0, cut).EndsWith(name.AsSpan(cut), StringComparison.Ordinal) && TryResolve(name[..cut], jurisdiction, out entry, out _))
            {
                repaired = name[..cut];
                return true;
            }
        }

        repaired = name;
        entry = default;
        return false;
    }

    private enum NameShape
    {
        Bare,
        Prefixed,
        SelfQualified,
    }
}
