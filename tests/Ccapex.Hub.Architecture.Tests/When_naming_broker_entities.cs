using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Architecture.Tests;

/// <summary>The broker's names have one source, Ccapex.Hub.Charter.BrokerNames.</summary>
public sealed class When_naming_broker_entities
{
    public static IEnumerable<Type> ContractTypes() =>
        typeof(IPartnerMessage).Assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace == typeof(IPartnerMessage).Namespace);

    [TestCaseSource(nameof(ContractTypes))]
    public void Should_spell_kebab_case_as_MassTransit_does(Type contract)
    {
        Assert.That(BrokerNames.Kebab(contract.Name), Is.EqualTo(KebabCaseEndpointNameFormatter.Instance.SanitizeName(contract.Name)));
    }

    [TestCase("SubmitCdpNotification", "submit-cdp-notification")]
    [TestCase("CAFListing", "caf-listing")]
    [TestCase("F15Stage", "f15-stage")]
    public void Should_put_a_dash_between_words(string name, string expected)
    {
        Assert.That(BrokerNames.Kebab(name), Is.EqualTo(expected));
    }

    [Test]
    public void Should_name_a_partner_s_queue_exchange_and_parking()
    {
        var prefecture = PartnerCode.PrefecturePolice;

        Assert.That(BrokerNames.PartnerQueue(prefecture), Is.EqualTo("ccapex.prefecture-police.in"));
        Assert.That(BrokerNames.PartnerExchange(prefecture), Is.EqualTo("ccapex.partner.prefecture-police"));
        Assert.That(BrokerNames.ParkedQueue(prefecture), Is.EqualTo("ccapex.prefecture-police.parked"));
        Assert.That(BrokerNames.CdpNotificationIntake, Is.EqualTo("ccapex.intake.submit-cdp-notification"));
        Assert.That(BrokerNames.BusEndpoint("gateway"), Does.StartWith("ccapex.gateway.bus-"));
    }

    [Test]
    public void Should_write_no_broker_name_outside_the_charter()
    {
        // A literal "ccapex.<something>." in product code would be a seventh copy of the names.
        var offenders = Repository.SourceFiles("src")
            .Where(f => !f.Path.StartsWith("src/Ccapex.Hub.Charter/", StringComparison.Ordinal))
            .SelectMany(f => f.Text.Split('\n').Select((line, i) => (f.Path, Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal))
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l.Text, "\"(exchange:|queue:)?ccapex\\.((intake|partner|routing|contracts)\\.|[a-z-]+\\.(in\"|parked|bus-)|\\{)"))
            .Select(l => $"{l.Path}:{l.Line}: {l.Text}")
            .ToList();

        Assert.That(offenders, Is.Empty);
    }
}
