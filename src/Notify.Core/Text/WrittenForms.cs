namespace Notify.Core.Text;

/// <summary>
/// Maps text matched on the folded form (see <see cref="TraditionalFolding"/>) back to the characters the
/// source used, so quotes, titles and unit names are reported as written. Folding is one character for one,
/// so a folded span has a written span of the same length.
/// </summary>
public static class WrittenForms
{
    /// <summary>A cleaned line as written: every Han character of <paramref name="folded"/> taken, in order, from <paramref name="raw"/>.</summary>
    internal static string Recover(string folded, string raw)
    {
        var chars = folded.ToCharArray();
        var next = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (!TextCharacters.IsHan(chars[i]))
            {
                continue;
            }

            var found = IndexOfFolded(raw, next, chars[i]);
            if (found >= 0)
            {
                chars[i] = raw[found];
                next = found + 1;
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// <paramref name="folded"/> as the lines <paramref name="first"/> to <paramref name="last"/> write it: the same span of
    /// the first line holding it, else its characters picked in order from those lines; itself when nothing was folded.
    /// </summary>
    public static string? Of(string? folded, IReadOnlyList<NormalizedLine> lines, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (folded is null || !AnyFolded(lines, first, last))
        {
            return folded;
        }

        for (var i = first; i <= last; i++)
        {
            var at = lines[i].Text.IndexOf(folded, StringComparison.Ordinal);
            if (at >= 0)
            {
                return lines[i].Written.Substring(at, folded.Length);
            }
        }

        var text = string.Concat(Enumerable.Range(first, last - first + 1).Select(i => lines[i].Text));
        var written = string.Concat(Enumerable.Range(first, last - first + 1).Select(i => lines[i].Written));
        return Picked(folded, text, written);
    }

    /// <summary><paramref name="folded"/> as <paramref name="line"/> writes it, or itself when the line does not hold it.</summary>
    public static string In(string folded, NormalizedLine line)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentNullException.ThrowIfNull(line);
        if (!line.HasWrittenForm)
        {
            return folded;
        }

        var at = line.Text.IndexOf(folded, StringComparison.Ordinal);
        return at >= 0 ? line.Written.Substring(at, folded.Length) : folded;
    }

    private static string Picked(string folded, string text, string written)
    {
        var chars = folded.ToCharArray();
        var next = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            var found = TextCharacters.IsHan(chars[i]) ? text.IndexOf(chars[i], next) : -1;
            if (found >= 0)
            {
                chars[i] = written[found];
                next = found + 1;
            }
        }

        return new string(chars);
    }

    private static bool AnyFolded(IReadOnlyList<NormalizedLine> lines, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (lines[i].HasWrittenForm)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfFolded(string raw, int start, char folded)
    {
        for (var j = start; j < raw.Length; j++)
        {
            if (TraditionalFolding.Fold(raw[j]) == folded)
            {
                return j;
            }
        }

        return -1;
    }
}
