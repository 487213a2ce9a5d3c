using System.Globalization;
using System.Text;

namespace Ccapex.Hub.Demo;

/// <summary>
/// Writes the CAF's allocataires extract (docs/caf-allocataire-extract.md) for the households the demo's bailiffs
/// will notify: the same seed gives the same households, so the CAF reference worker finds most of them, with
/// rights open, restored, suspended or not eligible, and misses a few as a real extract would.
/// </summary>
internal static class CafExtractWriter
{
    private static readonly string[] Rights = ["ouverts", "ouverts", "suspendus", "retablis", "non_eligible"];

    public static int Write(string path, int seed, int households)
    {
        var generator = new CdpGenerator(seed, TimeProvider.System);
        var random = new Random(seed + 1);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder("numero_allocataire;nom;prenom;code_postal;droits;enfants_a_charge\n");
        var rows = 0;
        for (var i = 0; i < households; i++)
        {
            var cdp = generator.Next();

            // One household in five is not in the extract: the CAF answers "unknown to the CAF".
            var number = cdp.CafAllocataireNumber ?? random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
            if (random.Next(5) == 0 || !numbers.Add(number))
            {
                continue;
            }

            var tenant = cdp.Household.Tenants[0];
            var children = Math.Max(0, cdp.Household.Size - cdp.Household.Tenants.Count);
            text.Append(CultureInfo.InvariantCulture, $"{number};{tenant.LastName};{tenant.FirstName};{cdp.Household.Address.PostalCode};{Rights[random.Next(Rights.Length)]};{children}\n");
            rows++;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return rows;
    }
}
