using System.Net;
using System.Text;

namespace Ccapex.Hub.Gateway.Tests;

public sealed class When_a_batch_is_posted : GatewayFixture
{
    private const string Path = "/v1/cdp-notifications/batch";

    private protected override string[] Settings => ["--Gateway:MaxBatchItems=5", "--Gateway:MaxBatchBodyBytes=65536", "--Gateway:MaxSingleBodyBytes=4096"];

    [SetUp]
    public void Reset() => Submitter.Answer = FakeSubmitter.Mode.Receipt;

    [Test]
    public async Task Should_send_the_valid_items_and_give_the_outcome_of_each()
    {
        var first = Samples.Cdp();
        var invalid = Samples.Cdp() with { ArrearsMonths = -1 };
        var third = Samples.Cdp();

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.HuissiersKey, new[] { first, invalid, third }));

        var results = answer.Body.GetProperty("results").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That((answer.Body.GetProperty("accepted").GetInt32(), answer.Body.GetProperty("invalid").GetInt32()), Is.EqualTo((2, 1)));
            Assert.That(results.Select(r => (r.GetProperty("index").GetInt32(), r.GetProperty("status").GetString())), Is.EqualTo(new[] { (0, "accepted"), (1, "invalid"), (2, "accepted") }));
            Assert.That(results[1].GetProperty("errors")[0].GetProperty("code").GetString(), Is.EqualTo("arrears_months.out_of_range"));
            Assert.That(results[2].GetProperty("dossierId").GetGuid(), Is.EqualTo(FakeSubmitter.DossierFor(third)));
            Assert.That(Submitter.Sent.Select(m => m.MessageId), Does.Contain(first.MessageId).And.Contain(third.MessageId).And.Not.Contain(invalid.MessageId));
        });
    }

    [Test]
    public async Task Should_isolate_an_item_of_the_wrong_shape()
    {
        var good = Samples.Cdp();
        var body = $"[{System.Text.Json.JsonSerializer.Serialize(good, Contracts.ContractJson.Options)}, {{\"sender\": \"HUISSIERS\", \"monthlyRent\": \"huit cents\"}}]";

        var answer = await Answer.ReadAsync(await Gateway.PostAsync(Path, RunningGateway.HuissiersKey, body));

        var results = answer.Body.GetProperty("results");
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That((results[0].GetProperty("status").GetString(), results[1].GetProperty("status").GetString()), Is.EqualTo(("accepted", "invalid")));
        Assert.That(results[1].GetProperty("errors")[0].GetProperty("code").GetString(), Is.EqualTo("json.invalid"));
    }

    [Test]
    public async Task Should_answer_422_when_no_item_is_valid()
    {
        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.HuissiersKey, new[] { Samples.Cdp() with { ActReference = "" } }));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.UnprocessableEntity, "validation.failed")));
        Assert.That(answer.Body.GetProperty("results")[0].GetProperty("errors")[0].GetProperty("code").GetString(), Is.EqualTo("act_reference.required"));
    }

    [Test]
    public async Task Should_refuse_the_second_item_with_the_same_message_id()
    {
        var message = Samples.Cdp();

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.HuissiersKey, new[] { message, message with { ActReference = "OTHER-1" } }));

        Assert.That(answer.Body.GetProperty("results")[1].GetProperty("errors")[0].GetProperty("code").GetString(), Is.EqualTo("batch.message_id_duplicate"));
    }

    [Test]
    public async Task Should_refuse_an_empty_or_too_long_batch()
    {
        var empty = await Answer.ReadAsync(await Gateway.PostAsync(Path, RunningGateway.HuissiersKey, "[]"));
        var tooMany = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.HuissiersKey, Enumerable.Range(0, 6).Select(_ => Samples.Cdp()).ToArray()));

        Assert.That((empty.Status, empty.Code), Is.EqualTo((HttpStatusCode.UnprocessableEntity, "batch.empty")));
        Assert.That((tooMany.Status, tooMany.Code), Is.EqualTo((HttpStatusCode.UnprocessableEntity, "batch.too_many_items")));
    }

    [Test]
    public async Task Should_read_a_csv_file_and_answer_per_line()
    {
        var csv = await File.ReadAllTextAsync(Samples.CsvFile("cdp-with-errors.csv"));

        var answer = await Answer.ReadAsync(await Gateway.PostAsync(Path, RunningGateway.HuissiersKey, csv, "text/csv"));

        var results = answer.Body.GetProperty("results").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(results.Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("status").GetString())),
                Is.EqualTo(new[] { (2, "accepted"), (3, "invalid"), (4, "invalid"), (5, "accepted"), (6, "invalid") }));
            Assert.That(results[2].GetProperty("errors")[0].GetProperty("code").GetString(), Is.EqualTo("csv.formula_refused"));
        });
    }

    [Test]
    public async Task Should_read_a_windows_1252_csv_body()
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(Samples.CsvFile("cdp-windows-1252.csv")));
        content.Headers.ContentType = new("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        request.Headers.Add("X-Api-Key", RunningGateway.HuissiersKey);

        var answer = await Answer.ReadAsync(await Gateway.Http.SendAsync(request));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(Submitter.Sent.Select(m => m.Household.Tenants[0].FirstName), Does.Contain("Hélène"));
    }

    [Test]
    public async Task Should_refuse_a_csv_file_with_a_bad_header_whole()
    {
        var answer = await Answer.ReadAsync(await Gateway.PostAsync(Path, RunningGateway.HuissiersKey, "reference_acte;oops\nA;B\n", "text/csv"));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.UnprocessableEntity, "batch.refused")));
        Assert.That(answer.Errors().Select(e => e.Code), Does.Contain("csv.column_unknown"));
    }

    [Test]
    public async Task Should_answer_413_for_an_oversized_batch_even_without_a_length()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("[" + new string(' ', 70_000) + "]")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("X-Api-Key", RunningGateway.HuissiersKey);

        var answer = await Answer.ReadAsync(await Gateway.Http.SendAsync(request));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.RequestEntityTooLarge, "request.too_large")));
    }
}
