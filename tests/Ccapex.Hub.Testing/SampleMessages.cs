using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Testing;

/// <summary>
/// A realistic instance of every hub message, all about one dossier: the Benali household, rue Ordener
/// (Paris 18e), served a CDP by a private landlord. Every optional field is filled in, so that a test
/// that goes through all of them covers every member. Each call returns a new instance.
/// </summary>
public static class SampleMessages
{
    public static readonly Guid DossierId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    public static readonly Guid ListingId = Guid.Parse("1b4e28ba-2fa1-4d2e-9b5c-3f6a8e1d2c07");
    public static readonly Guid FollowUpId = Guid.Parse("e3b0c442-98fc-4c14-9afb-f4c8996fb924");
    public const string CdpActReference = "CDP-2025-000417";

    /// <summary>The social landlord of <see cref="SocialLandlord"/> as a member organisation of the rules (ADR 0014).</summary>
    public static readonly PartnerCode ParisHabitat = PartnerCode.Parse("BAILLEUR_SOCIAL.PARIS_HABITAT");

    /// <summary>Another social landlord of the rules, whose tenants Paris Habitat's are not.</summary>
    public static readonly PartnerCode Rivp = PartnerCode.Parse("BAILLEUR_SOCIAL.RIVP");

    /// <summary>
    /// The morning after the sample CDP was served (13 January 2025, in the winter truce), before it was sent: where the
    /// fake clocks of the hub tests start, so that the samples' dates are recent.
    /// </summary>
    public static readonly DateTimeOffset DayAfterCdp = new(2025, 1, 14, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Every message type once, by type name.</summary>
    public static IReadOnlyList<object> All() =>
    [
        CcapexExaminationConcluded(),
        CdpNotificationAccepted(),
        CheckHousingBenefitRights(),
        DaloBlockersReviewed(),
        EscalateOverdueAnswer(),
        HousingBenefitRightsChecked(),
        MessageAccepted(),
        MessageRejected(),
        NotifyAssignation(),
        OverindebtednessStatusReported(),
        ProcedureAlertRaised(),
        ProcedureStageReached(),
        RemindOverdueAnswer(),
        ReportDaloCfpRisk(),
        RequestSixMonthFollowUp(),
        RequestTargetedIntervention(),
        ReviewDaloRehousingBlockers(),
        SendAwarenessLetter(),
        SixMonthStatusReported(),
        SocialDiagnosisReported(),
        SubmitCdpNotification(),
        SubmitComedReferral(),
        SubmitComplexSituationReferral(),
        SubmitLandlordReferral(),
    ];

    public static PostalAddress HouseholdAddress() => new()
    {
        Street = "14 rue Ordener",
        Complement = "Bâtiment B, 3e étage, porte gauche",
        PostalCode = "75018",
        City = "Paris",
    };

    public static IReadOnlyList<PersonName> Tenants() =>
    [
        new() { LastName = "Benali", FirstName = "Karima" },
        new() { LastName = "Benali", FirstName = "Youssef" },
    ];

    public static Household Household() => new() { Tenants = Tenants(), Address = HouseholdAddress(), Size = 4 };

    public static Landlord PrivateLandlord() => new()
    {
        Kind = LandlordKind.PrivatePerson,
        Name = "Jean-Pierre Durand",
        Address = new() { Street = "8 avenue de Villiers", PostalCode = "75017", City = "Paris" },
    };

    public static Landlord SocialLandlord() => new()
    {
        Kind = LandlordKind.SocialLandlord,
        Name = "Paris Habitat",
        Siren = "344810825",
        Address = new() { Street = "21 bis rue Claude Bernard", PostalCode = "75005", City = "Paris" },
    };

    public static BailiffOffice BailiffOffice() => new()
    {
        Name = "SCP Lefèvre et Rousseau, commissaires de justice",
        OfficeCode = "CJ75-0412",
        Email = "etude@lefevre-rousseau.example",
    };

    public static SubmitCdpNotification SubmitCdpNotification() => new()
    {
        MessageId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        SentAt = At(2025, 1, 14, 9, 30),
        Sender = PartnerCode.Huissiers,
        ActReference = CdpActReference,
        BailiffOffice = BailiffOffice(),
        DeliveredOn = new(2025, 1, 13),
        Landlord = PrivateLandlord(),
        Household = Household(),
        MonthlyRent = new(850.00m),
        MonthlyCharges = new(120.50m),
        ArrearsAmount = new(2911.50m),
        ArrearsMonths = 3,
        HousingBenefit = HousingBenefitStatus.Received,
        CafAllocataireNumber = "7512345",
        BenefitPaidToLandlord = true,
    };

    public static CdpNotificationAccepted CdpNotificationAccepted() => new()
    {
        MessageId = Guid.Parse("5d2c8e8a-6f3b-4a51-9c1e-0a7b3d9f4e21"),
        SentAt = At(2025, 1, 14, 9, 30, 2),
        InReplyTo = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        ActReference = CdpActReference,
        DossierId = DossierId,
        NotificationRequired = true,
        Duplicate = false,
    };

    public static SendAwarenessLetter SendAwarenessLetter() => new()
    {
        MessageId = Guid.Parse("9a3f6c1e-2b4d-4e8f-a0c5-6d7e8f9a0b1c"),
        SentAt = At(2025, 1, 14, 10, 0),
        Sender = PartnerCode.Drihl,
        DossierId = DossierId,
        Addressees = Tenants(),
        Address = HouseholdAddress(),
        Template = "cdp-awareness-v1",
        CdpDeliveredOn = new(2025, 1, 13),
    };

    public static CheckHousingBenefitRights CheckHousingBenefitRights() => new()
    {
        MessageId = Guid.Parse("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"),
        SentAt = At(2025, 2, 3, 7, 0),
        Sender = PartnerCode.Drihl,
        ListingId = ListingId,
        PeriodStart = new(2025, 1, 1),
        PeriodEnd = new(2025, 1, 31),
        Households =
        [
            new()
            {
                DossierId = DossierId,
                Tenants = Tenants(),
                Address = HouseholdAddress(),
                HouseholdSize = 4,
                CafAllocataireNumber = "7512345",
                MonthlyRent = new(850.00m),
                MonthlyCharges = new(120.50m),
                ArrearsAmount = new(2911.50m),
                HousingBenefit = HousingBenefitStatus.Received,
                BenefitPaidToLandlord = true,
                CdpDeliveredOn = new(2025, 1, 13),
            },
            new()
            {
                DossierId = Guid.Parse("4a7d1ed4-14e2-4b5f-a6c3-9e8d7f6a5b4c"),
                Tenants = [new() { LastName = "Moreau", FirstName = "Sylvie" }],
                Address = new() { Street = "3 rue des Panoyaux", PostalCode = "75020", City = "Paris" },
                HouseholdSize = 1,
                MonthlyRent = new(640.00m),
                MonthlyCharges = new(85.00m),
                ArrearsAmount = new(1450.00m),
                HousingBenefit = HousingBenefitStatus.Unknown,
                CdpDeliveredOn = new(2025, 1, 22),
            },
        ],
    };

    public static HousingBenefitRightsChecked HousingBenefitRightsChecked() => new()
    {
        MessageId = Guid.Parse("d4e5f6a7-b8c9-4dae-9f01-2b3c4d5e6f70"),
        SentAt = At(2025, 2, 17, 14, 12),
        Sender = PartnerCode.Caf,
        DossierId = DossierId,
        ListingId = ListingId,
        Status = BenefitRightsStatus.Suspended,
        IsCritical = true,
        CriticalReasons = ["Aide au logement suspendue pour impayé", "Famille avec deux enfants mineurs"],
        Comment = "Dossier transmis au service social CAF de Paris 18e.",
    };

    public static RequestTargetedIntervention RequestTargetedIntervention() => new()
    {
        MessageId = Guid.Parse("e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a81"),
        SentAt = At(2025, 2, 18, 9, 0),
        Sender = PartnerCode.Drihl,
        DossierId = DossierId,
        Reason = InterventionReason.CafCriticalCase,
        Household = Household(),
        ArrearsAmount = new(2911.50m),
        Stage = ProcedureStage.CommandementDePayer,
        Comment = "Merci de proposer un rendez-vous avant l'assignation.",
    };

    public static NotifyAssignation NotifyAssignation() => new()
    {
        MessageId = Guid.Parse("f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b92"),
        SentAt = At(2025, 3, 10, 11, 45),
        Sender = PartnerCode.Huissiers,
        DossierId = DossierId,
        ActReference = "ASS-2025-000088",
        CdpActReference = CdpActReference,
        BailiffOffice = BailiffOffice(),
        Ground = EvictionGround.RentArrears,
        CdpDeliveredOn = new(2025, 1, 13),
        ServedOn = new(2025, 3, 7),
        HearingDate = new(2025, 5, 20),
        PrefectNotifiedOn = new(2025, 3, 10),
        Court = "Tribunal judiciaire de Paris, pôle de proximité",
        Landlord = PrivateLandlord(),
        Household = Household(),
        ArrearsAmount = new(3882.00m),
    };

    public static ReportDaloCfpRisk ReportDaloCfpRisk() => new()
    {
        MessageId = Guid.Parse("a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9ca3"),
        SentAt = At(2025, 9, 2, 10, 15),
        Sender = PartnerCode.PrefecturePolice,
        DossierId = DossierId,
        Household = Household(),
        DaloRecognisedOn = new(2024, 11, 21),
        DaloDecisionReference = "DALO-75-2024-11873",
        CfpRequestedOn = new(2025, 8, 28),
        DecisionExpectedBy = new(2025, 10, 28),
        CdpActReference = CdpActReference,
    };

    public static ReviewDaloRehousingBlockers ReviewDaloRehousingBlockers() => new()
    {
        MessageId = Guid.Parse("b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9cadb4"),
        SentAt = At(2025, 9, 3, 9, 0),
        Sender = PartnerCode.Drihl,
        DossierId = DossierId,
        Household = Household(),
        DaloRecognisedOn = new(2024, 11, 21),
        DecisionExpectedBy = new(2025, 10, 28),
        AnswerDueBy = new(2025, 9, 24),
    };

    public static DaloBlockersReviewed DaloBlockersReviewed() => new()
    {
        MessageId = Guid.Parse("e3f4a5b6-c7d8-4e9f-8a0b-2c3d4e5f6071"),
        SentAt = At(2025, 9, 18, 14, 30),
        Sender = PartnerCode.Departement,
        DossierId = DossierId,
        ReviewedOn = new(2025, 9, 17),
        Blockers = [RehousingBlocker.Debt, RehousingBlocker.SupportNeeded],
        Comment = "Dossier FSL accès déposé ; mesure d'accompagnement AVDL demandée.",
    };

    public static SubmitComedReferral SubmitComedReferral() => new()
    {
        MessageId = Guid.Parse("c9d0e1f2-a3b4-4c5d-8e6f-7a8b9cadbec5"),
        SentAt = At(2025, 4, 8, 16, 20),
        Sender = PartnerCode.Comed,
        DossierId = DossierId,
        Household = Household(),
        ComedDecisionReference = "COMED-75-2025-0342",
        Reason = "Ménage prioritaire DALO menacé d'expulsion, demande d'examen en CCAPEX.",
        DaloRecognisedOn = new(2025, 3, 27),
        CdpActReference = CdpActReference,
    };

    public static SubmitComplexSituationReferral SubmitComplexSituationReferral() => new()
    {
        MessageId = Guid.Parse("d0e1f2a3-b4c5-4d6e-9f7a-8b9cadbecfd6"),
        SentAt = At(2025, 3, 21, 15, 5),
        Sender = ParisHabitat,
        DossierId = Guid.Parse("2c5ea4c0-4067-41e3-8a6f-1b2d3c4e5f60"),
        Household = new()
        {
            Tenants = [new() { LastName = "Lambert", FirstName = "Michel" }],
            Address = new()
            {
                Street = "52 boulevard de Belleville",
                Complement = "Escalier C, 5e étage",
                PostalCode = "75020",
                City = "Paris",
            },
            Size = 1,
        },
        Landlord = SocialLandlord(),
        Situations = [ComplexSituationKind.Nuisance, ComplexSituationKind.UnknownToSocialServicesAndUnresponsive],
        Description = "Troubles de voisinage répétés, le locataire ne répond ni aux courriers ni aux visites.",
        CdpActReference = "CDP-2025-000233",
    };

    public static CcapexExaminationConcluded CcapexExaminationConcluded() => new()
    {
        MessageId = Guid.Parse("e1f2a3b4-c5d6-4e7f-8a9b-9cadbecfd0e7"),
        SentAt = At(2025, 4, 24, 17, 30),
        Sender = PartnerCode.Drihl,
        DossierId = DossierId,
        ExaminedOn = new(2025, 4, 24),
        SessionReference = "CCAPEX-75-2025-04-24",
        Outcome = "Maintien dans les lieux possible sous réserve d'un plan d'apurement.",
        Recommendations =
        [
            new() { Addressee = PartnerCode.Departement, Text = "Instruire une demande d'aide FSL maintien." },
            new() { Addressee = PartnerCode.Caf, Text = "Rétablir l'aide au logement dès la signature du plan." },
            new() { Addressee = PartnerCode.ActionLogement, Text = "Orienter M. Benali, salarié, vers l'accompagnement Action logement." },
        ],
    };

    public static OverindebtednessStatusReported OverindebtednessStatusReported() => new()
    {
        MessageId = Guid.Parse("f2a3b4c5-d6e7-4f8a-9b0c-adbecfd0e1f8"),
        SentAt = At(2025, 6, 5, 8, 50),
        Sender = PartnerCode.Bdf,
        DossierId = DossierId,
        BdfFileReference = "BDF-075-2025-118204",
        Status = OverindebtednessStatus.Receivable,
        StatusOn = new(2025, 6, 2),
        Comment = "Dossier déclaré recevable, orientation vers un plan conventionnel.",
    };

    public static RequestSixMonthFollowUp RequestSixMonthFollowUp() => new()
    {
        MessageId = Guid.Parse("a3b4c5d6-e7f8-4a9b-8c1d-becfd0e1f209"),
        SentAt = At(2025, 10, 24, 8, 0),
        Sender = PartnerCode.Drihl,
        DossierId = DossierId,
        FollowUpId = FollowUpId,
        Addressee = PartnerCode.Departement,
        ExaminedOn = new(2025, 4, 24),
        AnswerDueBy = new(2025, 11, 21),
        Recommendations = ["Instruire une demande d'aide FSL maintien."],
    };

    public static SixMonthStatusReported SixMonthStatusReported() => new()
    {
        MessageId = Guid.Parse("b4c5d6e7-f8a9-4b0c-9d2e-cfd0e1f2031a"),
        SentAt = At(2025, 11, 12, 11, 10),
        Sender = PartnerCode.Departement,
        DossierId = DossierId,
        FollowUpId = FollowUpId,
        Situation = FollowUpSituation.RepaymentPlanRespected,
        Comment = "Aide FSL accordée, plan d'apurement respecté depuis juin.",
    };

    /// <summary>F18: Paris Habitat refers its tenant two months before it may assign (art. 24 II).</summary>
    public static SubmitLandlordReferral SubmitLandlordReferral() => new()
    {
        MessageId = Guid.Parse("5b6c7d8e-9fa0-4b1c-8d2e-3f4a5b6c7d8e"),
        SentAt = At(2025, 1, 10, 10, 0),
        Sender = ParisHabitat,
        Household = Household(),
        Landlord = SocialLandlord(),
        ReferredOn = new(2025, 1, 10),
        ArrearsAmount = new(3120.00m),
        CdpActReference = CdpActReference,
        Comment = "Dette locative de six mois, aucun contact malgré deux relances.",
    };

    public static SocialDiagnosisReported SocialDiagnosisReported() => new()
    {
        MessageId = Guid.Parse("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60"),
        SentAt = At(2025, 4, 30, 15, 5),
        Sender = PartnerCode.Departement,
        DossierId = DossierId,
        AssignationActReference = "ASS-2025-000088",
        Outcome = SocialDiagnosisOutcome.Completed,
        CompletedOn = new(2025, 4, 29),
        SentToJudge = true,
        Comment = "Diagnostic transmis au juge ; demande FSL en cours d'instruction.",
    };

    public static ProcedureStageReached ProcedureStageReached() => new()
    {
        MessageId = Guid.Parse("c5d6e7f8-a9b0-4c1d-8e3f-d0e1f203142b"),
        SentAt = At(2025, 5, 21, 9, 40),
        Sender = PartnerCode.Huissiers,
        DossierId = DossierId,
        CdpActReference = CdpActReference,
        Stage = ProcedureStage.Judgment,
        OccurredOn = new(2025, 5, 20),
        PaymentDelaysGranted = true,
        EvictionNotBefore = new(2026, 4, 1),
    };

    public static MessageAccepted MessageAccepted() => new()
    {
        MessageId = Guid.Parse("d6e7f8a9-b0c1-4d2e-9f4a-e1f20314253c"),
        SentAt = At(2025, 3, 10, 11, 45, 1),
        InReplyTo = Guid.Parse("f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b92"),
        Flow = "F6",
        DossierId = DossierId,
        Duplicate = false,
    };

    public static MessageRejected MessageRejected() => new()
    {
        MessageId = Guid.Parse("e7f8a9b0-c1d2-4e3f-8a5b-f20314253647"),
        SentAt = At(2025, 3, 11, 8, 2, 4),
        InReplyTo = Guid.Parse("0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"),
        MessageType = nameof(Contracts.SubmitCdpNotification),
        Code = "validation.failed",
        Reason = "Le code postal du ménage est invalide.",
        Errors =
        [
            new() { Field = "household.address.postalCode", Code = "postal_code.invalid", Message = "Le code postal doit comporter cinq chiffres." },
        ],
        Rule = "F1",
    };

    public static RemindOverdueAnswer RemindOverdueAnswer() => new()
    {
        MessageId = Guid.Parse("f8a9b0c1-d2e3-4f4a-9b6c-031425364758"),
        SentAt = At(2025, 11, 24, 8, 0),
        DossierId = DossierId,
        Flow = "F14",
        ExpectedMessage = nameof(Contracts.SixMonthStatusReported),
        Addressee = PartnerCode.Caf,
        DueAt = At(2025, 11, 21, 23, 59),
        Reminder = 1,
    };

    public static EscalateOverdueAnswer EscalateOverdueAnswer() => new()
    {
        MessageId = Guid.Parse("a9b0c1d2-e3f4-4a5b-8c7d-142536475869"),
        SentAt = At(2025, 12, 8, 8, 0),
        DossierId = DossierId,
        Flow = "F14",
        ExpectedMessage = nameof(Contracts.SixMonthStatusReported),
        Partner = PartnerCode.Caf,
        DueAt = At(2025, 11, 21, 23, 59),
        RemindersSent = 2,
    };

    public static ProcedureAlertRaised ProcedureAlertRaised() => new()
    {
        MessageId = Guid.Parse("b0c1d2e3-f4a5-4b6c-9d8e-25364758697a"),
        SentAt = At(2025, 11, 3, 10, 0),
        DossierId = DossierId,
        Code = "winter_truce.eviction",
        Description = "Expulsion annoncée le 3 novembre 2025, pendant la trêve hivernale.",
        Stage = ProcedureStage.EvictionCarriedOut,
    };

    /// <summary>A Paris time: UTC+1 in winter, UTC+2 in summer.</summary>
    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        var summer = month is > 3 and < 11;
        return new DateTimeOffset(local, TimeSpan.FromHours(summer ? 2 : 1));
    }
}
