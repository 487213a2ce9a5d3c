using System.Text;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>Allocataires extracts as the CAF's export job writes them.</summary>
internal static class Extracts
{
    public const string Header = "numero_allocataire;nom;prenom;code_postal;droits;enfants_a_charge";

    public static byte[] Utf8(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    public static byte[] Utf8WithBom(params string[] rows) => [0xEF, 0xBB, 0xBF, .. Utf8(rows)];

    /// <summary>Windows-1252, as Excel's plain "CSV" writes on a French Windows: not what the format asks for.</summary>
    public static byte[] Windows1252(params string[] rows) =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");
}
