namespace Notify.Core.Units;

/// <summary>
/// A government unit (or a named group of units) in the directory.
/// </summary>
/// <param name="Id">Stable ASCII id, e.g. "baotou.civil-affairs" or the group id "jalaid.towns".</param>
/// <param name="Name">Full official name, e.g. "包头市民政局".</param>
/// <param name="Jurisdiction">Id of the jurisdiction the unit belongs to, e.g. "baotou.kundulun".</param>
/// <param name="Level">"市", "旗县区", "旗" or "苏木乡镇".</param>
/// <param name="Kind">"人民政府", "工作部门", "群团组织", "群组" (a group such as 各苏木乡镇) …</param>
/// <param name="Aliases">Short forms written without a jurisdiction prefix (卫健委, 医保局, 民政部门 …).</param>
/// <param name="FormerNames">Names from before an institutional reform (卫计委, 环保局, 国土资源局 …).</param>
public sealed record Unit(
    string Id,
    string Name,
    string Jurisdiction,
    string Level,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> FormerNames)
{
    public const string GroupKind = "群组";

    public bool IsGroup => Kind == GroupKind;
}
