using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>F9 (action 22), F10 (actions 14, 17) and F12 (action 21).</summary>
public sealed class When_a_household_is_referred : RoutingSpec
{
    [Test]
    public async Task Should_route_a_comed_referral_to_the_drihl()
    {
        await Hub.SubmitAsync(SampleMessages.SubmitComedReferral() with { MessageId = Guid.NewGuid(), DossierId = null });

        Assert.That(Hub.To<SubmitComedReferral>(PartnerCode.Drihl), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_route_a_complex_situation_from_a_social_landlord_to_the_drihl()
    {
        await Hub.SubmitAsync(SampleMessages.SubmitComplexSituationReferral() with { MessageId = Guid.NewGuid(), DossierId = null });

        Assert.That(Hub.To<SubmitComplexSituationReferral>(PartnerCode.Drihl), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_attach_a_referral_to_its_household_s_dossier()
    {
        // Matched by the household the landlord names (the act it names is the bailiffs' to use: issue 10).
        var id = await OpenDossierWithCdp();
        var referral = SampleMessages.SubmitComplexSituationReferral() with { MessageId = Guid.NewGuid(), DossierId = null, Household = SampleMessages.Household() };
        await Hub.SubmitAsync(referral);

        var dossier = Hub.Dossiers().Single();
        Assert.Multiple(() =>
        {
            Assert.That(dossier.CorrelationId, Is.EqualTo(id));
            Assert.That(dossier.Referrals.Select(r => (r.Flow, r.By, r.MessageId)), Is.EqualTo(new[] { ("F10", referral.Sender, referral.MessageId) }));
        });
    }

    [Test]
    public async Task Should_record_the_comeds_referral_as_a_request_for_examination()
    {
        var referral = SampleMessages.SubmitComedReferral() with { MessageId = Guid.NewGuid(), DossierId = null };
        await Hub.SubmitAsync(referral);

        Assert.That(Hub.Dossiers().Single().Referrals.Single().Flow, Is.EqualTo("F9"));
    }

    [Test]
    public async Task Should_route_the_banque_de_france_status_to_the_drihl()
    {
        var id = await OpenDossierWithCdp();

        // The Banque de France reaches the dossier once the CCAPEX's examination addressed it (action 21).
        var examination = Fresh.Examination(id, new DateOnly(2025, 3, 1));
        await Hub.SubmitAsync(examination with
        {
            Recommendations = [.. examination.Recommendations, new() { Addressee = PartnerCode.Bdf, Text = "Instruire le dossier de surendettement." }],
        });
        await Hub.SubmitAsync(SampleMessages.OverindebtednessStatusReported() with { MessageId = Guid.NewGuid(), DossierId = id });

        Assert.That(Hub.To<OverindebtednessStatusReported>(PartnerCode.Drihl).Single().DossierId, Is.EqualTo(id));
    }
}
