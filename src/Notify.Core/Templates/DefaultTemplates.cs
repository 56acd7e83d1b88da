namespace Notify.Core.Templates;

/// <summary>
/// Reads the default templates from the templates/ folder: one folder per notice kind holding
/// schema.json, options.json and per locale sms.&lt;locale&gt;.scriban, wechat.&lt;locale&gt;.json,
/// wecom.&lt;locale&gt;.json and email.&lt;locale&gt;.{subject,html,text}.scriban (see templates/README.md).
/// </summary>
public static class DefaultTemplates
{
    /// <summary>The version number file defaults carry; versions saved by admins start at 1.</summary>
    public const int Version = 0;

    public static IReadOnlyDictionary<string, DefaultTemplate> Load(string templatesFolder)
    {
        ArgumentNullException.ThrowIfNull(templatesFolder);
        var templates = new SortedDictionary<string, DefaultTemplate>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(templatesFolder))
        {
            if (File.Exists(Path.Combine(folder, "schema.json")))
            {
                var template = LoadKind(folder);
                templates.Add(template.Schema.Kind, template);
            }
        }

        return templates;
    }

    public static DefaultTemplate LoadKind(string folder)
    {
        var kind = Path.GetFileName(folder);
        var schema = TemplateSchema.Parse(ReadText(folder, "schema.json"), $"{kind}/schema.json");
        if (schema.Kind != kind)
        {
            throw new InvalidDataException($"{kind}/schema.json names the kind '{schema.Kind}'; it must match its folder.");
        }

        var options = TemplateJson.Read<TemplateOptions>(ReadText(folder, "options.json"), $"{kind}/options.json");
        var locales = new Dictionary<string, LocalizedTemplates>(StringComparer.Ordinal);
        foreach (var locale in TemplateLocales.All)
        {
            var localized = new LocalizedTemplates(
                locale,
                Sms: Exists(folder, $"sms.{locale}.scriban") ? new SmsTemplate(ReadTemplate(folder, $"sms.{locale}.scriban")) : null,
                WeChat: Exists(folder, $"wechat.{locale}.json") ? TemplateJson.Read<WeChatTemplate>(ReadText(folder, $"wechat.{locale}.json"), $"{kind}/wechat.{locale}.json") : null,
                WeCom: Exists(folder, $"wecom.{locale}.json") ? TemplateJson.Read<WeComTemplate>(ReadText(folder, $"wecom.{locale}.json"), $"{kind}/wecom.{locale}.json") : null,
                Email: Exists(folder, $"email.{locale}.subject.scriban")
                    ? new EmailTemplate(
                        ReadTemplate(folder, $"email.{locale}.subject.scriban"),
                        ReadTemplate(folder, $"email.{locale}.html.scriban"),
                        ReadTemplate(folder, $"email.{locale}.text.scriban"))
                    : null);
            if (localized.Channels.Any())
            {
                locales.Add(locale, localized);
            }
        }

        return new DefaultTemplate(schema, new TemplateContent(kind, Version, options, locales));
    }

    /// <summary>The templates/ folder of the repository, looked for from a directory upwards (for tests, benchmarks and local runs).</summary>
    public static string? Locate(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "templates");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "schema.json", SearchOption.AllDirectories).Any())
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool Exists(string folder, string file) => File.Exists(Path.Combine(folder, file));

    private static string ReadText(string folder, string file) => File.ReadAllText(Path.Combine(folder, file)).Replace("\r\n", "\n", StringComparison.Ordinal);

    // Editors end files with a newline; it is not part of the message.
    private static string ReadTemplate(string folder, string file) =>
        Exists(folder, file) ? ReadText(folder, file).TrimEnd('\n') : string.Empty;
}
