using System.Net;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>Control, format and bidirectional characters, and text over its field's limit, refused with the field's path and never echoed.</summary>
public sealed class When_a_text_field_holds_what_it_may_not : GatewayFixture
{
    private const string StatusPath = "/v1/messages/six-month-status-reported";

    private static SixMonthStatusReported Status(string comment) =>
        SampleMessages.SixMonthStatusReported() with { MessageId = Guid.NewGuid(), Sender = PartnerCode.Caf, Comment = comment };

    private bool WasSent(Guid messageId) => Gateway.Messages!.Sent.Any(m => m.MessageId == messageId) || Submitter.Sent.Any(m => m.MessageId == messageId);

    [Test]
    public async Task Should_refuse_a_right_to_left_override_in_a_tenants_name_without_echoing_it()
    {
        var cdp = Samples.Cdp();
        cdp = cdp with { Household = cdp.Household with { Tenants = [new PersonName { LastName = "Martin\u202Egnp.exe", FirstName = "Léa" }] } };

        using var response = await Gateway.PostJsonAsync("/v1/cdp-notifications", RunningGateway.HuissiersKey, cdp);
        var text = await response.Content.ReadAsStringAsync();
        var answer = await Answer.ReadAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That((answer.Status, answer.Code, WasSent(cdp.MessageId)), Is.EqualTo(((HttpStatusCode)422, "validation.failed", false)), text);
            Assert.That(answer.Errors(), Does.Contain(("household.tenants[0].lastName", "field.forbidden_character")));
            Assert.That(text, Does.Not.Contain("gnp.exe").And.Not.Contain("\\u202E").And.Not.Contain("\u202E"));
            Assert.That(text, Does.Contain("U+202E"));
        });
    }

    [Test]
    public async Task Should_accept_a_line_break_in_a_free_text_comment()
    {
        var status = Status("Plan respecté.\nSuivi FSL en cours.");

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(StatusPath, RunningGateway.CafKey, status));

        Assert.That((answer.Status, WasSent(status.MessageId)), Is.EqualTo((HttpStatusCode.Accepted, true)), answer.Body.ToString());
    }

    [TestCase("Plan\trespecté", TestName = "{m}(tab)")]
    [TestCase("Plan\rrespecté", TestName = "{m}(lone carriage return)")]
    [TestCase("Plan\0respecté", TestName = "{m}(NUL)")]
    [TestCase("Plan\u200Brespecté", TestName = "{m}(zero-width space)")]
    [TestCase("Plan\u2067respecté", TestName = "{m}(right-to-left isolate)")]
    [TestCase("\uFEFFPlan respecté", TestName = "{m}(byte order mark)")]
    public async Task Should_refuse_other_control_and_format_characters_even_in_free_text(string comment)
    {
        var status = Status(comment);

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(StatusPath, RunningGateway.CafKey, status));

        Assert.Multiple(() =>
        {
            Assert.That((answer.Status, answer.Code, WasSent(status.MessageId)), Is.EqualTo(((HttpStatusCode)422, "validation.failed", false)), answer.Body.ToString());
            Assert.That(answer.Errors(), Is.EqualTo(new[] { ("comment", "field.forbidden_character") }));
        });
    }

    [Test]
    public async Task Should_refuse_a_comment_over_2000_characters_with_field_too_long()
    {
        var status = Status(new string('a', 2001));

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(StatusPath, RunningGateway.CafKey, status));

        Assert.That((answer.Status, answer.Errors().Single(), WasSent(status.MessageId)), Is.EqualTo(((HttpStatusCode)422, ("comment", "field.too_long"), false)), answer.Body.ToString());
    }

    [Test]
    public async Task Should_refuse_only_the_batch_item_with_a_forbidden_character()
    {
        var good = Samples.Cdp();
        var bad = Samples.Cdp();
        bad = bad with { Household = bad.Household with { Address = bad.Household.Address with { City = "Paris\u0007" } } };

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync("/v1/cdp-notifications/batch", RunningGateway.HuissiersKey, new[] { good, bad }));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Accepted), answer.Body.ToString());
            Assert.That((WasSent(good.MessageId), WasSent(bad.MessageId)), Is.EqualTo((true, false)));
            Assert.That(answer.Body.GetProperty("results")[1].ToString(), Does.Contain("household.address.city").And.Contain("field.forbidden_character"));
        });
    }
}
