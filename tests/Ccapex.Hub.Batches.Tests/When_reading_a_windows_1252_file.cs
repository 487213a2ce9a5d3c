using System.Text;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Tests;

/// <summary>Excel's plain "CSV" export on a French Windows: Windows-1252, no BOM.</summary>
public sealed class When_reading_a_windows_1252_file
{
    [Test]
    public void Should_decode_the_accents()
    {
        var batch = Csv.ReadSample("cdp-windows-1252.csv");

        Assert.Multiple(() =>
        {
            Assert.That(batch.Encoding, Is.EqualTo("windows-1252"));
            Assert.That(batch.Lines.Select(l => l.Errors.Count), Is.All.EqualTo(0), () => string.Join("; ", batch.Lines.SelectMany(l => l.Errors).Select(e => e.Message)));
            Assert.That(batch.Lines[0].Message!.BailiffOffice.Name, Is.EqualTo("Étude Müller & Associés"));
            Assert.That(batch.Lines[0].Message!.Household.Tenants[0], Is.EqualTo(new PersonName { LastName = "Müller", FirstName = "Hélène" }));
            Assert.That(batch.Lines[0].Message!.Household.Address.Street, Is.EqualTo("3 rue de l'Église"));
            Assert.That(batch.Lines[0].Message!.HousingBenefit, Is.EqualTo(HousingBenefitStatus.Requested));
            Assert.That(batch.Lines[0].Message!.MonthlyRent, Is.EqualTo(new Euros(1250m)));
            Assert.That(batch.Lines[1].Message!.Landlord.Kind, Is.EqualTo(LandlordKind.PrivatePerson), "'personne physique' with a space");
            Assert.That(batch.Lines[1].Message!.Household.Tenants[0].LastName, Is.EqualTo("Ferré"));
        });
    }

    [Test]
    public void Should_read_utf8_without_a_bom_as_utf8()
    {
        var batch = Csv.Reader().Read(Encoding.UTF8.GetBytes(Csv.Header + "\n" + Csv.Line() + "\n"));

        Assert.Multiple(() =>
        {
            Assert.That(batch.Encoding, Is.EqualTo("utf-8"));
            Assert.That(batch.Lines.Single().Message!.BailiffOffice.Name, Is.EqualTo("SCP Lefèvre"));
        });
    }

    [Test]
    public void Should_read_utf16_with_a_bom()
    {
        var batch = Csv.Reader().Read(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Csv.Header + "\r\n" + Csv.Line())).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(batch.Encoding, Is.EqualTo("utf-16"));
            Assert.That(batch.Lines.Single().Message!.BailiffOffice.Name, Is.EqualTo("SCP Lefèvre"));
        });
    }

    [Test]
    public void Should_refuse_a_binary_file_whole()
    {
        var batch = Csv.Reader().Read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);

        Assert.That(batch.FileErrors.Select(e => e.Code), Is.EqualTo(new[] { "csv.not_text" }));
        Assert.That(batch.Lines, Is.Empty);
    }

    [Test]
    public void Should_refuse_a_bom_that_lies()
    {
        var batch = Csv.Reader().Read([0xEF, 0xBB, 0xBF, .. Encoding.Latin1.GetBytes("reference_acte;nom_étude")]);

        Assert.That(batch.FileErrors.Select(e => e.Code), Is.EqualTo(new[] { "csv.encoding_invalid" }));
    }
}
