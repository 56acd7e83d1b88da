namespace Notify.Core.Text;

/// <summary>Splits text into lines the way an editor numbers them: at \r\n, \n or \r; a last line without a newline counts.</summary>
internal static class SourceLines
{
    public static List<string> Split(string text)
    {
        var lines = new List<string>(text.Length / 40);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\r' or '\n'))
            {
                continue;
            }

            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
