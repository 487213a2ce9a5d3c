using System.Globalization;
using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// Checks the members of a request body at every depth before anything is deserialised: a member that looks like
/// "sender" (<see cref="MemberNames.Fold"/>) must hold exactly the key's partner code, and no object may name a
/// member twice (compared as folded, since the contracts bind names ignoring case). The sender a body names is
/// never what identifies the partner: the key is.
/// </summary>
internal static class BodyMembers
{
    private const string SenderMember = "sender";

    public static IResult? Refusal(JsonElement root, PartnerCode partner)
    {
        var walk = new Walk(partner);
        walk.Visit(root, "$");
        if (walk.ForeignSender is { } sender)
        {
            return GatewayProblems.SenderMismatch(partner, sender.Member, sender.Value);
        }

        return walk.Duplicate is { } duplicate
            ? GatewayProblems.Problem(StatusCodes.Status400BadRequest, ProblemCodes.DuplicateMember, "The body names a member twice.",
                $"Member '{duplicate.Member}' appears twice in {duplicate.Path} (names are compared ignoring case and look-alike letters); send each member once.")
            : null;
    }

    private sealed class Walk(PartnerCode partner)
    {
        public (string Member, string? Value)? ForeignSender { get; private set; }

        public (string Member, string Path)? Duplicate { get; private set; }

        public void Visit(JsonElement element, string path)
        {
            if (ForeignSender is not null)
            {
                return;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]");
                    i++;
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                VisitObject(element, path);
            }
        }

        private void VisitObject(JsonElement element, string path)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in element.EnumerateObject())
            {
                var folded = MemberNames.Fold(member.Name);
                if (folded == SenderMember && !(member.Value.ValueKind == JsonValueKind.String && member.Value.GetString() == partner.Value))
                {
                    ForeignSender = (member.Name, member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : null);
                    return;
                }

                if (!seen.Add(folded))
                {
                    Duplicate ??= (MemberNames.Printable(member.Name), path);
                }

                Visit(member.Value, $"{path}.{MemberNames.Printable(member.Name)}");
            }
        }
    }
}
