using Ccapex.Hub.Provisioning;
using Ccapex.Hub.Charter;

// ./hub partners provision | show [CODE] | rotate CODE
const string Usage = "usage: partners provision | show [CODE] | rotate CODE";
if (args.Length == 0 || args[0] is not ("provision" or "show" or "rotate") || (args[0] == "rotate" && args.Length != 2))
{
    await Console.Error.WriteLineAsync(Usage);
    return 2;
}

ProvisioningOptions options;
CharterRules rules;
try
{
    options = ProvisioningSettings.Read(Environment.GetEnvironmentVariable);
    rules = CharterRulesLoader.Load(Environment.GetEnvironmentVariable(ProvisioningSettings.RulesFile));
}
catch (Exception e) when (e is SettingException or CharterRulesException)
{
    await Console.Error.WriteLineAsync($"partners: {e.Message}");
    return 2;
}

using var api = new ManagementApi(options.ManagementUri);
var provisioner = new PartnerProvisioner(api, options, rules);
try
{
    var lines = args[0] switch
    {
        "provision" => await provisioner.ProvisionAsync(),
        "rotate" => [await provisioner.RotateAsync(args[1])],
        _ => await provisioner.ShowAsync(args.ElementAtOrDefault(1)),
    };
    foreach (var line in lines)
    {
        Console.WriteLine(line);
    }

    if (args[0] != "show")
    {
        Console.WriteLine($"virtual host {options.VirtualHost}; credentials in {options.CredentialsPath} (mode 0600)");
    }

    return 0;
}
catch (ProvisioningException failed)
{
    await Console.Error.WriteLineAsync($"partners: {failed.Code}: {failed.Message}");
    return 1;
}
