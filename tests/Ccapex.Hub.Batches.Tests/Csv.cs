using System.Text;
using Ccapex.Hub.Batches.Csv;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Batches.Tests;

/// <summary>A reader on a fixed clock (20 January 2025, Paris morning), the sample files, and a way to write small files inline.</summary>
internal static class Csv
{
    public static readonly DateTimeOffset Now = new(2025, 1, 20, 9, 0, 0, TimeSpan.Zero);

    public const string Header =
        "reference_acte;code_etude;nom_etude;date_signification;bailleur_type;bailleur_nom;locataire_nom;locataire_prenom;"
        + "adresse;code_postal;ville;taille_menage;loyer_mensuel;charges_mensuelles;montant_dette;mois_impayes";

    /// <summary>A valid line for <see cref="Header"/>, with the act reference given.</summary>
    public static string Line(string actReference = "T-0001") =>
        $"{actReference};CJ75-0412;SCP Lefèvre;13/01/2025;personne_physique;Jean Martin;Dupont;Paul;5 rue Myrha;75018;Paris;2;700,00;50,00;1 400,00;2";

    public static CdpCsvReader Reader(CdpCsvOptions? options = null, TimeProvider? clock = null) =>
        new(clock ?? new FakeTimeProvider(Now), Options.Create(options ?? new CdpCsvOptions()));

    public static CdpCsvBatch Read(string text, CdpCsvOptions? options = null) => Reader(options).Read(Encoding.UTF8.GetBytes(text));

    public static CdpCsvBatch ReadLines(params string[] lines) => Read(string.Join("\n", [Header, .. lines]) + "\n");

    public static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    public static CdpCsvBatch ReadSample(string name) => Reader().Read(Sample(name));
}
