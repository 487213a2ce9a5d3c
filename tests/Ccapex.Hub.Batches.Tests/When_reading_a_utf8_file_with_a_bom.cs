using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Tests;

/// <summary>Excel's "CSV UTF-8" export: a BOM, French headers with accents, CRLF, a quoted cell holding ';' and a line break.</summary>
public sealed class When_reading_a_utf8_file_with_a_bom
{
    private static readonly Batches.Csv.CdpCsvBatch Batch = Csv.ReadSample("cdp-utf8-bom.csv");

    [Test]
    public void Should_read_every_line_as_a_notification()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Batch.FileErrors, Is.Empty);
            Assert.That(Batch.Encoding, Is.EqualTo("utf-8"));
            Assert.That(Batch.Lines.Select(l => l.Errors.Count), Is.All.EqualTo(0), () => string.Join("; ", Batch.Lines.SelectMany(l => l.Errors).Select(e => $"{e.Field} {e.Code} {e.Message}")));
            Assert.That(Batch.Lines.Select(l => l.ActReference), Is.EqualTo(new[] { "CDP-2025-000417", "CDP-2025-000418", "CDP-2025-000419" }));
        });
    }

    [Test]
    public void Should_keep_the_separator_and_the_line_break_inside_quotes_and_count_lines_from_the_file()
    {
        var first = Batch.Lines[0].Message!;

        Assert.Multiple(() =>
        {
            Assert.That(first.Household.Address.Complement, Is.EqualTo("Bâtiment B; 3e étage\nporte gauche"));
            Assert.That(Batch.Lines.Select(l => l.LineNumber), Is.EqualTo(new[] { 2, 4, 5 }));
            Assert.That(Batch.Lines[1].Message!.Household.Address.Street, Is.EqualTo("8, rue des Poissonniers"));
        });
    }

    [Test]
    public void Should_read_the_whole_notification()
    {
        var message = Batch.Lines[0].Message!;

        Assert.Multiple(() =>
        {
            Assert.That(message.Sender, Is.EqualTo(PartnerCode.Huissiers));
            Assert.That(message.SentAt, Is.EqualTo(Csv.Now));
            Assert.That(message.BailiffOffice, Is.EqualTo(new BailiffOffice { OfficeCode = "CJ75-0412", Name = "SCP Lefèvre et Rousseau" }));
            Assert.That(message.DeliveredOn, Is.EqualTo(new DateOnly(2025, 1, 13)));
            Assert.That(message.Landlord.Kind, Is.EqualTo(LandlordKind.PrivatePerson));
            Assert.That(message.Household.Tenants, Is.EqualTo(new[] { new PersonName { LastName = "Benali", FirstName = "Karima" }, new PersonName { LastName = "Benali", FirstName = "Youssef" } }));
            Assert.That(message.Household.Address.PostalCode, Is.EqualTo("75018"));
            Assert.That(message.Household.Size, Is.EqualTo(4));
            Assert.That(message.MonthlyRent, Is.EqualTo(new Euros(850m)));
            Assert.That(message.MonthlyCharges, Is.EqualTo(new Euros(120.50m)));
            Assert.That(message.ArrearsAmount, Is.EqualTo(new Euros(2911.50m)));
            Assert.That(message.ArrearsMonths, Is.EqualTo(3));
            Assert.That(message.HousingBenefit, Is.EqualTo(HousingBenefitStatus.Received));
            Assert.That(message.CafAllocataireNumber, Is.EqualTo("7512345"));
            Assert.That(message.BenefitPaidToLandlord, Is.True);
        });
    }

    [Test]
    public void Should_read_decimal_dots_and_leave_unknown_optional_values_empty()
    {
        var social = Batch.Lines[1].Message!;
        var third = Batch.Lines[2].Message!;

        Assert.Multiple(() =>
        {
            Assert.That(social.MonthlyRent, Is.EqualTo(new Euros(640m)));
            Assert.That(social.MonthlyCharges, Is.EqualTo(new Euros(95.20m)));
            Assert.That(social.Landlord.Kind, Is.EqualTo(LandlordKind.SocialLandlord));
            Assert.That(social.HousingBenefit, Is.EqualTo(HousingBenefitStatus.Suspended));
            Assert.That(social.Household.Tenants, Has.Count.EqualTo(1), "empty locataire2 cells name no second tenant");
            Assert.That(social.CafAllocataireNumber, Is.Null);
            Assert.That(social.BenefitPaidToLandlord, Is.False);
            Assert.That(third.BenefitPaidToLandlord, Is.Null);
        });
    }

    [Test]
    public void Should_accept_a_cdp_under_the_notification_threshold()
    {
        // 450 EUR of debt, rent 900, no month unpaid: valid, the hub records it as not requiring the notification.
        var line = Batch.Lines[2];

        Assert.That(line.Message, Is.Not.Null);
        Assert.That(Validation.CdpNotificationThreshold.RequiresNotification(line.Message!), Is.False);
    }
}
