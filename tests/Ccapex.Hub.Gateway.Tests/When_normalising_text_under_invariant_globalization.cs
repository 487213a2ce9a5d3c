using System.Text;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>
/// A fact the matching code must know (Directory.Build.props sets InvariantGlobalization): string.Normalize does
/// not throw but changes nothing, so "e" + U+0301 stays two characters and is not "é". NFC needs ICU (set
/// InvariantGlobalization false and ship libicu) or a normaliser of its own. This test fails when that changes.
/// </summary>
public sealed class When_normalising_text_under_invariant_globalization
{
    [Test]
    public void Should_leave_a_decomposed_accent_as_it_is()
    {
        var decomposed = "Cle\u0301ment";

        Assert.Multiple(() =>
        {
            Assert.That(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant, Is.True);
            Assert.That(decomposed.Normalize(NormalizationForm.FormC), Is.EqualTo(decomposed).And.Not.EqualTo("Cl\u00e9ment"));
            Assert.That("\uFF53".Normalize(NormalizationForm.FormKC), Is.EqualTo("\uFF53"), "NFKC does not fold fullwidth letters either");
        });
    }
}
