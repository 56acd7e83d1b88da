namespace Notify.Core.Text;

/// <summary>A policy file's text and the encoding it was read as: "utf-8", "utf-8-bom" or "gb18030".</summary>
public sealed record DecodedText(string Text, string Encoding);
