using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Tests;

public sealed class When_reading_the_header
{
    [Test]
    public void Should_name_every_missing_column()
    {
        var batch = Csv.Read(Csv.Header.Replace("code_postal;", string.Empty, StringComparison.Ordinal).Replace(";mois_impayes", string.Empty, StringComparison.Ordinal) + "\n" + Csv.Line() + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(batch.FileErrors.Select(e => (e.Field, e.Code)), Is.EquivalentTo(new[] { ("code_postal", "csv.column_missing"), ("mois_impayes", "csv.column_missing") }));
            Assert.That(batch.Lines, Is.Empty);
        });
    }

    [Test]
    public void Should_refuse_an_unknown_column_rather_than_drop_its_values()
    {
        var batch = Csv.Read(Csv.Header + ";tiers_payants\n" + Csv.Line() + ";oui\n");

        Assert.That(batch.FileErrors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("tiers_payants", "csv.column_unknown") }));
    }

    [Test]
    public void Should_refuse_a_column_given_twice_even_under_an_alias()
    {
        var batch = Csv.Read(Csv.Header + ";CP\n" + Csv.Line() + ";75018\n");

        Assert.That(batch.FileErrors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("code_postal", "csv.column_duplicate") }));
    }

    [Test]
    public void Should_want_both_names_of_a_further_tenant()
    {
        var batch = Csv.Read(Csv.Header + ";locataire3_nom\n" + Csv.Line() + ";Dupont\n");

        Assert.That(batch.FileErrors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("locataire3_prenom", "csv.column_missing") }));
    }

    [Test]
    public void Should_match_headers_whatever_their_case_accents_and_spaces()
    {
        var header = "Référence de l'acte;CODE ÉTUDE;Nom-étude;Date de signification;Bailleur type;Bailleur nom;Nom locataire;Prénom locataire;"
            + "Adresse;CP;Ville;Nombre personnes;Loyer mensuel;Charges mensuelles;Dette;Nb mois impayés;N° allocataire";

        var batch = Csv.Read(header + "\n" + Csv.Line() + ";12345\n");

        Assert.Multiple(() =>
        {
            Assert.That(batch.FileErrors, Is.Empty, () => string.Join("; ", batch.FileErrors.Select(e => e.Message)));
            Assert.That(batch.Lines.Single().Message!.CafAllocataireNumber, Is.EqualTo("12345"));
        });
    }

    [Test]
    public void Should_place_columns_in_any_order()
    {
        var cells = Csv.Header.Split(';').Zip(Csv.Line().Split(';')).Reverse().ToList();

        var batch = Csv.Read(string.Join(";", cells.Select(c => c.First)) + "\n" + string.Join(";", cells.Select(c => c.Second)) + "\n");

        var expected = Csv.ReadLines(Csv.Line()).Lines.Single().Message;
        Assert.That(JsonSerializer.Serialize(batch.Lines.Single().Message, ContractJson.Options), Is.EqualTo(JsonSerializer.Serialize(expected, ContractJson.Options)));
    }

    [TestCase(',')]
    [TestCase('\t')]
    public void Should_take_the_separator_of_the_header(char separator)
    {
        var swap = (string line) => line.Replace(",", ".", StringComparison.Ordinal).Replace(';', separator);

        var batch = Csv.Read(swap(Csv.Header) + "\n" + swap(Csv.Line()) + "\n");

        Assert.That(batch.Lines.Single().Message!.MonthlyRent.Amount, Is.EqualTo(700m));
    }
}
