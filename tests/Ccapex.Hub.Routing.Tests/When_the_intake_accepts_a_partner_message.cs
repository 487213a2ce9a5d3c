using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>The intake writes the dossier itself: no second trip through the broker, and nothing a partner sets decides how it is handled.</summary>
public sealed class When_the_intake_accepts_a_partner_message : RoutingSpec
{
    [Test]
    public async Task Should_write_the_dossier_without_sending_the_message_on()
    {
        var id = await OpenDossierWithCdp();

        Assert.Multiple(() =>
        {
            Assert.That(Hub.Dossier(id).CurrentState, Is.EqualTo("Open"));
            Assert.That(Hub.Harness.Sent.Select<SubmitCdpNotification>().Any(), Is.False, "the CDP is not sent on to the dossier queue");
        });
    }
}
