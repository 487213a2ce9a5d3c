using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Gateway;

/// <summary>The charter rules the hub runs with: built in, or the file CCAPEX_RULES_FILE names (the same variable the hub reads).</summary>
internal static class GatewayRules
{
    public const string RulesFile = CharterRulesLoader.RulesFileVariable;

    public static CharterRules Load() => CharterRulesLoader.LoadConfigured();
}
