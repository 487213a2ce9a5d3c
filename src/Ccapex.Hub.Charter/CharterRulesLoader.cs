using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>
/// Reads the rules file and checks it against the contracts: every partner, message type and field must
/// exist, and every view must keep the fields its message cannot do without. Any error names its line.
/// </summary>
public static class CharterRulesLoader
{
    /// <summary>The rules shipped with the hub (contracts/charter/charter-rules.json, embedded).</summary>
    public static CharterRules LoadEmbedded()
    {
        using var stream = typeof(CharterRulesLoader).Assembly.GetManifestResourceStream("charter-rules.json")
            ?? throw new InvalidOperationException("The embedded charter-rules.json is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "charter-rules.json");
    }

    /// <summary>The variable every process reads for a rules file of the deployment's own; unset, the embedded rules.</summary>
    public const string RulesFileVariable = "CCAPEX_RULES_FILE";

    /// <summary>The rules this process runs with: the file <see cref="RulesFileVariable"/> names, else the embedded ones.</summary>
    public static CharterRules LoadConfigured() => Load(Environment.GetEnvironmentVariable(RulesFileVariable));

    /// <summary>The rules of a deployment's own file, or the embedded ones when it names none.</summary>
    public static CharterRules Load(string? file) => string.IsNullOrWhiteSpace(file) ? LoadEmbedded() : LoadFile(file);

    public static CharterRules LoadFile(string path) => File.Exists(path)
        ? Parse(File.ReadAllText(path), path)
        : throw new CharterRulesException(path, [$"{path}: no such file"]);

    public static CharterRules Parse(string json, string sourceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CharterRulesException(sourceName, [$"{sourceName}:{e.LineNumber + 1}: not valid JSON: {e.Message}"]);
        }

        using (document)
        {
            var context = new Context(sourceName, new JsonLineMap(json));
            var root = document.RootElement;
            var version = Context.Int(root, "version") ?? 0;
            if (version != 1)
            {
                context.Error("version", $"unsupported rules version {version}; this hub reads version 1");
            }

            var flows = new List<FlowRule>();
            if (root.TryGetProperty("flows", out var flowsElement) && flowsElement.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var flow in flowsElement.EnumerateArray())
                {
                    var rule = context.Flow(flow, $"flows[{index++}]");
                    if (rule is not null)
                    {
                        flows.Add(rule);
                    }
                }
            }
            else
            {
                context.Error("flows", "a 'flows' array is required");
            }

            context.CheckUnique(flows);
            var reach = root.TryGetProperty("reach", out var reachElement) ? context.Reach(reachElement, "reach") : null;
            var members = root.TryGetProperty("members", out var membersElement) ? context.Members(membersElement, "members", flows) : [];
            if (context.Errors.Count > 0)
            {
                throw new CharterRulesException(sourceName, context.Errors);
            }

            var source = root.TryGetProperty("source", out var s) ? s.GetString() ?? sourceName : sourceName;
            return new CharterRules(version, source, flows, reach, members);
        }
    }

    private sealed class Context(string sourceName, JsonLineMap lines)
    {
        public List<string> Errors { get; } = [];

        public void Error(string path, string message) =>
            Errors.Add($"{sourceName}:{lines.LineOf(path)}: {message} (at {path})");

        /// <summary>"reach": { "byActReference": [...], "everyDossier": [...] }.</summary>
        public ReachRule Reach(JsonElement reach, string path) => new()
        {
            ByActReference = Partners(reach, "byActReference", path),
            EveryDossier = Partners(reach, "everyDossier", path),
        };

        /// <summary>
        /// "members": [ { "code": "BAILLEUR_SOCIAL.PARIS_HABITAT", "name": "...", "landlordSirens": [...], "officeCodes": [...] } ]:
        /// each code a member of a role the flows name, listed once; each SIREN and office code owned by one member.
        /// </summary>
        public List<PartnerMember> Members(JsonElement members, string path, List<FlowRule> flows)
        {
            var result = new List<PartnerMember>();
            if (members.ValueKind != JsonValueKind.Array)
            {
                Error(path, "'members' must be an array");
                return result;
            }

            var roles = CharterRules.NamedBy(flows);
            var sirens = new Dictionary<string, PartnerCode>(StringComparer.Ordinal);
            var offices = new Dictionary<string, PartnerCode>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in members.EnumerateArray())
            {
                var itemPath = $"{path}[{index++}]";
                var text = String(item, "code", itemPath);
                var name = String(item, "name", itemPath);
                if (text is null || name is null)
                {
                    continue;
                }

                if (!PartnerCode.TryParse(text, out var code) || !code.IsMember)
                {
                    Error($"{itemPath}.code", $"'{text}' is no member code: a role, a dot and up to {PartnerCode.MaxMemberLength} of A-Z, 0-9, _");
                    continue;
                }

                if (!roles.Contains(code.Role))
                {
                    Error($"{itemPath}.code", $"{code} is a member of {code.Role}, which no flow names");
                }

                if (result.Any(m => m.Code == code))
                {
                    Error($"{itemPath}.code", $"member {code} is listed twice");
                }

                var memberSirens = Strings(item, "landlordSirens", itemPath);
                foreach (var siren in memberSirens)
                {
                    if (siren.Length != 9 || !siren.All(char.IsAsciiDigit))
                    {
                        Error($"{itemPath}.landlordSirens", $"'{siren}' is no SIREN (9 digits)");
                    }
                    else if (!sirens.TryAdd(siren, code))
                    {
                        Error($"{itemPath}.landlordSirens", $"SIREN {siren} already belongs to {sirens[siren]}");
                    }
                }

                var memberOffices = Strings(item, "officeCodes", itemPath);
                foreach (var office in memberOffices.Where(o => !offices.TryAdd(o, code)))
                {
                    Error($"{itemPath}.officeCodes", $"office {office} already belongs to {offices[office]}");
                }

                result.Add(new PartnerMember
                {
                    Code = code,
                    Name = name,
                    LandlordSirens = memberSirens,
                    OfficeCodes = memberOffices,
                });
            }

            return result;
        }

        public static int? Int(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

        public FlowRule? Flow(JsonElement flow, string path)
        {
            var errorsBefore = Errors.Count;
            var name = String(flow, "flow", path);
            var messageName = String(flow, "message", path);
            Type? message = null;
            if (messageName is not null && !ContractCatalog.TryGetMessage(messageName, out message))
            {
                Error($"{path}.message", $"unknown message type '{messageName}'");
            }

            var origin = String(flow, "origin", path) switch
            {
                "partner" => FlowOrigin.Partner,
                "hub" => FlowOrigin.Hub,
                var other => Invalid(FlowOrigin.Partner, $"{path}.origin", $"origin must be 'partner' or 'hub', not '{other}'"),
            };
            var senders = Partners(flow, "senders", path);
            var recipients = new List<RecipientRule>();
            if (flow.TryGetProperty("recipients", out var recipientsElement) && recipientsElement.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var recipient in recipientsElement.EnumerateArray())
                {
                    recipients.Add(Recipient(recipient, $"{path}.recipients[{index++}]", message));
                }
            }

            if (recipients.Count == 0)
            {
                Error($"{path}.recipients", "a flow needs at least one recipient");
            }

            var answer = flow.TryGetProperty("answer", out var answerElement) ? Answer(answerElement, $"{path}.answer") : null;
            var content = flow.TryGetProperty("content", out var contentElement) ? Content(contentElement, $"{path}.content", message, senders) : null;
            var criteria = flow.TryGetProperty("criteria", out var criteriaElement) ? InterventionCriteriaReader.Read(criteriaElement, $"{path}.criteria", message, Error) : [];
            if (Errors.Count > errorsBefore || name is null || message is null)
            {
                return null;
            }

            return new FlowRule
            {
                Flow = name,
                Actions = flow.TryGetProperty("actions", out var actions)
                    ? actions.EnumerateArray().Select(a => a.GetInt32()).ToList()
                    : [],
                Title = String(flow, "title", path) ?? name,
                Message = message,
                Origin = origin,
                Senders = senders,
                OpensDossier = flow.TryGetProperty("opensDossier", out var opens) && opens.ValueKind == JsonValueKind.True,
                Recipients = recipients,
                Answer = answer,
                Content = content,
                Criteria = criteria,
            };
        }

        /// <summary>
        /// "content": { "field": "stage", "cases": [ { "value": "CfpDecided", "senders": [...], "fields": [...] } ] }:
        /// every value of the field's enum has its case, each case's senders are senders of the flow, and its
        /// fields are optional fields of the message.
        /// </summary>
        private ContentRule? Content(JsonElement content, string path, Type? message, HashSet<PartnerCode> flowSenders)
        {
            var field = String(content, "field", path);
            if (field is null || message is null)
            {
                return null;
            }

            var property = message.GetProperties().FirstOrDefault(p => ContractCatalog.JsonNameOf(p) == field);
            if (property is null)
            {
                Error($"{path}.field", $"unknown field '{field}' of {message.Name}");
                return null;
            }

            var cases = new List<ContentCase>();
            var optional = ContractCatalog.JsonProperties(message).Except(ContractCatalog.RequiredJsonProperties(message)).ToHashSet(StringComparer.Ordinal);
            if (content.TryGetProperty("cases", out var casesElement) && casesElement.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in casesElement.EnumerateArray())
                {
                    var casePath = $"{path}.cases[{index++}]";
                    var value = String(item, "value", casePath);
                    var senders = Partners(item, "senders", casePath);
                    foreach (var sender in senders.Where(s => !flowSenders.Contains(s)))
                    {
                        Error($"{casePath}.senders", $"{sender} is not a sender of this flow");
                    }

                    var fields = item.TryGetProperty("fields", out var fieldsElement) && fieldsElement.ValueKind == JsonValueKind.Array
                        ? fieldsElement.EnumerateArray().Select(f => f.GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
                        : [];
                    foreach (var unknown in fields.Where(f => !optional.Contains(f)).Order(StringComparer.Ordinal))
                    {
                        Error($"{casePath}.fields", $"'{unknown}' is not an optional field of {message.Name}");
                    }

                    if (value is not null)
                    {
                        cases.Add(new ContentCase { Value = value, Senders = senders, Fields = fields });
                    }
                }
            }

            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsEnum)
            {
                foreach (var name in Enum.GetNames(type).Where(n => cases.All(c => c.Value != n)))
                {
                    Error($"{path}.cases", $"no case for {field} '{name}': say who may send it");
                }

                foreach (var unknown in cases.Where(c => !Enum.GetNames(type).Contains(c.Value)))
                {
                    Error($"{path}.cases", $"'{unknown.Value}' is not a value of {field}");
                }
            }

            // Read through the properties, found once here: checking a message serializes nothing.
            var guarded = cases.SelectMany(c => c.Fields).Distinct(StringComparer.Ordinal)
                .Select(name => message.GetProperties().First(p => ContractCatalog.JsonNameOf(p) == name))
                .ToDictionary(ContractCatalog.JsonNameOf, p => (Func<object, bool>)(m => p.GetValue(m) is not null), StringComparer.Ordinal);
            return new ContentRule { Field = field, ValueOf = m => property.GetValue(m)?.ToString(), Cases = cases, GuardedFields = guarded };
        }

        public void CheckUnique(List<FlowRule> flows)
        {
            foreach (var group in flows.GroupBy(f => f.Flow).Where(g => g.Count() > 1))
            {
                Error($"flows[{flows.IndexOf(group.Last())}].flow", $"flow {group.Key} is defined twice");
            }

            foreach (var group in flows.GroupBy(f => f.Message).Where(g => g.Count() > 1))
            {
                Error($"flows[{flows.IndexOf(group.Last())}].message", $"message {group.Key.Name} serves two flows");
            }
        }

        private RecipientRule Recipient(JsonElement recipient, string path, Type? message)
        {
            var target = String(recipient, "partner", path);
            var kind = target switch
            {
                "ADDRESSEES" => RecipientKind.Addressees,
                "INVOLVED" => RecipientKind.Involved,
                _ => RecipientKind.Partner,
            };
            PartnerCode? partner = null;
            if (kind == RecipientKind.Partner && target is not null)
            {
                if (PartnerCode.TryParse(target, out var code) && !code.IsMember)
                {
                    partner = code;
                }
                else
                {
                    Error($"{path}.partner", $"unknown partner '{target}'");
                }
            }

            var fields = Fields(recipient, path, message);
            return new RecipientRule
            {
                Kind = kind,
                Partner = partner,
                Among = kind == RecipientKind.Partner ? new HashSet<PartnerCode>() : Partners(recipient, "among", path),
                Fields = fields,
                OwnRecommendationsOnly = recipient.TryGetProperty("ownRecommendationsOnly", out var own) && own.ValueKind == JsonValueKind.True,
            };
        }

        private HashSet<string>? Fields(JsonElement recipient, string path, Type? message)
        {
            if (!recipient.TryGetProperty("fields", out var fieldsElement) || fieldsElement.ValueKind != JsonValueKind.Array)
            {
                Error($"{path}.fields", "each recipient lists the fields it may see (or [\"*\"] for all)");
                return null;
            }

            var fields = fieldsElement.EnumerateArray().Select(f => f.GetString() ?? string.Empty).ToList();
            if (fields is ["*"])
            {
                return null;
            }

            if (message is null)
            {
                return [.. fields];
            }

            var known = ContractCatalog.JsonProperties(message);
            for (var i = 0; i < fields.Count; i++)
            {
                if (!known.Contains(fields[i]))
                {
                    Error($"{path}.fields[{i}]", $"unknown field '{fields[i]}' of {message.Name}");
                }
            }

            foreach (var required in ContractCatalog.RequiredJsonProperties(message).Where(r => !fields.Contains(r)))
            {
                Error($"{path}.fields", $"field '{required}' of {message.Name} is required, so every view must include it");
            }

            return [.. fields];
        }

        private AnswerPolicy? Answer(JsonElement answer, string path)
        {
            var messageName = String(answer, "message", path);
            if (messageName is null || !ContractCatalog.TryGetMessage(messageName, out var message))
            {
                Error($"{path}.message", $"unknown message type '{messageName}'");
                return null;
            }

            var from = String(answer, "from", path);
            PartnerCode? partner = null;
            if (from is not null && from != "ADDRESSEE")
            {
                if (PartnerCode.TryParse(from, out var code) && !code.IsMember)
                {
                    partner = code;
                }
                else
                {
                    Error($"{path}.from", $"unknown partner '{from}'");
                }
            }

            var within = Int(answer, "withinDays");
            var every = Int(answer, "reminderEveryDays") ?? 0;
            var reminders = Int(answer, "remindersBeforeEscalation") ?? 0;
            if (within is null or <= 0)
            {
                Error($"{path}.withinDays", "an expected answer needs a positive 'withinDays'");
            }

            if (reminders > 0 && every <= 0)
            {
                Error($"{path}.reminderEveryDays", "reminders need a positive 'reminderEveryDays'");
            }

            return new AnswerPolicy
            {
                Message = message,
                From = partner,
                Within = TimeSpan.FromDays(within ?? 1),
                ReminderEvery = TimeSpan.FromDays(every),
                RemindersBeforeEscalation = reminders,
            };
        }

        private HashSet<PartnerCode> Partners(JsonElement element, string name, string path)
        {
            var result = new HashSet<PartnerCode>();
            if (!element.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
            {
                Error($"{path}.{name}", $"'{name}' must list partner codes");
                return result;
            }

            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var code = item.GetString();
                if (PartnerCode.TryParse(code, out var partner) && partner.IsMember)
                {
                    Error($"{path}.{name}[{index}]", $"'{code}' is a member: the rules name roles, and list members under 'members'");
                }
                else if (PartnerCode.TryParse(code, out partner))
                {
                    result.Add(partner);
                }
                else
                {
                    Error($"{path}.{name}[{index}]", $"unknown partner '{code}'");
                }

                index++;
            }

            return result;
        }

        private HashSet<string> Strings(JsonElement element, string name, string path)
        {
            var result = new HashSet<string>(StringComparer.Ordinal);
            if (!element.TryGetProperty(name, out var array))
            {
                return result;
            }

            if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(i.GetString())))
            {
                Error($"{path}.{name}", $"'{name}' must list non-empty strings");
                return result;
            }

            result.UnionWith(array.EnumerateArray().Select(i => i.GetString()!));
            return result;
        }

        private string? String(JsonElement element, string name, string path)
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            Error($"{path}.{name}", $"'{name}' is required and must be a string");
            return null;
        }

        private T Invalid<T>(T fallback, string path, string message)
        {
            Error(path, message);
            return fallback;
        }
    }
}
