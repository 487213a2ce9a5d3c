using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>
/// The HTTP half of issue 10's confinement matrix, on a real gateway: every partner's key × every message a partner
/// may send (the CDP and every <c>/v1/messages/</c> route) × the body's sender in every partner's name and in other
/// spellings of them, with and without headers claiming another identity. A case outside the rules is refused with
/// its stable code and nothing reaches the hub; a case inside them reaches it in the key's name only.
/// </summary>
public sealed class When_every_partner_posts_every_message_in_every_name
{
    private readonly FakeSubmitter _submitter = new();
    private readonly ConcurrentBag<string> _failures = [];
    private RunningGateway _gateway = null!;
    private int _cases;
    private int _allowed;

    private static readonly CharterRules Rules = CharterRulesLoader.LoadEmbedded();

    private static string Key(PartnerCode partner) => "mk_" + partner.Value.ToLowerInvariant() + "_0123456789abcdef";

    /// <summary>Every message type partners send, with the route it is posted to.</summary>
    private static IEnumerable<(FlowRule Rule, string Path, IPartnerMessage Sample)> Routes() =>
        SampleMessages.All().OfType<IPartnerMessage>()
            .Select(m => (Rule: Rules.ForMessage(m.GetType()), Sample: m))
            .Where(x => x.Rule.Origin == FlowOrigin.Partner)
            .Select(x => (x.Rule, x.Sample is SubmitCdpNotification ? "/v1/cdp-notifications" : PartnerMessageEndpoints.Route(x.Sample.GetType()), x.Sample));

    /// <summary>How a body may name a partner: its code, and spellings that must never pass for it.</summary>
    private static IEnumerable<string> Spellings(PartnerCode partner)
    {
        yield return partner.Value;
        yield return partner.Value.ToLowerInvariant();
        yield return " " + partner.Value;
        yield return partner.Value.Replace('I', 'І'); // Cyrillic I
    }

    [OneTimeSetUp]
    public async Task Start()
    {
        var keys = Rules.Partners.Select(p => $"--Gateway:ApiKeys:{p.Value}:0={ApiKeyStore.Hash(Key(p))}").ToArray();
        _gateway = await RunningGateway.StartAsync(_submitter, [.. keys, "--Gateway:RateLimit:PartnerPermitLimit=1000000"]);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _gateway.DisposeAsync();

    private static string Body(IPartnerMessage sample, Guid messageId, string senderMember)
    {
        var json = JsonSerializer.Serialize(sample, sample.GetType(), ContractJson.Options);
        var sender = $"\"sender\":\"{sample.Sender}\"";
        var id = $"\"messageId\":\"{sample.MessageId}\"";
        Assert.That(json, Does.Contain(sender).And.Contain(id));
        return json.Replace(sender, senderMember, StringComparison.Ordinal).Replace(id, $"\"messageId\":\"{messageId}\"", StringComparison.Ordinal);
    }

    private async Task Case(PartnerCode key, FlowRule rule, string path, IPartnerMessage sample, string senderValue, string senderName, bool withHeaders)
    {
        Interlocked.Increment(ref _cases);
        var messageId = Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_gateway.Address, path))
        {
            Content = new StringContent(Body(sample, messageId, $"\"{senderName}\":{JsonSerializer.Serialize(senderValue)}"), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ApiKeyFilter.Header, Key(key));
        if (withHeaders)
        {
            // Headers a partner could hope the gateway trusts: it trusts none.
            request.Headers.Add("X-Ccapex-Sender", PartnerCode.Drihl.Value);
            request.Headers.Add("X-Forwarded-For", "10.0.0.1");
            request.Headers.Add("X-Forwarded-User", PartnerCode.PrefecturePolice.Value);
        }

        using var response = await _gateway.Http.SendAsync(request);
        var answer = await Answer.ReadAsync(response);
        var mayUseRoute = rule.MaySend(key);
        var ownName = senderValue == key.Value;
        var what = $"{key} posting {sample.GetType().Name} as {senderName}={senderValue}{(withHeaders ? " with headers" : string.Empty)}";
        var (expectedStatus, expectedCode) = !mayUseRoute
            ? (HttpStatusCode.Forbidden, ProblemCodes.SenderNotAllowed)
            : !ownName ? (HttpStatusCode.Forbidden, ProblemCodes.SenderMismatch) : (HttpStatusCode.Accepted, (string?)null);
        if (answer.Status != expectedStatus || (expectedCode is not null && answer.Code != expectedCode))
        {
            _failures.Add($"{what}: {(int)answer.Status} {answer.Code}, expected {(int)expectedStatus} {expectedCode}");
        }

        var reached = _submitter.Sent.Where(m => m.MessageId == messageId).Cast<IPartnerMessage>()
            .Concat(_gateway.Messages!.Sent.Where(m => m.MessageId == messageId)).ToList();
        if (expectedCode is null)
        {
            Interlocked.Increment(ref _allowed);
            if (reached.Count != 1 || reached[0].Sender != key)
            {
                _failures.Add($"{what}: accepted but reached the hub {reached.Count} time(s) as {string.Join(",", reached.Select(r => r.Sender))}");
            }
        }
        else if (reached.Count > 0)
        {
            _failures.Add($"{what}: refused, yet it reached the hub");
        }
    }

    [Test]
    public async Task Should_refuse_every_case_outside_the_rules_and_let_nothing_through()
    {
        // Every identity holds a key (each social landlord its own, ADR 0014); a body may name any identity, any role
        // (the social landlords' own included) or a member the rules do not list.
        var names = Rules.Partners.Concat(PartnerCode.All).Append(PartnerCode.Parse("BAILLEUR_SOCIAL.ELOGIE_SIEMP")).Distinct().ToList();
        foreach (var key in Rules.Partners)
        {
            foreach (var (rule, path, sample) in Routes())
            {
                var cases = new List<Task>();
                foreach (var named in names)
                {
                    foreach (var spelling in Spellings(named))
                    {
                        cases.Add(Case(key, rule, path, sample, spelling, "sender", withHeaders: false));
                    }

                    cases.Add(Case(key, rule, path, sample, named.Value, "Sender", withHeaders: false));
                }

                cases.Add(Case(key, rule, path, sample, key.Value, "sender", withHeaders: true));
                await Task.WhenAll(cases);
            }
        }

        TestContext.Out.WriteLine($"{_cases} cases, {_allowed} inside the rules, {_cases - _allowed} refused.");
        Assert.Multiple(() =>
        {
            Assert.That(_failures, Is.Empty);
            Assert.That(_allowed, Is.GreaterThan(0));
            Assert.That(_cases, Is.GreaterThan(2000));
        });
    }
}
