using System.Net;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Gateway.Tests;

public sealed class When_a_partner_presents_its_key : GatewayFixture
{
    private const string Path = "/v1/cdp-notifications";

    [Test]
    public async Task Should_refuse_a_request_without_a_key_with_401()
    {
        using var response = await Gateway.PostJsonAsync(Path, null, Samples.Cdp());
        var challenge = response.Headers.WwwAuthenticate.ToString();
        var answer = await Answer.ReadAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(answer.ContentType, Is.EqualTo("application/problem+json"));
            Assert.That(answer.Code, Is.EqualTo("auth.key_missing"));
            Assert.That(challenge, Does.Contain("X-Api-Key"));
        });
    }

    [Test]
    public async Task Should_refuse_an_unknown_key_with_401()
    {
        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, "not-a-key", Samples.Cdp()));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Unauthorized, "auth.key_unknown")));
    }

    [Test]
    public async Task Should_refuse_a_partner_that_may_not_send_cdps_with_403()
    {
        var message = Samples.Cdp() with { Sender = PartnerCode.Caf };

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.CafKey, message));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Forbidden, "rule.sender_not_allowed")));
        Assert.That(Submitter.Sent.Select(m => m.MessageId), Does.Not.Contain(message.MessageId));
    }

    [Test]
    public async Task Should_refuse_a_body_in_another_partners_name_with_403()
    {
        var message = Samples.Cdp() with { Sender = PartnerCode.Caf };

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.HuissiersKey, message));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.sender_mismatch")));
        Assert.That(Submitter.Sent.Select(m => m.MessageId), Does.Not.Contain(message.MessageId));
    }

    [Test]
    public async Task Should_refuse_a_batch_with_one_item_in_another_partners_name_whole()
    {
        var good = Samples.Cdp();
        var foreign = Samples.Cdp() with { Sender = PartnerCode.Drihl };

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path + "/batch", RunningGateway.HuissiersKey, new[] { good, foreign }));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.sender_mismatch")));
        Assert.That(Submitter.Sent.Select(m => m.MessageId), Does.Not.Contain(good.MessageId), "nothing of the batch was sent");
    }

    [Test]
    public void Should_store_only_the_hash_of_a_key()
    {
        // What `printf %s KEY | sha256sum` prints, so operators can compute it without .NET.
        Assert.That(ApiKeyStore.Hash("abc"), Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
}
