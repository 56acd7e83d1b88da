using Notify.Core.Templates;

namespace Notify.Core.Tests.Templates;

public class PlaceholderDiffTests
{
    [Fact]
    public void Between_SameContent_IsEmpty()
    {
        Assert.True(PlaceholderDiff.Between(TemplateFixtures.Content(), TemplateFixtures.Content(version: 2)).IsEmpty);
    }

    [Fact]
    public void Between_VariableSwapped_ListsAddedAndRemoved()
    {
        var older = TemplateFixtures.Content();
        var newer = TemplateFixtures.Content(
            sms: TemplateFixtures.Sms("【包头医保】{{ name }}您好：请于{{ deadline | cn_date }}前缴纳{{ amount | yuan }}，联系电话{{ phone | mask }}。"),
            email: TemplateFixtures.Email(html: "<p>您好：请缴纳{{ amount | yuan }}。</p>", text: "您好：请缴纳{{ amount | yuan }}。"),
            version: 2);

        var diff = PlaceholderDiff.Between(older, newer);

        Assert.Equal(["phone"], diff.Added);
        Assert.Equal(["days"], diff.Removed);
    }

    [Fact]
    public void Placeholders_DefaultNudge_IncludesTheAckLink()
    {
        var content = TemplateFixtures.Default(TemplateKinds.UnitDeadlineNudge).Content;

        Assert.Contains("ackUrl", PlaceholderDiff.Placeholders(content));
    }

    [Fact]
    public void Placeholders_VariableOnlyInMongolian_IsCounted()
    {
        var mongolian = new LocalizedTemplates(TemplateLocales.MongolianTraditional, new SmsTemplate("【包头医保】{{ phone }}"));

        var diff = PlaceholderDiff.Between(TemplateFixtures.Content(), TemplateFixtures.Content(mongolian: mongolian));

        Assert.Equal(["phone"], diff.Added);
    }
}
