using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Contracts;
using FsCheck;
using FsCheck.Fluent;

namespace Ccapex.Hub.Testing;

/// <summary>
/// FsCheck generators of what a hostile partner sends (issue 10): valid samples of every partner message mutated —
/// text fields with control characters, NUL, bidirectional overrides, invisible characters, look-alikes, formulas,
/// huge or deeply nested values, members removed, retyped or named twice, the sender in other spellings, MassTransit
/// envelopes with addresses — and bytes that are not JSON at all.
/// </summary>
public static class HostileInputs
{
    private static readonly string[] Texts =
    [
        $"{HostileInput.Marker}\u0000",
        $"{HostileInput.Marker}\u202Eevil",
        $"{HostileInput.Marker}\u2066x\u2069",
        $"{HostileInput.Marker}\u200B",
        $"{HostileInput.Marker}\uFEFF",
        $"{HostileInput.Marker}\u0007\u001B[31m",
        $"{HostileInput.Marker}\r\n\tline",
        $"={HostileInput.Marker}+HYPERLINK(\"http://x\")",
        $"+{HostileInput.Marker}",
        $"@SUM({HostileInput.Marker})",
        $"{HostileInput.Marker}'; DROP TABLE saga;--",
        $"../../{HostileInput.Marker}/etc/passwd",
        $"<script>{HostileInput.Marker}</script>",
        $"Ｚｏｒｇｌｕｂ{HostileInput.Marker}",
        $"E\u0301\u0301\u0301{HostileInput.Marker}",
        $"{HostileInput.Marker}\uD800",
        $"{HostileInput.Marker}😀",
        HostileInput.Marker + new string('x', 5_000),
        HostileInput.Marker + new string('é', 70_000),
        string.Empty,
        "   ",
    ];

    private static readonly Func<JsonNode?>[] Values =
    [
        () => null,
        () => JsonValue.Create(true),
        () => JsonValue.Create(-1),
        () => JsonValue.Create(1e300),
        () => JsonValue.Create(long.MaxValue),
        () => JsonValue.Create("1e309"),
        () => new JsonArray(),
        () => new JsonObject { ["$type"] = "System.IO.FileInfo", ["value"] = HostileInput.Marker },
        () => Nested(300),
        () => new JsonArray([.. Enumerable.Range(0, 2_000).Select(i => (JsonNode?)JsonValue.Create(i))]),
    ];

    /// <summary>The partner messages the hub takes, with a valid sample of each.</summary>
    public static IReadOnlyList<IPartnerMessage> Samples { get; } =
        [.. SampleMessages.All().OfType<IPartnerMessage>().Where(m => m is not SendAwarenessLetter and not CheckHousingBenefitRights
            and not RequestTargetedIntervention and not ReviewDaloRehousingBlockers and not RequestSixMonthFollowUp)];

    public static Arbitrary<HostileInput> Arbitrary() => Generator().ToArbitrary();

    public static Gen<HostileInput> Generator() =>
        Gen.Frequency(
            (8, Mutated()),
            (1, Gen.Choose(0, Samples.Count - 1).SelectMany(i => Gen.Choose(1, 400), (i, n) => NotJson(Samples[i], n))));

    private static Gen<HostileInput> Mutated() =>
        from sample in Gen.Elements(Samples.ToArray())
        from count in Gen.Choose(1, 3)
        from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
        select Mutate(sample, seeds);

    private static HostileInput Mutate(IPartnerMessage sample, int[] seeds)
    {
        var node = JsonSerializer.SerializeToNode(sample, sample.GetType(), ContractJson.Options)!.AsObject();
        node["messageId"] = Guid.NewGuid().ToString();
        var steps = new List<string>();
        string? raw = null;
        foreach (var seed in seeds)
        {
            var random = new Random(seed);
            var paths = Members(node).ToList();
            var (parent, key) = paths[random.Next(paths.Count)];
            switch (random.Next(8))
            {
                case 0 or 1:
                    parent[key] = Texts[random.Next(Texts.Length)];
                    steps.Add($"{key} := hostile text");
                    break;
                case 2:
                    parent.Remove(key);
                    steps.Add($"{key} removed");
                    break;
                case 3:
                    parent[key] = Values[random.Next(Values.Length)]();
                    steps.Add($"{key} := other type");
                    break;
                case 4:
                    node["sender"] = random.Next(3) switch { 0 => "huissiers", 1 => "HUISSIERS ", _ => "HUІSSIERS" };
                    steps.Add("sender respelt");
                    break;
                case 5:
                    raw = Duplicate(node.ToJsonString(), key, random);
                    steps.Add($"{key} named twice");
                    break;
                case 6:
                    raw = new JsonObject
                    {
                        ["messageId"] = node["messageId"]?.ToString(),
                        ["messageType"] = new JsonArray("urn:message:Ccapex.Hub.Contracts:" + sample.GetType().Name),
                        ["responseAddress"] = "rabbitmq://127.0.0.1/x/ccapex.drihl.in?bind=true&queue=ccapex.huissiers.in",
                        ["message"] = node.DeepClone(),
                    }.ToJsonString();
                    steps.Add("envelope with addresses");
                    break;
                default:
                    parent[key + "Extra"] = HostileInput.Marker;
                    steps.Add("unknown member");
                    break;
            }
        }

        return new HostileInput(sample.GetType(), Encoding.UTF8.GetBytes(raw ?? node.ToJsonString()), string.Join(", ", steps));
    }

    private static HostileInput NotJson(IPartnerMessage sample, int length)
    {
        var random = new Random(length * 7919);
        var bytes = (length % 4) switch
        {
            0 => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(sample, sample.GetType(), ContractJson.Options)[..Math.Min(length, 60)]),
            1 => [0xEF, 0xBB, 0xBF, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(HostileInput.Marker)],
            2 => Enumerable.Range(0, length).Select(_ => (byte)random.Next(256)).ToArray(),
            _ => Encoding.UTF8.GetBytes(new string('[', length) + new string(']', length)),
        };
        return new HostileInput(sample.GetType(), bytes, "not JSON or cut short");
    }

    /// <summary>Every member of the message, at any depth (households, tenants, addresses...), as its parent and name.</summary>
    private static IEnumerable<(JsonObject Parent, string Key)> Members(JsonObject node)
    {
        foreach (var (key, value) in node.ToList())
        {
            yield return (node, key);
            if (value is JsonObject child)
            {
                foreach (var inner in Members(child))
                {
                    yield return inner;
                }
            }
            else if (value is JsonArray array)
            {
                foreach (var item in array.OfType<JsonObject>())
                {
                    foreach (var inner in Members(item))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static string Duplicate(string json, string key, Random random)
    {
        var member = $"\"{key}\":";
        var at = json.IndexOf(member, StringComparison.Ordinal);
        var spelling = random.Next(2) == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..];
        return at < 0 ? json : json.Insert(at, $"\"{spelling}\":\"{HostileInput.Marker}\",");
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }
}
