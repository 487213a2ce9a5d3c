using System.Text;
using Ccapex.Hub.Batches.Csv;

namespace Ccapex.Hub.Batches.Tests;

/// <summary>Hostile or careless files: refused whole, before anything is sent, with a code that says why.</summary>
public sealed class When_a_file_breaks_the_limits
{
    [Test]
    public void Should_refuse_a_file_over_the_size_limit()
    {
        var batch = Csv.Read(Csv.Header + "\n" + Csv.Line() + "\n", new CdpCsvOptions { MaxFileBytes = 100 });

        Assert.Multiple(() =>
        {
            Assert.That(batch.FileErrors.Select(e => e.Code), Is.EqualTo(new[] { "csv.file_too_large" }));
            Assert.That(batch.Lines, Is.Empty);
        });
    }

    [Test]
    public async Task Should_stop_reading_a_stream_past_the_size_limit()
    {
        using var endless = new MemoryStream(Encoding.UTF8.GetBytes(Csv.Header + "\n" + string.Concat(Enumerable.Repeat(Csv.Line() + "\n", 1000))));

        var batch = await Csv.Reader(new CdpCsvOptions { MaxFileBytes = 4096 }).ReadAsync(endless);

        Assert.That(batch.FileErrors.Select(e => e.Code), Is.EqualTo(new[] { "csv.file_too_large" }));
        Assert.That(endless.Position, Is.LessThan(endless.Length));
    }

    [Test]
    public void Should_refuse_a_file_with_too_many_lines()
    {
        var batch = Csv.Read(Csv.Header + "\n" + string.Join("\n", Enumerable.Range(1, 4).Select(i => Csv.Line($"T-{i}"))), new CdpCsvOptions { MaxLines = 3 });

        Assert.Multiple(() =>
        {
            Assert.That(batch.FileErrors.Select(e => e.Code), Is.EqualTo(new[] { "csv.too_many_lines" }));
            Assert.That(batch.Lines, Is.Empty);
        });
    }

    [Test]
    public void Should_refuse_an_overlong_cell_and_keep_the_line_s_other_checks()
    {
        var batch = Csv.ReadLines(Csv.Line().Replace("Jean Martin", new string('x', 600), StringComparison.Ordinal));

        Assert.That(batch.Lines.Single().Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("bailleur_nom", "csv.cell_too_long") }));
    }

    [TestCase("")]
    [TestCase("\r\n\r\n")]
    public void Should_refuse_an_empty_file(string text)
    {
        Assert.That(Csv.Read(text).FileErrors.Select(e => e.Code), Is.EqualTo(new[] { "csv.no_lines" }));
    }

    [Test]
    public void Should_refuse_a_header_alone()
    {
        Assert.That(Csv.Read(Csv.Header + "\n").FileErrors.Select(e => e.Code), Is.EqualTo(new[] { "csv.no_lines" }));
    }
}
