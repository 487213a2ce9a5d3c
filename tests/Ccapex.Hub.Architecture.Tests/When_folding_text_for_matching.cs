using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Architecture.Tests;

/// <summary>One folding for every comparison of names, streets, act references and CSV headers.</summary>
public sealed class When_folding_text_for_matching
{
    [TestCase("Lefèvre-Œuvray  d'Ornano", "LEFEVRE OEUVRAY D ORNANO")]
    [TestCase("  12, rue de l'Église ", "12 RUE DE L EGLISE")]
    [TestCase("ÉLODIE", "ELODIE")]
    [TestCase("E\u0301lodie", "ELODIE")]
    [TestCase("Straße", "STRASSE")]
    [TestCase("Ça-ïrà", "CA IRA")]
    [TestCase("", "")]
    [TestCase("---", "")]
    public void Should_fold_case_accents_and_punctuation(string text, string expected)
    {
        Assert.That(MatchText.Fold(text), Is.EqualTo(expected));
    }

    [Test]
    public void Should_give_one_key_to_a_composed_and_a_decomposed_accent()
    {
        Assert.That(MatchText.Fold("Hél\u00e8ne"), Is.EqualTo(MatchText.Fold("He\u0301le\u0300ne")));
    }

    [Test]
    public void Should_compact_without_spaces()
    {
        Assert.That(MatchText.Compact("Lefèvre-Œuvray"), Is.EqualTo("LEFEVREOEUVRAY"));
    }

    [TestCase('é', "e")]
    [TestCase('É', "E")]
    [TestCase('œ', "oe")]
    [TestCase('°', "°")]
    public void Should_keep_case_when_folding_one_letter(char letter, string expected)
    {
        Assert.That(MatchText.FoldLetter(letter), Is.EqualTo(expected));
    }

    [Test]
    public void Should_hold_the_only_accent_table_of_the_product()
    {
        // An accent table elsewhere ('É' or 'È' as character literals, or a run of accented letters) would be a
        // second folding that could disagree with this one.
        var offenders = Repository.SourceFiles("src")
            .Where(f => !f.Path.StartsWith("src/Ccapex.Hub.Charter/", StringComparison.Ordinal))
            .Where(f => f.Text.Contains("'É'", StringComparison.Ordinal) || f.Text.Contains("ÀÂÄ", StringComparison.Ordinal) || f.Text.Contains("àâä", StringComparison.Ordinal))
            .Select(f => f.Path)
            .ToList();

        Assert.That(offenders, Is.Empty);
    }
}
