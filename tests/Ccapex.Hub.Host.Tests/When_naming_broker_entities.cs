using Ccapex.Hub.Contracts;
using MassTransit;
using MassTransit.RabbitMqTransport;

namespace Ccapex.Hub.Host.Tests;

public sealed class When_naming_dossiers_and_broker_entities
{
    [Test]
    public void Should_derive_the_dossier_id_as_a_standard_uuid_v5()
    {
        // Expected values computed independently with Python's uuid.uuid5.
        Assert.Multiple(() =>
        {
            Assert.That(CdpDossierId.For("CJ75-0412", "CDP-2025-000417"), Is.EqualTo(Guid.Parse("4a5ca45f-b063-5e6e-a372-17fff5352932")));
            Assert.That(CdpDossierId.For("CJ75-0412", "CDP-2025-000418"), Is.EqualTo(Guid.Parse("6bbc5ca6-dfc3-5db6-be0d-3e2bdd4d16d8")));
        });
    }

    [Test]
    public void Should_give_the_same_act_the_same_dossier_whatever_the_surrounding_spaces() =>
        Assert.That(CdpDossierId.For(" CJ75-0412", "CDP-2025-000417 "), Is.EqualTo(CdpDossierId.For("CJ75-0412", "CDP-2025-000417")));

    [Test]
    public void Should_keep_office_and_reference_apart() =>
        Assert.That(CdpDossierId.For("AB", "C"), Is.Not.EqualTo(CdpDossierId.For("A", "BC")));

    [Test]
    public void Should_name_contract_exchanges_under_ccapex_contracts()
    {
        var formatter = new HubEntityNameFormatter(new MessageNameFormatterEntityNameFormatter(new RabbitMqMessageNameFormatter()));

        Assert.Multiple(() =>
        {
            Assert.That(formatter.FormatEntityName<SubmitCdpNotification>(), Is.EqualTo("ccapex.contracts.submit-cdp-notification"));
            Assert.That(formatter.FormatEntityName<Fault<SubmitCdpNotification>>(), Does.StartWith("ccapex.MassTransit:Fault"));
        });
    }
}
