using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// A receiver refuses with a long answer that echoes the household's name and address, with line breaks and
/// terminal escapes: the parking reason keeps the status and a sanitised excerpt of at most 200 characters,
/// and the worker's logs keep the status only.
/// </summary>
[TestFixture]
public sealed class When_a_refusal_echoes_personal_data
{
    private const string Echo = "Dossier de Mme Jeanne Martin, 12 rue des Lilas";

    private WebhookWorld _world = null!;
    private RunningWorker _worker = null!;
    private string _reason = null!;

    [OneTimeSetUp]
    public async Task Park()
    {
        _world = await WebhookWorld.StartAsync();
        _world.Caf.Answer = (_, _) => Task.FromResult(422);
        _world.Caf.RefusalText = _ => $"{Echo}\r\n\u001b[2J\u001b]0;owned\u0007\u202erefusé\t\t: champ invalide " + new string('x', 5000);
        _worker = await _world.StartWorkerAsync(_world.Settings());
        await _world.SendFollowUpAsync(PartnerCode.Caf);
        await _world.WaitParkedAsync(PartnerCode.Caf);
        var (_, output, _) = await _world.RunCommandAsync("parked", "CAF");
        _reason = output.Split('\n').Single(l => l.Contains("reason: ", StringComparison.Ordinal));
        _reason = _reason[(_reason.IndexOf("reason: ", StringComparison.Ordinal) + "reason: ".Length)..].TrimEnd('\r');
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public void Should_keep_the_status_and_a_short_excerpt_in_the_parking_reason()
    {
        const string prefix = "refused by the partner: HTTP 422: ";
        Assert.Multiple(() =>
        {
            Assert.That(_reason, Does.StartWith(prefix + Echo + " [2J ]0;owned refusé : champ invalide xxx"));
            Assert.That(_reason, Does.EndWith("x…"));
            Assert.That(_reason.Length - prefix.Length, Is.EqualTo(PartnerAnswer.MaxLength + 1), "200 characters and the ellipsis");
        });
    }

    [Test]
    public void Should_strip_control_and_format_characters()
    {
        Assert.That(_reason.Where(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format), Is.Empty);
    }

    [Test]
    public void Should_log_the_status_without_the_answer()
    {
        var lines = _worker.Logs.Lines.Select(l => l.Text).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.Contains("HTTP 422"));
            Assert.That(lines, Has.None.Contains("Martin"));
        });
    }
}
