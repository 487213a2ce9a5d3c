using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>
/// Issue 10's property-based hostile-input suite, HTTP edge: at least 10,000 generated inputs (FsCheck) posted to a
/// real gateway, each to its message's route with the key of a partner that may send it. None gets a 5xx or crashes the
/// gateway; each is either accepted or refused with a problem of a stable code; a refusal's title and detail never
/// echo the values it was given, and what reaches the hub always names the key's partner.
/// </summary>
public sealed partial class When_hostile_inputs_reach_the_gateway : GatewayFixture
{
    private const int Inputs = 10_000;

    private static readonly Dictionary<PartnerCode, string> Keys = new()
    {
        [PartnerCode.Huissiers] = RunningGateway.HuissiersKey,
        [PartnerCode.Caf] = RunningGateway.CafKey,
        [PartnerCode.PrefecturePolice] = RunningGateway.PrefectureKey,
    };

    private int _tried;
    private int _accepted;

    [GeneratedRegex("^[a-z_]+(\\.[a-z_]+)+$")]
    private static partial Regex StableCode();

    private protected override string[] Settings => ["--Gateway:RateLimit:PartnerPermitLimit=1000000"];

    private static string Route(Type type) => type == typeof(SubmitCdpNotification) ? "/v1/cdp-notifications" : PartnerMessageEndpoints.Route(type);

    /// <summary>The key of a partner whose role may send this type, or the bailiffs' when none of the three may.</summary>
    private static (PartnerCode Partner, string Key) KeyFor(Type type)
    {
        var rule = Charter.CharterRulesLoader.LoadEmbedded().ForMessage(type);
        var partner = Keys.Keys.Where(rule.MaySend).DefaultIfEmpty(PartnerCode.Huissiers).First();
        return (partner, Keys[partner]);
    }

    private bool Holds(HostileInput input)
    {
        Interlocked.Increment(ref _tried);
        var (partner, key) = KeyFor(input.MessageType);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Gateway.Address, Route(input.MessageType))) { Content = new ByteArrayContent(input.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(ApiKeyFilter.Header, key);
        using var response = Gateway.Http.SendAsync(request).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if ((int)response.StatusCode >= 500)
        {
            throw new AssertionException($"{input}: {(int)response.StatusCode} {text}");
        }

        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            Interlocked.Increment(ref _accepted);
            var messageId = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("messageId").GetGuid();
            var sent = Gateway.Messages!.Sent.Cast<IPartnerMessage>().Concat(Submitter.Sent).Where(m => m.MessageId == messageId).ToList();
            return sent.Count == 1 && sent[0].Sender == partner;
        }

        // A field's error may quote the sender's own value back to it; the problem's title and detail never do.
        var answer = System.Text.Json.JsonDocument.Parse(text).RootElement;
        var code = answer.TryGetProperty("code", out var c) ? c.GetString() : null;
        var summary = $"{(answer.TryGetProperty("title", out var t) ? t.GetString() : null)} {(answer.TryGetProperty("detail", out var d) ? d.GetString() : null)}";
        if (code is null || !StableCode().IsMatch(code) || summary.Contains(HostileInput.Marker, StringComparison.Ordinal))
        {
            throw new AssertionException($"{input}: {(int)response.StatusCode} without a stable code, or echoing the input: {text[..Math.Min(text.Length, 600)]}");
        }

        return true;
    }

    [Test]
    public void Should_answer_every_input_with_a_stable_code_and_no_server_error()
    {
        var property = Prop.ForAll(HostileInputs.Arbitrary(), input => Holds(input));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Inputs).WithQuietOnSuccess(true), property);

        TestContext.Out.WriteLine($"{_tried} hostile inputs tried over HTTP: {_accepted} accepted, {_tried - _accepted} refused with a stable code.");
        Assert.That(_tried, Is.GreaterThanOrEqualTo(Inputs));
    }
}
