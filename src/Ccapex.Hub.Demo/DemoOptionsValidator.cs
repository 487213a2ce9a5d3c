using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Demo;

internal sealed class DemoOptionsValidator : IValidateOptions<DemoOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.RabbitMqUri, UriKind.Absolute, out var broker) || broker.Scheme is not ("amqp" or "amqps"))
        {
            failures.Add("Demo:RabbitMqUri (CCAPEX_RABBITMQ_URI) must be an amqp:// URI such as amqp://guest:guest@127.0.0.1:5672/.");
        }

        if (!string.IsNullOrWhiteSpace(options.GatewayUrl) && !Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out _))
        {
            failures.Add($"Demo:GatewayUrl must be an absolute http(s) URL such as http://127.0.0.1:8085; got '{options.GatewayUrl}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.CredentialsFile) && !File.Exists(options.CredentialsFile))
        {
            failures.Add($"Demo:CredentialsFile names no file: '{options.CredentialsFile}' (./hub partners provision writes it).");
        }

        if (!string.IsNullOrWhiteSpace(options.WebhookPartner)
            && (!Contracts.PartnerCode.TryParse(options.WebhookPartner, out _) || string.IsNullOrWhiteSpace(options.WebhookPrefix) || !File.Exists(options.WebhookSecretFile)))
        {
            failures.Add("Demo:WebhookPartner needs a partner code, Demo:WebhookPrefix (e.g. http://127.0.0.1:8086/ccapex/) and Demo:WebhookSecretFile naming an existing file.");
        }

        if (options.CdpInterval < TimeSpan.FromMilliseconds(10))
        {
            failures.Add($"Demo:CdpInterval must be at least 00:00:00.010; got {options.CdpInterval:c}.");
        }

        if (options.ExamineOneIn < 1 || options.PrefectureOneIn < 1)
        {
            failures.Add("Demo:ExamineOneIn and Demo:PrefectureOneIn must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
