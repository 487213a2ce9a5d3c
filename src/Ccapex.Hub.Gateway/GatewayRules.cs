using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Gateway;

/// <summary>The charter rules the hub runs with: built in, or the file CCAPEX_RULES_FILE names (the same variable the hub reads).</summary>
internal static class GatewayRules
{
    public const string RulesFile = "CCAPEX_RULES_FILE";

    public static CharterRules Load() =>
        Environment.GetEnvironmentVariable(RulesFile) is { Length: > 0 } file ? CharterRulesLoader.LoadFile(file) : CharterRulesLoader.LoadEmbedded();
}
