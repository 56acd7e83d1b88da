using Notify.Core.Units;
using Notify.Functions.Units;

namespace Notify.Functions.Tests.Units;

public sealed class DemoUnitContactsTests
{
    [Fact]
    public void Generate_EveryDirectoryUnit_GetsValidDistinctDeterministicContacts()
    {
        var directory = UnitDirectory.LoadDefault();

        var contacts = DemoUnitContacts.Generate(directory);

        Assert.Equal(directory.Units.Count, contacts.Count);
        Assert.Equal(contacts, DemoUnitContacts.Generate(directory));
        Assert.Equal(contacts.Count, contacts.Select(contact => contact.Phones[0]).Distinct().Count());
        Assert.All(contacts, contact =>
        {
            var errors = new List<string>();
            var values = UnitContactValidator.Validate(contact.WeComUserIds, contact.Phones, contact.Emails, (field, message) => errors.Add(field));
            Assert.Empty(errors);
            Assert.Equal(contact.Phones, values.Phones);
            Assert.StartsWith("+861980000", contact.Phones[0], StringComparison.Ordinal);
        });
        var civilAffairs = contacts.Single(contact => contact.UnitId == "baotou.civil-affairs");
        Assert.Equal(["u-baotou-civil-affairs"], civilAffairs.WeComUserIds);
        Assert.Equal(["civil-affairs@baotou.notify.example"], civilAffairs.Emails);
    }
}
