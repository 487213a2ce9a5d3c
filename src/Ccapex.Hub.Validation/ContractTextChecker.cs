using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Validation;

/// <summary>
/// Checks every text field of a contract message, found by reflection (strings, lists of strings, and the nested
/// contract records and lists of them), against its rule in <see cref="ContractTextRules"/>: forbidden characters
/// (<see cref="ForbiddenCharacters"/>) and the maximum length. Errors name the JSON path, never the value.
/// </summary>
public static class ContractTextChecker
{
    private static readonly ConcurrentDictionary<Type, Member[]> Plans = new();

    public static IReadOnlyList<FieldError> Validate(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var errors = new FieldErrorList();
        Walk(message, string.Empty, errors);
        return errors.Errors;
    }

    private static void Walk(object value, string path, FieldErrorList errors)
    {
        foreach (var member in Plans.GetOrAdd(value.GetType(), Plan))
        {
            if (member.Property.GetValue(value) is not { } current)
            {
                continue;
            }

            var field = path.Length == 0 ? member.JsonName : $"{path}.{member.JsonName}";
            switch (current)
            {
                case string text:
                    Check(text, field, member.Rule!, errors);
                    break;
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items)
                    {
                        var itemField = $"{field}[{i.ToString(CultureInfo.InvariantCulture)}]";
                        if (item is string itemText)
                        {
                            Check(itemText, itemField, member.Rule!, errors);
                        }
                        else if (item is not null)
                        {
                            Walk(item, itemField, errors);
                        }

                        i++;
                    }

                    break;
                default:
                    Walk(current, field, errors);
                    break;
            }
        }
    }

    private static void Check(string text, string field, TextRule rule, FieldErrorList errors)
    {
        if (ForbiddenCharacters.Find(text, rule.AllowsNewLines) is { } found)
        {
            var allowed = rule.AllowsNewLines ? "only line breaks (\\n or \\r\\n) are allowed in this multi-line field" : "this field is one line of plain text";
            errors.Add(field, TextFieldCodes.ForbiddenCharacter,
                $"{field} holds {found.What} at position {(found.Index + 1).ToString(CultureInfo.InvariantCulture)}: {allowed}, without control, format or bidirectional characters.");
        }

        if (text.Length > rule.MaxLength)
        {
            errors.Add(field, TextFieldCodes.TooLong,
                $"{field} ({rule.Kind}) has at most {rule.MaxLength.ToString(CultureInfo.InvariantCulture)} characters; got {text.Length.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    /// <summary>The members of <paramref name="type"/> that hold text, directly or in a nested contract record.</summary>
    private static Member[] Plan(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && HoldsText(p.PropertyType))
            .Select(p => new Member(p, JsonNamingPolicy.CamelCase.ConvertName(p.Name), Rule(type, p))),
    ];

    private static TextRule? Rule(Type type, PropertyInfo property)
    {
        var isText = property.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(property.PropertyType);

        // A field missing from the table still gets the strictest one-line rule; a test keeps the table complete.
        return isText ? ContractTextRules.Find(property.DeclaringType ?? type, property.Name) ?? TextRule.Reference : null;
    }

    private static bool HoldsText(Type type)
    {
        if (type == typeof(string) || IsContractRecord(type))
        {
            return true;
        }

        return type != typeof(string) && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type)
            && type.GetGenericArguments() is [var item] && (item == typeof(string) || IsContractRecord(item));
    }

    private static bool IsContractRecord(Type type) =>
        type.IsClass && type.Assembly == typeof(IPartnerMessage).Assembly;

    private sealed record Member(PropertyInfo Property, string JsonName, TextRule? Rule);
}
