using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Host.Tests;

public sealed class When_validating_a_cdp_notification
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CdpSample.Now.UtcDateTime);

    private readonly SubmitCdpNotificationValidator _validator = new(new FakeTimeProvider(CdpSample.Now));

    private static IEnumerable<TestCaseData> Faults()
    {
        TestCaseData Case(string name, SubmitCdpNotification message, string field, string code) =>
            new TestCaseData(message, field, code).SetArgDisplayNames(name);

        yield return Case("sender CAF", CdpSample.Valid() with { Sender = PartnerCode.Caf }, "sender", "sender.not_allowed");
        yield return Case("act reference empty", CdpSample.Valid() with { ActReference = "" }, "actReference", "act_reference.required");
        yield return Case("act reference blank", CdpSample.Valid() with { ActReference = "   " }, "actReference", "act_reference.required");
        yield return Case("act reference 65 chars", CdpSample.Valid() with { ActReference = new string('A', 65) }, "actReference", "act_reference.too_long");
        yield return Case("office code blank", CdpSample.WithOffice(o => o with { OfficeCode = " " }), "bailiffOffice.officeCode", "office_code.required");
        yield return Case("office name empty", CdpSample.WithOffice(o => o with { Name = "" }), "bailiffOffice.name", "office_name.required");
        yield return Case("delivered tomorrow", CdpSample.Valid() with { DeliveredOn = Today.AddDays(1) }, "deliveredOn", "delivered_on.in_future");
        yield return Case("delivered in 1999", CdpSample.Valid() with { DeliveredOn = new DateOnly(1999, 12, 31) }, "deliveredOn", "delivered_on.too_old");
        yield return Case("no tenant", CdpSample.WithHousehold(h => h with { Tenants = [] }), "household.tenants", "tenants.required");
        yield return Case("second tenant's last name blank", CdpSample.WithHousehold(h => h with { Tenants = [h.Tenants[0], h.Tenants[1] with { LastName = " " }] }), "household.tenants[1].lastName", "tenant_name.required");
        yield return Case("first tenant's first name empty", CdpSample.WithHousehold(h => h with { Tenants = [h.Tenants[0] with { FirstName = "" }] }), "household.tenants[0].firstName", "tenant_name.required");
        yield return Case("postcode 4 digits", CdpSample.WithPostalCode("7501"), "household.address.postalCode", "postal_code.invalid");
        yield return Case("postcode 6 digits", CdpSample.WithPostalCode("750180"), "household.address.postalCode", "postal_code.invalid");
        yield return Case("postcode with a letter O", CdpSample.WithPostalCode("75O18"), "household.address.postalCode", "postal_code.invalid");
        yield return Case("postcode empty", CdpSample.WithPostalCode(""), "household.address.postalCode", "postal_code.invalid");
        yield return Case("postcode Arabic-Indic digits", CdpSample.WithPostalCode("٧٥٠١٨"), "household.address.postalCode", "postal_code.invalid");
        yield return Case("household of 0", CdpSample.WithHousehold(h => h with { Size = 0 }), "household.size", "household_size.out_of_range");
        yield return Case("household of 31", CdpSample.WithHousehold(h => h with { Size = 31 }), "household.size", "household_size.out_of_range");
        yield return Case("rent zero", CdpSample.Valid() with { MonthlyRent = Euros.Zero }, "monthlyRent", "monthly_rent.not_positive");
        yield return Case("rent negative", CdpSample.Valid() with { MonthlyRent = new Euros(-1m) }, "monthlyRent", "monthly_rent.not_positive");
        yield return Case("charges negative", CdpSample.Valid() with { MonthlyCharges = new Euros(-0.01m) }, "monthlyCharges", "monthly_charges.negative");
        yield return Case("arrears negative", CdpSample.Valid() with { ArrearsAmount = new Euros(-0.01m) }, "arrearsAmount", "arrears_amount.negative");
        yield return Case("arrears months -1", CdpSample.Valid() with { ArrearsMonths = -1 }, "arrearsMonths", "arrears_months.out_of_range");
        yield return Case("arrears months 241", CdpSample.Valid() with { ArrearsMonths = 241 }, "arrearsMonths", "arrears_months.out_of_range");
        yield return Case("CAF number with a letter", CdpSample.Valid() with { CafAllocataireNumber = "75123A" }, "cafAllocataireNumber", "caf_allocataire_number.invalid");
        yield return Case("CAF number of 14 digits", CdpSample.Valid() with { CafAllocataireNumber = "12345678901234" }, "cafAllocataireNumber", "caf_allocataire_number.invalid");
        yield return Case("CAF number empty", CdpSample.Valid() with { CafAllocataireNumber = "" }, "cafAllocataireNumber", "caf_allocataire_number.invalid");
        yield return Case("landlord name blank", CdpSample.WithLandlord(l => l with { Name = "  " }), "landlord.name", "landlord_name.required");
        yield return Case("SIREN of 8 digits", CdpSample.WithLandlord(l => l with { Siren = "34481082" }), "landlord.siren", "siren.invalid");
        yield return Case("SIREN with spaces", CdpSample.WithLandlord(l => l with { Siren = "344 810 825" }), "landlord.siren", "siren.invalid");
    }

    private static IEnumerable<TestCaseData> Boundaries()
    {
        TestCaseData Case(string name, SubmitCdpNotification message) => new TestCaseData(message).SetArgDisplayNames(name);

        yield return Case("the sample", CdpSample.Valid());
        yield return Case("act reference 64 chars", CdpSample.Valid() with { ActReference = new string('A', 64) });
        yield return Case("delivered today", CdpSample.Valid() with { DeliveredOn = Today });
        yield return Case("delivered 2000-01-01", CdpSample.Valid() with { DeliveredOn = new DateOnly(2000, 1, 1) });
        yield return Case("household of 1", CdpSample.WithHousehold(h => h with { Size = 1 }));
        yield return Case("household of 30", CdpSample.WithHousehold(h => h with { Size = 30 }));
        yield return Case("rent 0.01", CdpSample.Valid() with { MonthlyRent = new Euros(0.01m) });
        yield return Case("no charges, no arrears", CdpSample.Valid() with { MonthlyCharges = Euros.Zero, ArrearsAmount = Euros.Zero, ArrearsMonths = 0 });
        yield return Case("arrears months 240", CdpSample.Valid() with { ArrearsMonths = 240 });
        yield return Case("CAF number of 13 digits", CdpSample.Valid() with { CafAllocataireNumber = "1234567890123" });
        yield return Case("no CAF number", CdpSample.Valid() with { CafAllocataireNumber = null });
        yield return Case("SIREN of 9 digits", CdpSample.WithLandlord(l => l with { Siren = "344810825" }));
        yield return Case("no SIREN", CdpSample.WithLandlord(l => l with { Siren = null }));
    }

    [TestCaseSource(nameof(Faults))]
    public void Should_report_the_field_and_its_code(SubmitCdpNotification message, string field, string code)
    {
        var errors = _validator.Validate(message);

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(errors[0].Field, Is.EqualTo(field));
            Assert.That(errors[0].Code, Is.EqualTo(code));
            Assert.That(errors[0].Message, Is.Not.Empty.And.EndsWith("."));
        });
    }

    [TestCaseSource(nameof(Boundaries))]
    public void Should_accept_the_values_at_the_limits(SubmitCdpNotification message) =>
        Assert.That(_validator.Validate(message), Is.Empty);

    private static readonly string[] ExpectedCodes = ["sender.not_allowed", "postal_code.invalid", "arrears_months.out_of_range"];

    [Test]
    public void Should_report_every_fault_at_once()
    {
        var message = CdpSample.WithPostalCode("123") with { Sender = PartnerCode.Bdf, ArrearsMonths = -2 };

        var codes = _validator.Validate(message).Select(e => e.Code);

        Assert.That(codes, Is.EqualTo(ExpectedCodes));
    }

    [Test]
    public void Should_take_today_in_Paris_time()
    {
        // 23:30 UTC on 20 January is already 21 January in Paris: an act served that day is not in the future.
        var lateEvening = new SubmitCdpNotificationValidator(new FakeTimeProvider(new DateTimeOffset(2025, 1, 20, 23, 30, 0, TimeSpan.Zero)));

        Assert.That(lateEvening.Validate(CdpSample.Valid() with { DeliveredOn = new DateOnly(2025, 1, 21) }), Is.Empty);
    }
}
