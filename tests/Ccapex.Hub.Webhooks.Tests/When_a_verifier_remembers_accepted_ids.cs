using System.Globalization;
using System.Text;
using Ccapex.Hub.Webhooks.Signing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// The receiver's replay memory is a window by time: an id accepted is refused as a replay for as long as
/// its request could still pass the timestamp check, then forgotten, so memory holds only recent ids.
/// </summary>
[TestFixture]
public sealed class When_a_verifier_remembers_accepted_ids
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"messageId":"m"}""");

    [Test]
    public void Should_refuse_the_id_again_within_the_tolerance_even_freshly_signed()
    {
        var clock = new FixedClock(Start);
        var verifier = new WebhookVerifier(WebhookWorld.CafSecret, clock: clock);
        var first = Verify(verifier, "m-1", Start);
        clock.Now = Start + TimeSpan.FromMinutes(9);

        // The hub's own redelivery after a lost answer: a new timestamp and signature, the same id.
        var again = Verify(verifier, "m-1", clock.Now);
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(WebhookVerification.Ok));
            Assert.That(again.Code, Is.EqualTo(WebhookVerification.MessageIdReplayed));
            Assert.That(again.IsReplay, Is.True);
        });
    }

    [Test]
    public void Should_forget_ids_older_than_twice_the_tolerance_and_refuse_their_requests_by_timestamp()
    {
        var clock = new FixedClock(Start);
        var verifier = new WebhookVerifier(WebhookWorld.CafSecret, clock: clock);
        var signed = Enumerable.Range(1, 3).Select(i => (Id: $"m-{i}", Verdict: Verify(verifier, $"m-{i}", Start))).ToList();
        Assert.That(verifier.RememberedIds, Is.EqualTo(3));

        clock.Now = Start + TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1);
        var later = Verify(verifier, "m-4", clock.Now);
        var stale = verifier.Verify("m-1", "RequestSixMonthFollowUp", Seconds(Start), Sign("m-1", Start), Body);
        Assert.Multiple(() =>
        {
            Assert.That(signed.Select(s => s.Verdict), Is.All.EqualTo(WebhookVerification.Ok));
            Assert.That(later, Is.EqualTo(WebhookVerification.Ok));
            Assert.That(verifier.RememberedIds, Is.EqualTo(1), "the three old ids are swept");
            Assert.That(stale.Code, Is.EqualTo(WebhookVerification.TimestampOutsideTolerance));
        });
    }

    [Test]
    public void Should_accept_the_id_again_once_forgotten_by_a_receiver_that_could_not_store_it()
    {
        var clock = new FixedClock(Start);
        var verifier = new WebhookVerifier(WebhookWorld.CafSecret, clock: clock);
        Assert.That(Verify(verifier, "m-1", Start), Is.EqualTo(WebhookVerification.Ok));
        verifier.Forget("m-1");
        Assert.That(Verify(verifier, "m-1", Start), Is.EqualTo(WebhookVerification.Ok));
    }

    [Test]
    public void Should_not_remember_ids_of_requests_it_refused()
    {
        var verifier = new WebhookVerifier(WebhookWorld.CafSecret, clock: new FixedClock(Start));
        var forged = verifier.Verify("m-1", "RequestSixMonthFollowUp", Seconds(Start), WebhookSignatureV2.Create(WebhookWorld.DepartementSecret, "m-1", "RequestSixMonthFollowUp", Seconds(Start), Body), Body);
        Assert.Multiple(() =>
        {
            Assert.That(forged.Code, Is.EqualTo(WebhookVerification.SignatureMismatch));
            Assert.That(verifier.RememberedIds, Is.Zero);
            Assert.That(Verify(verifier, "m-1", Start), Is.EqualTo(WebhookVerification.Ok));
        });
    }

    private static WebhookVerification Verify(WebhookVerifier verifier, string id, DateTimeOffset signedAt) =>
        verifier.Verify(id, "RequestSixMonthFollowUp", Seconds(signedAt), Sign(id, signedAt), Body);

    private static string Sign(string id, DateTimeOffset at) => WebhookSignatureV2.Create(WebhookWorld.CafSecret, id, "RequestSixMonthFollowUp", Seconds(at), Body);

    private static string Seconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
