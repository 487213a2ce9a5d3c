using System.Text;
using Ccapex.Hub.Batches.Csv;

namespace Ccapex.Hub.Batches.Tests;

/// <summary>RFC 4180 quoting as Sep splits it and the format reads it (docs/adr/0012-csv-on-sep.md): what a spreadsheet writes, and what it never does.</summary>
public sealed class When_a_file_quotes_its_cells
{
    private static string Quoted(string street) => Csv.Line().Replace("5 rue Myrha", street, StringComparison.Ordinal);

    private static string Street(CdpCsvBatch batch) => batch.Lines.Single().Message!.Household.Address.Street;

    [Test]
    public void Should_keep_a_separator_inside_quotes()
    {
        Assert.That(Street(Csv.ReadLines(Quoted("\"5; rue Myrha\""))), Is.EqualTo("5; rue Myrha"));
    }

    [Test]
    public void Should_read_doubled_quotes_as_one()
    {
        Assert.That(Street(Csv.ReadLines(Quoted("\"5 rue \"\"Myrha\"\"\""))), Is.EqualTo("5 rue \"Myrha\""));
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    [TestCase("\r")]
    public void Should_keep_a_quoted_line_break_as_a_newline_and_count_the_lines_after_it(string lineBreak)
    {
        var text = string.Join(lineBreak, Csv.Header, Quoted($"\"5 rue Myrha{lineBreak}Bât. B\""), Csv.Line("T-2"), string.Empty);

        var batch = Csv.Read(text);

        Assert.Multiple(() =>
        {
            Assert.That(batch.Lines[0].Message!.Household.Address.Street, Is.EqualTo("5 rue Myrha\nBât. B"));
            Assert.That(batch.Lines.Select(l => l.LineNumber), Is.EqualTo(new[] { 2, 4 }));
        });
    }

    [Test]
    public void Should_read_a_header_cell_wrapped_over_two_lines()
    {
        // Excel writes a header typed with Alt+Enter as a quoted line break.
        var header = Csv.Header.Replace(";code_postal;", ";\"Code\npostal\";", StringComparison.Ordinal);

        var batch = Csv.Read(header + "\n" + Csv.Line() + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(batch.FileErrors, Is.Empty, () => string.Join("; ", batch.FileErrors.Select(e => e.Message)));
            Assert.That(batch.Lines.Single().LineNumber, Is.EqualTo(3));
            Assert.That(batch.Lines.Single().Message!.Household.Address.PostalCode, Is.EqualTo("75018"));
        });
    }

    [Test]
    public void Should_keep_the_text_after_a_closing_quote()
    {
        Assert.That(Street(Csv.ReadLines(Quoted("\"5\"bis rue Myrha"))), Is.EqualTo("5bis rue Myrha"));
    }

    [Test]
    public void Should_keep_a_stray_quote_as_text_when_it_moves_no_cell()
    {
        Assert.That(Street(Csv.ReadLines(Quoted("5 rue \"Myrha\""))), Is.EqualTo("5 rue \"Myrha\""));
    }

    [Test]
    public void Should_refuse_only_the_line_of_a_stray_quote_that_moves_cells()
    {
        // Sep pairs the stray quote of T-2 with the first quote of T-3: without the format's rule, two lines would make one.
        var batch = Csv.ReadLines(Csv.Line("T-1"), Quoted("5 rue \"Myrha"), Quoted("\"5; rue Myrha\"").Replace("T-0001", "T-3", StringComparison.Ordinal), Csv.Line("T-4"));

        Assert.Multiple(() =>
        {
            Assert.That(batch.Lines.Select(l => (l.LineNumber, l.Message is not null)), Is.EqualTo(new[] { (2, true), (3, false), (4, true), (5, true) }));
            Assert.That(batch.Lines[1].Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("line", "csv.quote_misplaced") }));
            Assert.That(batch.Lines[2].Message!.Household.Address.Street, Is.EqualTo("5; rue Myrha"));
        });
    }

    [Test]
    public void Should_refuse_the_last_line_when_its_quote_is_never_closed()
    {
        var batch = Csv.Read(Csv.Header + "\n" + Csv.Line("T-1") + "\n" + Quoted("\"5 rue Myrha"));

        Assert.Multiple(() =>
        {
            Assert.That(batch.Lines.Select(l => (l.LineNumber, l.Message is not null)), Is.EqualTo(new[] { (2, true), (3, false) }));
            Assert.That(batch.Lines[1].Errors.Select(e => e.Code), Is.EqualTo(new[] { "csv.quote_unterminated" }));
        });
    }

    [Test]
    public void Should_refuse_the_file_when_the_header_has_a_quote_never_closed()
    {
        var batch = Csv.Read("\"" + Csv.Header + "\n" + Csv.Line() + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(batch.FileErrors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("file", "csv.quote_unterminated") }));
            Assert.That(batch.Lines, Is.Empty);
        });
    }

    [Test]
    public void Should_count_the_cells_of_a_ragged_line_after_its_quotes()
    {
        var batch = Csv.ReadLines(Quoted("\"5 rue Myrha\";\"extra\""), Quoted("5;rue Myrha"), Quoted("\"5;rue Myrha\""));

        Assert.Multiple(() =>
        {
            Assert.That(batch.Lines[0].Errors.Select(e => e.Code), Is.EqualTo(new[] { "csv.field_count" }));
            Assert.That(batch.Lines[1].Errors.Select(e => e.Code), Is.EqualTo(new[] { "csv.field_count" }));
            Assert.That(batch.Lines[2].Message, Is.Not.Null);
        });
    }

    [Test]
    public void Should_stop_reading_a_file_of_stray_quotes_at_the_line_limit()
    {
        // Each stray quote makes Sep start again on the next line; past the limit the file is refused anyway.
        var text = Csv.Header + "\n" + string.Concat(Enumerable.Repeat("x\"y;1\n", 20));

        var batch = Csv.Reader(new CdpCsvOptions { MaxLines = 5 }).Read(Encoding.UTF8.GetBytes(text));

        Assert.Multiple(() =>
        {
            Assert.That(batch.FileErrors.Select(e => e.Code), Is.EqualTo(new[] { "csv.too_many_lines" }));
            Assert.That(batch.FileErrors[0].Message, Does.Contain("more than 5"));
        });
    }
}
