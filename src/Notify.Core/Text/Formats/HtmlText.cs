using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Notify.Core.Text.Formats;

/// <summary>
/// The article text of a web page: page chrome (scripts, styles, navigation, site header and footer,
/// menus, breadcrumbs, share bars, hidden parts) removed, block elements as lines, metadata tables as
/// "label：value" lines and other tables as rows of cells joined by " | ". The charset comes from the
/// BOM, the page's meta charset for the GB family, or else from the bytes as for text.
/// </summary>
internal static partial class HtmlText
{
    public static DecodedText Read(byte[] bytes)
    {
        var decoded = Decode(bytes);
        var document = new HtmlParser().ParseDocument(decoded.Text);
        var body = document.Body ?? throw new PolicyTextException(PolicyTextProblem.Empty, "The web page has no body.");
        HtmlChrome.Remove(body);
        var text = new HtmlLineWriter().Write(body);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PolicyTextException(PolicyTextProblem.Empty, "The web page has no text outside its navigation and page chrome.");
        }

        return new DecodedText(text, decoded.Encoding);
    }

    private static DecodedText Decode(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = MetaCharset().Match(head);
        if (declared.Success && GbFamily().IsMatch(declared.Groups["charset"].Value)
            && ChineseMultibyteText.TryDecode(bytes, out var chinese))
        {
            return new DecodedText(chinese, "gb18030");
        }

        return PolicyTextDecoder.Decode(bytes);
    }

    [GeneratedRegex(@"<meta[^>]{0,200}?charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_-]{1,20})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^(?:gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GbFamily();
}
