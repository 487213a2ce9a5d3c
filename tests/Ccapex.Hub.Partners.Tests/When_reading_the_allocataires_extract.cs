using Ccapex.Hub.Partners.Caf;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>The extract file: UTF-8 with or without BOM, all or nothing, every fault named by line and field.</summary>
public sealed class When_reading_the_allocataires_extract
{
    [Test]
    public void Should_find_a_household_by_its_allocataire_number()
    {
        var (extract, errors) = AllocataireExtractReader.Read(Extracts.Utf8("7512345;Benali;Karima;75018;suspendus;2"));

        var rights = extract!.Find(Listings.Line(number: "7512345", lastName: "Someone", firstName: "Else"));
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(rights?.Status, Is.EqualTo(BenefitRightsStatus.Suspended));
            Assert.That(rights?.DependentChildren, Is.EqualTo(2));
        });
    }

    [Test]
    public void Should_find_a_household_without_number_by_names_and_postal_code_whatever_the_accents()
    {
        var (extract, _) = AllocataireExtractReader.Read(Extracts.Utf8WithBom("7500001;LEFEVRE;Hélène;75018;ouverts;0"));

        Assert.Multiple(() =>
        {
            Assert.That(extract!.Find(Listings.Line(number: null, lastName: "Lefèvre", firstName: "Helene"))?.AllocataireNumber, Is.EqualTo("7500001"));
            Assert.That(extract.Find(Listings.Line(number: null, lastName: "Lefèvre", firstName: "Hélène") with
            {
                Address = new PostalAddress { Street = "1 rue X", PostalCode = "75019", City = "Paris" },
            }), Is.Null, "another postal code");
        });
    }

    [Test]
    public void Should_know_nothing_of_a_household_missing_from_the_extract()
    {
        var (extract, _) = AllocataireExtractReader.Read(Extracts.Utf8("7500001;Martin;Paul;75018;ouverts;0"));

        Assert.That(extract!.Find(Listings.Line(number: "9999999", lastName: "Benali", firstName: "Karima")), Is.Null);
    }

    [Test]
    public void Should_answer_unknown_to_caf_for_a_household_it_does_not_know()
    {
        var listing = SampleListing();
        var answer = CafListingConsumer.Answer(listing, listing.Households[0], null, [], DateTimeOffset.UnixEpoch);

        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(BenefitRightsStatus.UnknownToCaf));
            Assert.That(answer.IsCritical, Is.False);
            Assert.That(answer.MessageId, Is.EqualTo(CafListingConsumer.MessageId(listing.ListingId, listing.Households[0].DossierId)));
            Assert.That(answer.MessageId, Is.Not.EqualTo(CafListingConsumer.MessageId(Guid.NewGuid(), listing.Households[0].DossierId)));
        });
    }

    [Test]
    public void Should_refuse_the_whole_file_naming_each_faulty_line_and_field()
    {
        var (extract, errors) = AllocataireExtractReader.Read(Extracts.Utf8(
            "7500001;Martin;Paul;75018;ouverts;0",
            "7500002;;Anne;75018;ouverts;1",
            "7500003;Durand;Luc;750;fermes;deux",
            "7500001;Martin;Paul;75018;ouverts;0",
            "7500004;Petit"));

        Assert.Multiple(() =>
        {
            Assert.That(extract, Is.Null);
            Assert.That(errors.Select(e => (e.Line, e.Field, e.Code)), Is.EqualTo(new[]
            {
                (3, AllocataireExtractReader.LastName, ExtractErrorCodes.ValueRequired),
                (4, AllocataireExtractReader.PostalCode, ExtractErrorCodes.PostalCodeInvalid),
                (4, AllocataireExtractReader.Rights, ExtractErrorCodes.ValueUnknown),
                (4, AllocataireExtractReader.Children, ExtractErrorCodes.IntegerInvalid),
                (5, AllocataireExtractReader.Number, ExtractErrorCodes.NumberDuplicate),
                (6, "*", ExtractErrorCodes.FieldCount),
            }));
        });
    }

    [Test]
    public void Should_refuse_a_windows_1252_file_saying_where()
    {
        var (extract, errors) = AllocataireExtractReader.Read(Extracts.Windows1252("7500001;Martin;Paul;75018;ouverts;0", "7500002;Lefèvre;Anne;75018;ouverts;1"));

        Assert.Multiple(() =>
        {
            Assert.That(extract, Is.Null);
            Assert.That(errors.Single().Code, Is.EqualTo(ExtractErrorCodes.EncodingInvalid));
            Assert.That(errors.Single().Line, Is.EqualTo(3));
        });
    }

    [Test]
    public void Should_refuse_a_header_that_lacks_a_column()
    {
        var (_, errors) = AllocataireExtractReader.Read("numero_allocataire;nom;prenom;code_postal;droits\n1;A;B;75018;ouverts\n"u8);

        Assert.Multiple(() =>
        {
            Assert.That(errors.Single().Code, Is.EqualTo(ExtractErrorCodes.HeaderInvalid));
            Assert.That(errors.Single().Message, Does.Contain(AllocataireExtractReader.Children));
        });
    }

    private static CheckHousingBenefitRights SampleListing() => Testing.SampleMessages.CheckHousingBenefitRights() with { ListingId = Guid.NewGuid() };
}
