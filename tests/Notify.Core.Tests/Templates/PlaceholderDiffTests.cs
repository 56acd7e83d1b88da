using Notify.Core.Channels;
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

    [Fact]
    public void Between_SmsDroppedDateAmountAndPhoneOtherChannelsStillUse_ListsThemForTheSms()
    {
        var older = TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头医保】{{ name }}您好：请于{{ deadline | cn_date }}前缴纳{{ amount | yuan }}，咨询{{ phone }}。"));
        var newer = TemplateFixtures.Content(sms: TemplateFixtures.Sms("【包头医保】{{ name }}您好：请按时缴费。"), version: 2);

        var diff = PlaceholderDiff.Between(older, newer);

        Assert.False(diff.IsEmpty);
        Assert.Equal(["phone"], diff.Removed);
        var sms = Assert.Single(diff.ByChannel);
        Assert.Equal((TemplateLocales.ChineseSimplified, ChannelKind.Sms), (sms.Locale, sms.Channel));
        Assert.Empty(sms.Added);
        Assert.Equal(["amount", "deadline", "phone"], sms.Removed);
        Assert.Equal([new ChangedText(TemplateLocales.ChineseSimplified, ChannelKind.Sms, TemplateParts.Body, ChangedText.Edited)], diff.ChangedTexts);
    }

    [Fact]
    public void Between_WordingChangedPlaceholdersKept_ListsOnlyTheChangedText()
    {
        var newer = TemplateFixtures.Content(email: TemplateFixtures.Email(subject: "请缴费：{{ deadline | cn_date }}"), version: 2);

        var diff = PlaceholderDiff.Between(TemplateFixtures.Content(), newer);

        Assert.False(diff.IsEmpty);
        Assert.Empty(diff.ByChannel);
        Assert.Equal([new ChangedText(TemplateLocales.ChineseSimplified, ChannelKind.Email, TemplateParts.Subject, ChangedText.Edited)], diff.ChangedTexts);
    }

    [Fact]
    public void Between_LocaleAddedThenRemoved_ListsItsPlaceholdersAndTextsBothWays()
    {
        var withMongolian = TemplateFixtures.Content(mongolian: new LocalizedTemplates(TemplateLocales.MongolianTraditional, new SmsTemplate("【包头医保】{{ name }}")), version: 2);

        var added = PlaceholderDiff.Between(TemplateFixtures.Content(), withMongolian);
        var removed = PlaceholderDiff.Between(withMongolian, TemplateFixtures.Content(version: 3));

        Assert.Equal(new ChannelPlaceholderChange(TemplateLocales.MongolianTraditional, ChannelKind.Sms, ["name"], []), Assert.Single(added.ByChannel), ChannelChangeComparer);
        Assert.Equal(ChangedText.New, Assert.Single(added.ChangedTexts).Change);
        Assert.Equal(["name"], Assert.Single(removed.ByChannel).Removed);
        Assert.Equal(ChangedText.Dropped, Assert.Single(removed.ChangedTexts).Change);
    }

    private static readonly IEqualityComparer<ChannelPlaceholderChange> ChannelChangeComparer = EqualityComparer<ChannelPlaceholderChange>.Create(
        (x, y) => x is not null && y is not null && (x.Locale, x.Channel) == (y.Locale, y.Channel) && x.Added.SequenceEqual(y.Added) && x.Removed.SequenceEqual(y.Removed));
}
