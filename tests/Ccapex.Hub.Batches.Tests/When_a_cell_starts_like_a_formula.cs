namespace Ccapex.Hub.Batches.Tests;

/// <summary>CSV injection: a cell a spreadsheet would run when someone opens an export of the hub's data.</summary>
public sealed class When_a_cell_starts_like_a_formula
{
    [TestCase("=1+1")]
    [TestCase("+33 1 23")]
    [TestCase("-Dupont")]
    [TestCase("@SUM(A1)")]
    [TestCase(" =cmd|'/c calc'!A1")]
    public void Should_refuse_it_in_a_text_column(string cell)
    {
        var batch = Csv.ReadLines(Csv.Line().Replace("Dupont", cell, StringComparison.Ordinal));

        Assert.That(batch.Lines.Single().Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("locataire_nom", "csv.formula_refused") }));
    }

    [TestCase("=700")]
    [TestCase("@700")]
    public void Should_refuse_it_in_a_number_column(string cell)
    {
        var batch = Csv.ReadLines(Csv.Line().Replace("700,00", cell, StringComparison.Ordinal));

        Assert.That(batch.Lines.Single().Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("loyer_mensuel", "csv.formula_refused") }));
    }

    [Test]
    public void Should_read_a_signed_number_as_a_number_and_let_the_validator_judge_it()
    {
        var batch = Csv.ReadLines(Csv.Line().Replace("50,00", "-50,00", StringComparison.Ordinal));

        Assert.That(batch.Lines.Single().Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("charges_mensuelles", "monthly_charges.negative") }));
    }
}
