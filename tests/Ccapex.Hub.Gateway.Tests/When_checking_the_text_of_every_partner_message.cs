using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>
/// Every string property of every partner message type, found here by reflection independently of the checker,
/// has a rule in <see cref="ContractTextRules"/> and is checked: a message built with a bad value in every text
/// field gets one error for each of them, and nothing else.
/// </summary>
public sealed class When_checking_the_text_of_every_partner_message
{
    private const string Poison = "A\u202EB-secret";

    public static IEnumerable<TestCaseData> MessageTypes() =>
        typeof(IPartnerMessage).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IPartnerMessage).IsAssignableFrom(t))
            .OrderBy(t => t.Name)
            .Select(t => new TestCaseData(t).SetArgDisplayNames(t.Name));

    [Test]
    public void Should_find_the_partner_message_types()
    {
        Assert.That(MessageTypes().Count(), Is.GreaterThanOrEqualTo(15));
    }

    [TestCaseSource(nameof(MessageTypes))]
    public void Should_have_a_rule_for_every_text_field(Type type)
    {
        var fields = TextFields.Of(type, _ => "x").Fields;

        Assert.That(fields.Where(f => ContractTextRules.Find(f.Type, f.Property) is null).Select(f => $"{f.Type.Name}.{f.Property}"), Is.Empty,
            "add the field to ContractTextRules");
    }

    [TestCaseSource(nameof(MessageTypes))]
    public void Should_refuse_a_forbidden_character_in_every_text_field_without_echoing_it(Type type)
    {
        var (message, fields) = TextFields.Of(type, _ => Poison);

        var errors = ContractTextChecker.Validate(message);

        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => e.Field), Is.EquivalentTo(fields.Select(f => f.Path)));
            Assert.That(errors.Select(e => e.Code), Is.All.EqualTo(TextFieldCodes.ForbiddenCharacter));
            Assert.That(errors.Select(e => e.Message), Has.None.Contains("secret"));
        });
    }

    [TestCaseSource(nameof(MessageTypes))]
    public void Should_refuse_every_text_field_one_character_over_its_limit(Type type)
    {
        var (atLimit, _) = TextFields.Of(type, f => new string('a', ContractTextRules.Find(f.Type, f.Property)!.MaxLength));
        var (over, fields) = TextFields.Of(type, f => new string('a', ContractTextRules.Find(f.Type, f.Property)!.MaxLength + 1));

        var errors = ContractTextChecker.Validate(over);

        Assert.Multiple(() =>
        {
            Assert.That(ContractTextChecker.Validate(atLimit), Is.Empty);
            Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EquivalentTo(fields.Select(f => (f.Path, TextFieldCodes.TooLong))));
        });
    }

    [TestCaseSource(nameof(MessageTypes))]
    public void Should_allow_a_line_break_in_free_text_fields_only(Type type)
    {
        var (message, fields) = TextFields.Of(type, _ => "line one\nline two");

        var errors = ContractTextChecker.Validate(message);

        Assert.That(errors.Select(e => e.Field), Is.EquivalentTo(fields.Where(f => !ContractTextRules.Find(f.Type, f.Property)!.AllowsNewLines).Select(f => f.Path)));
    }

    [Test]
    public void Should_list_no_field_that_no_partner_message_has()
    {
        var found = MessageTypes().SelectMany(c => TextFields.Of((Type)c.Arguments[0]!, _ => "x").Fields).Select(f => (f.Type, f.Property)).ToHashSet();

        Assert.That(ContractTextRules.Fields.Where(f => !found.Contains(f)).Select(f => $"{f.Type.Name}.{f.Property}"), Is.Empty);
    }

    [TestCase("\0"), TestCase("\t"), TestCase("\r"), TestCase("\n"), TestCase("\u001F"), TestCase("\u007F"), TestCase("\u0085")]
    [TestCase("\u200B"), TestCase("\u200E"), TestCase("\u200F"), TestCase("\u202A"), TestCase("\u202E"), TestCase("\u2066"), TestCase("\u2069")]
    [TestCase("\uFEFF"), TestCase("\u2028"), TestCase("\u2029"), TestCase("\uFFFF")]
    public void Should_refuse_the_character_in_a_one_line_field(string character)
    {
        Assert.That(ForbiddenCharacters.Find($"ab{character}cd", allowNewLine: false)?.Index, Is.EqualTo(2));
    }

    [TestCase(0xD800), TestCase(0xDBFF), TestCase(0xDC00)]
    public void Should_refuse_half_of_a_surrogate_pair(int half)
    {
        // Built here: an attribute cannot hold a broken pair (the compiler writes U+FFFD instead).
        Assert.That(ForbiddenCharacters.Find($"ab{(char)half}cd", allowNewLine: true)?.Index, Is.EqualTo(2));
    }

    [TestCase("line one\nline two"), TestCase("line one\r\nline two")]
    public void Should_accept_a_line_break_where_lines_are_allowed(string text)
    {
        Assert.That(ForbiddenCharacters.Find(text, allowNewLine: true), Is.Null);
    }

    [TestCase("a\rb"), TestCase("a\tb"), TestCase("a\n\u202Eb")]
    public void Should_refuse_other_controls_where_lines_are_allowed(string text)
    {
        Assert.That(ForbiddenCharacters.Find(text, allowNewLine: true), Is.Not.Null);
    }

    [TestCase("Élodie Müller-Ñúñez"), TestCase("O'Brien d’Arc"), TestCase("Zoë 😀"), TestCase("12 rue de l'Église, Bât. B")]
    public void Should_accept_letters_accents_punctuation_and_emoji(string text)
    {
        Assert.That(ForbiddenCharacters.Find(text, allowNewLine: false), Is.Null);
    }

    /// <summary>Builds a message with every text field set, walking the contract records by reflection; other members keep their defaults.</summary>
    private sealed record TextFields(object Message, List<(string Path, Type Type, string Property)> Fields)
    {
        public static TextFields Of(Type type, Func<(Type Type, string Property), string> value)
        {
            var fields = new List<(string, Type, string)>();
            return new TextFields(Build(type, string.Empty, value, fields), fields);
        }

        private static object Build(Type type, string path, Func<(Type Type, string Property), string> value, List<(string, Type, string)> fields)
        {
            var instance = RuntimeHelpers.GetUninitializedObject(type);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                var field = path + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                var key = (property.DeclaringType!, property.Name);
                var kind = property.PropertyType;
                if (kind == typeof(string))
                {
                    fields.Add((field, key.Item1, key.Name));
                    property.SetValue(instance, value(key));
                }
                else if (kind == typeof(IReadOnlyList<string>))
                {
                    fields.Add((field + "[0]", key.Item1, key.Name));
                    property.SetValue(instance, new[] { value(key) });
                }
                else if (IsContractRecord(kind))
                {
                    property.SetValue(instance, Build(kind, field + ".", value, fields));
                }
                else if (kind.IsGenericType && kind.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && IsContractRecord(kind.GetGenericArguments()[0]))
                {
                    var items = Array.CreateInstance(kind.GetGenericArguments()[0], 1);
                    items.SetValue(Build(kind.GetGenericArguments()[0], field + "[0].", value, fields), 0);
                    property.SetValue(instance, items);
                }
                else if (kind.IsGenericType && kind.GetGenericArguments().Any(a => a == typeof(string) || IsContractRecord(a)))
                {
                    Assert.Fail($"{type.Name}.{property.Name} holds text in a {kind.Name}, which this test (and ContractTextChecker) must learn to walk.");
                }
            }

            return instance;
        }

        private static bool IsContractRecord(Type type) => type.IsClass && type != typeof(string) && type.Assembly == typeof(IPartnerMessage).Assembly;
    }
}
