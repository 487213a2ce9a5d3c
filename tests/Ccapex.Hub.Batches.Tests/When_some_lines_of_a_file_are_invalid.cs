using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Tests;

/// <summary>cdp-with-errors.csv: lines 2 and 5 are valid, lines 3, 4 and 6 each have two faults.</summary>
public sealed class When_some_lines_of_a_file_are_invalid
{
    private static readonly Batches.Csv.CdpCsvBatch Batch = Csv.ReadSample("cdp-with-errors.csv");

    private static (string Field, string Code)[] Errors(int line) =>
        [.. Batch.Lines.Single(l => l.LineNumber == line).Errors.Select(e => (e.Field, e.Code))];

    [Test]
    public void Should_keep_the_valid_lines()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Batch.FileErrors, Is.Empty);
            Assert.That(Batch.Lines.Where(l => l.Message is not null).Select(l => l.LineNumber), Is.EqualTo(new[] { 2, 5 }));
            Assert.That(Batch.Lines.Where(l => l.Message is null).Select(l => l.LineNumber), Is.EqualTo(new[] { 3, 4, 6 }));
        });
    }

    [Test]
    public void Should_name_the_line_the_column_and_a_stable_code_for_every_fault()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Errors(3), Is.EqualTo(new[] { ("date_signification", "csv.date_invalid"), ("loyer_mensuel", "csv.decimal_invalid") }));
            Assert.That(Errors(4), Is.EqualTo(new[] { ("locataire_nom", "csv.formula_refused"), ("code_postal", "postal_code.invalid") }));
            Assert.That(Errors(6), Is.EqualTo(new[] { ("bailleur_type", "csv.value_unknown"), ("taille_menage", "csv.integer_invalid") }));
        });
    }

    [Test]
    public void Should_say_what_was_wrong_in_words()
    {
        var messages = Batch.Lines.Single(l => l.LineNumber == 3).Errors.Select(e => e.Message);

        Assert.That(messages, Has.Some.Contains("dd/mm/yyyy").And.Some.Contains("'2025/13/45'"));
    }

    [Test]
    public void Should_keep_the_act_reference_of_a_refused_line_so_the_sender_finds_it()
    {
        Assert.That(Batch.Lines.Single(l => l.LineNumber == 4).ActReference, Is.EqualTo("E-2025-0003"));
    }

    [Test]
    public void Should_run_the_hubs_validator_on_each_line()
    {
        var batch = Csv.ReadLines(Csv.Line().Replace("13/01/2025", "13/01/2026", StringComparison.Ordinal).Replace(";2;700,00", ";0;700,00", StringComparison.Ordinal));

        Assert.That(batch.Lines.Single().Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[]
        {
            ("date_signification", "delivered_on.in_future"),
            ("taille_menage", "household_size.out_of_range"),
        }));
    }

    [Test]
    public void Should_refuse_an_empty_street_or_city()
    {
        var batch = Csv.ReadLines(Csv.Line().Replace("5 rue Myrha;75018;Paris", ";75018; ", StringComparison.Ordinal));

        Assert.That(batch.Lines.Single().Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("adresse", "csv.value_required"), ("ville", "csv.value_required") }));
    }

    [Test]
    public void Should_name_the_column_of_a_second_tenant()
    {
        var batch = Csv.Read(Csv.Header + ";locataire2_nom;locataire2_prenom\n" + Csv.Line() + ";Dupont;\n");

        Assert.That(batch.Lines.Single().Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("locataire2_prenom", "tenant_name.required") }));
    }

    [Test]
    public void Should_refuse_a_line_with_cells_out_of_step_with_the_header()
    {
        var batch = Csv.ReadLines(Csv.Line("T-1") + ";extra", Csv.Line("T-2") + ";;", "T-3;CJ75-0412;short");

        Assert.Multiple(() =>
        {
            Assert.That(batch.Lines[0].Errors.Select(e => e.Code), Is.EqualTo(new[] { "csv.field_count" }));
            Assert.That(batch.Lines[1].Message, Is.Not.Null, "empty trailing cells are what spreadsheets write");
            Assert.That(batch.Lines[2].Errors.Select(e => e.Code), Is.EqualTo(new[] { "csv.field_count" }));
        });
    }

    [Test]
    public void Should_lose_only_the_line_of_an_unclosed_quote()
    {
        var broken = Csv.Line("T-2").Replace("5 rue Myrha", "\"5 rue Myrha", StringComparison.Ordinal);

        var batch = Csv.ReadLines(Csv.Line("T-1"), broken, Csv.Line("T-3"));

        Assert.Multiple(() =>
        {
            Assert.That(batch.Lines.Select(l => (l.LineNumber, l.Message is not null)), Is.EqualTo(new[] { (2, true), (3, false), (4, true) }));
            Assert.That(batch.Lines[1].Errors.Select(e => e.Code), Is.EqualTo(new[] { "csv.quote_unterminated" }));
        });
    }

    [Test]
    public void Should_refuse_the_second_line_of_the_same_act()
    {
        var batch = Csv.ReadLines(Csv.Line("T-1"), Csv.Line("t-1 "));

        Assert.Multiple(() =>
        {
            Assert.That(batch.Lines[0].Message, Is.Not.Null);
            Assert.That(batch.Lines[1].Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("reference_acte", "csv.act_reference_duplicate") }));
            Assert.That(batch.Lines[1].Errors[0].Message, Does.Contain("line 2"));
        });
    }

    [Test]
    public void Should_skip_blank_lines_without_a_word()
    {
        var batch = Csv.ReadLines(Csv.Line("T-1"), string.Empty, ";;;;", Csv.Line("T-2"));

        Assert.That(batch.Lines.Select(l => l.LineNumber), Is.EqualTo(new[] { 2, 5 }));
    }

    [Test]
    public void Should_leave_optional_columns_out_of_a_file()
    {
        var message = Csv.ReadLines(Csv.Line()).Lines.Single().Message!;

        Assert.Multiple(() =>
        {
            Assert.That(message.HousingBenefit, Is.EqualTo(HousingBenefitStatus.Unknown));
            Assert.That(message.BenefitPaidToLandlord, Is.Null);
            Assert.That(message.Landlord.Address, Is.Null);
            Assert.That(message.Household.Address.Complement, Is.Null);
        });
    }
}
