using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// F18 (actions 9, 14; law of 6 July 1989, art. 24 II): a landlord that is a legal person refers the household to the
/// CCAPEX two months before it assigns for arrears; the assignation (F6) is checked against the earliest referral,
/// the delay counted as the law counts it (the two months end on the same day number, the assignation is lawful the
/// day after).
/// </summary>
public sealed class When_a_company_landlord_refers_before_assigning : RoutingSpec
{
    private static readonly DateOnly ReferredOn = new(2025, 1, 10);

    [TestCase(9, true)]
    [TestCase(10, true)]
    [TestCase(11, false)]
    public async Task Should_alert_on_an_assignation_within_the_two_months(int servedOnDayOfMarch, bool alerted)
    {
        await Hub.SubmitAsync(Referral(ReferredOn));
        var servedOn = new DateOnly(2025, 3, servedOnDayOfMarch);

        await Hub.SubmitAsync(AssignationBy(SampleMessages.SocialLandlord(), servedOn));

        Assert.Multiple(() =>
        {
            Assert.That(Alerts(), alerted ? Is.EqualTo(new[] { ProcedureAlertCodes.AssignationBeforeLandlordReferral }) : Is.Empty);
            Assert.That(Hub.Dossiers().Single().LandlordReferredOn, Is.EqualTo(ReferredOn));
            Assert.That(Hub.Dossiers().Single().Referrals.Select(r => r.Flow), Is.EqualTo(new[] { "F18" }));
        });
    }

    [Test]
    public async Task Should_count_from_the_end_of_february_in_a_leap_year()
    {
        // 31 December + two months ends on 29 February 2024: the assignation is lawful on 1 March, not before.
        await Hub.SubmitAsync(Referral(new DateOnly(2023, 12, 31)));
        await Hub.SubmitAsync(AssignationBy(SampleMessages.SocialLandlord(), new DateOnly(2024, 2, 29)));
        var onTheLastDay = Alerts().Count;
        await Hub.SubmitAsync(AssignationBy(SampleMessages.SocialLandlord(), new DateOnly(2024, 3, 1)) with { ActReference = "ASS-2024-0002" });

        Assert.Multiple(() =>
        {
            Assert.That(onTheLastDay, Is.EqualTo(1));
            Assert.That(Alerts(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_alert_on_a_company_s_assignation_without_any_referral()
    {
        await Hub.SubmitAsync(AssignationBy(SampleMessages.SocialLandlord() with { Kind = LandlordKind.Company, Name = "SA Foncière Ordener" }, new DateOnly(2025, 3, 21)));

        Assert.That(Alerts(), Is.EqualTo(new[] { ProcedureAlertCodes.AssignationBeforeLandlordReferral }));
    }

    [Test]
    public async Task Should_ask_nothing_of_a_private_landlord_nor_for_another_ground()
    {
        await Hub.SubmitAsync(AssignationBy(SampleMessages.PrivateLandlord(), new DateOnly(2025, 3, 21)));
        await Hub.SubmitAsync(AssignationBy(SampleMessages.SocialLandlord(), new DateOnly(2025, 3, 22)) with
        {
            ActReference = "ASS-2025-0002",
            Ground = EvictionGround.Nuisance,
        });

        Assert.That(Alerts(), Is.Empty);
    }

    [Test]
    public async Task Should_refuse_a_referral_by_a_private_person_and_open_nothing()
    {
        await Hub.SubmitAsync(Referral(ReferredOn) with { Sender = PartnerCode.Huissiers, Landlord = SampleMessages.PrivateLandlord() });

        var refusal = Hub.To<MessageRejected>(PartnerCode.Huissiers).Concat(Hub.IntakeRejections()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(refusal.Code, Is.EqualTo(RejectionCodes.ValidationFailed));
            Assert.That(refusal.Errors.Select(e => e.Code), Is.EquivalentTo(new[] { "landlord.not_a_legal_person", "siren.required" }));
            Assert.That(Hub.Dossiers(), Is.Empty);
        });
    }

    private List<string> Alerts() => [.. Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code)];

    private static SubmitLandlordReferral Referral(DateOnly on) =>
        SampleMessages.SubmitLandlordReferral() with { MessageId = Guid.NewGuid(), ReferredOn = on, SentAt = new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero) };

    private static NotifyAssignation AssignationBy(Landlord landlord, DateOnly servedOn) =>
        Fresh.Assignation(servedOn, servedOn.AddDays(70)) with
        {
            Landlord = landlord,
            PrefectNotifiedOn = servedOn,
            CdpDeliveredOn = servedOn.AddMonths(-3),
        };
}
