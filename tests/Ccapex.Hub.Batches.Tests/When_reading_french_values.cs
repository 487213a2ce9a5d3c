using Ccapex.Hub.Batches.Csv;

namespace Ccapex.Hub.Batches.Tests;

public sealed class When_reading_french_values
{
    [TestCase("1234,56", 1234.56)]
    [TestCase("1 234,56", 1234.56)]
    [TestCase("1\u00A0234,56", 1234.56)]
    [TestCase("1\u202F234,56", 1234.56)]
    [TestCase("1.234,56", 1234.56)]
    [TestCase("1,234.56", 1234.56)]
    [TestCase("1234.5", 1234.5)]
    [TestCase("850", 850)]
    [TestCase("850,00 €", 850)]
    [TestCase("-12,50", -12.5)]
    [TestCase("1.234.567,89", 1234567.89)]
    public void Should_read_an_amount(string text, decimal expected)
    {
        Assert.That(FrenchValues.TryParseDecimal(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("12,5,0")]
    [TestCase("1.23,45")]
    [TestCase("douze")]
    [TestCase("1e3")]
    [TestCase("€")]
    public void Should_refuse_what_is_not_an_amount(string text)
    {
        Assert.That(FrenchValues.TryParseDecimal(text, out _), Is.False);
    }

    [Test]
    public void Should_refuse_three_decimals_rather_than_guess_thousands()
    {
        var batch = Csv.ReadLines(Csv.Line().Replace("700,00", "1.234", StringComparison.Ordinal));

        Assert.That(batch.Lines.Single().Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("loyer_mensuel", "csv.decimal_invalid") }));
    }

    [TestCase("14/01/2025")]
    [TestCase("4/1/2025")]
    [TestCase("14-01-2025")]
    [TestCase("14.01.2025")]
    [TestCase("2025-01-14")]
    [TestCase("14/01/2025 00:00")]
    [TestCase("14/01/2025 00:00:00")]
    public void Should_read_a_date(string text)
    {
        Assert.That(FrenchValues.TryParseDate(text, out var date), Is.True);
        Assert.That(date.Month, Is.EqualTo(1));
    }

    [TestCase("01/14/2025")]
    [TestCase("14/01/25")]
    [TestCase("31/02/2025")]
    [TestCase("14/01/2025 10:30")]
    [TestCase("le 14 janvier")]
    public void Should_refuse_what_is_not_a_date(string text)
    {
        Assert.That(FrenchValues.TryParseDate(text, out _), Is.False);
    }

    [TestCase("oui", true)]
    [TestCase("OUI", true)]
    [TestCase("o", true)]
    [TestCase("x", true)]
    [TestCase("Vrai", true)]
    [TestCase("non", false)]
    [TestCase("N", false)]
    [TestCase("0", false)]
    [TestCase("", null)]
    public void Should_read_yes_or_no(string text, bool? expected)
    {
        Assert.That(FrenchValues.TryParseBoolean(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [Test]
    public void Should_refuse_a_third_answer()
    {
        Assert.That(FrenchValues.TryParseBoolean("peut-être", out _), Is.False);
    }
}
