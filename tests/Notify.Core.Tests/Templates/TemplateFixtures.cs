using Notify.Core.Templates;

namespace Notify.Core.Tests.Templates;

/// <summary>The repository's default templates, and small hand-made templates for one rule at a time.</summary>
internal static class TemplateFixtures
{
    private static readonly Lazy<IReadOnlyDictionary<string, DefaultTemplate>> Loaded = new(() =>
        DefaultTemplates.Load(DefaultTemplates.Locate(AppContext.BaseDirectory) ?? throw new InvalidOperationException("templates/ not found above the test output folder.")));

    public static IReadOnlyDictionary<string, DefaultTemplate> Defaults => Loaded.Value;

    public static DefaultTemplate Default(string kind) => Defaults[kind];

    public static TemplateSchema Schema { get; } = new(
        "test-kind",
        TemplateAudience.Resident,
        "a test notice",
        [
            new("name", TemplateVariableType.String, "王丽"),
            new("deadline", TemplateVariableType.Date, "2027-02-25"),
            new("amount", TemplateVariableType.Money, "280"),
            new("days", TemplateVariableType.Days, "3"),
            new("phone", TemplateVariableType.Phone, "13800000000"),
            new("link", TemplateVariableType.Url, "https://notify.baotou.gov.cn/n/1"),
        ]);

    public static SmsTemplate Sms(string body = "{{ name }}您好：请于{{ deadline | cn_date }}前缴纳{{ amount | yuan }}，{{ days | days_left }}。") => new(body);

    public static WeChatTemplate WeChat(IReadOnlyDictionary<string, string>? fields = null, IReadOnlyList<string>? registered = null) =>
        new("tmpl-1", registered ?? ["thing1", "time2"], fields ?? new Dictionary<string, string> { ["thing1"] = "{{ name }}", ["time2"] = "{{ deadline | cn_date }}" }, "{{ link }}");

    public static EmailTemplate Email(string subject = "缴费提醒：{{ deadline | cn_date }}", string html = "<p>{{ name }}您好：请缴纳{{ amount | yuan }}。</p>", string text = "{{ name }}您好：请缴纳{{ amount | yuan }}。") =>
        new(subject, html, text);

    public static TemplateContent Content(
        SmsTemplate? sms = null,
        WeChatTemplate? weChat = null,
        EmailTemplate? email = null,
        TemplateOptions? options = null,
        LocalizedTemplates? mongolian = null,
        int version = 1)
    {
        var locales = new Dictionary<string, LocalizedTemplates>
        {
            [TemplateLocales.ChineseSimplified] = new(TemplateLocales.ChineseSimplified, sms ?? Sms(), weChat ?? WeChat(), null, email ?? Email()),
        };
        if (mongolian is not null)
        {
            locales[TemplateLocales.MongolianTraditional] = mongolian;
        }

        return new("test-kind", version, options ?? new TemplateOptions(), locales);
    }

    public static Dictionary<string, object?> Data() => new()
    {
        ["name"] = "王丽",
        ["deadline"] = "2027-02-25",
        ["amount"] = 280m,
        ["days"] = 3,
        ["phone"] = "13800000000",
        ["link"] = "https://notify.baotou.gov.cn/n/1",
    };
}
