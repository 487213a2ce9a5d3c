using System.Globalization;
using System.Text.Json;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using RabbitMQ.Client;

namespace Ccapex.Hub.Bench;

/// <summary>
/// CDP notifications as a bailiff's system not on .NET sends them: bare JSON, content type application/json,
/// published to the intake exchange. Each has its own act reference and household (so each opens a dossier),
/// and its sequence number in the act reference, which the DRIHL's copy carries back.
/// </summary>
internal sealed class CdpFactory(string runTag)
{
    /// <summary>The exchange partners publish CDP notifications to (ADR 0002), bound to the intake queue of the same name.</summary>
    public static readonly string IntakeExchange = BrokerNames.CdpNotificationIntake;

    private static readonly string[] Streets = ["rue Ordener", "rue de Tolbiac", "boulevard Ney", "rue des Pyrénées", "avenue de Flandre", "rue de Vaugirard"];
    private static readonly string[] FirstNames = ["Karima", "Youssef", "Sylvie", "Mamadou", "Claire", "Thomas", "Aïcha", "Jean"];

    private readonly string _prefix = $"BENCH-{runTag}-";
    private readonly byte[] _prefixBytes = System.Text.Encoding.UTF8.GetBytes($"BENCH-{runTag}-");

    public string Prefix => _prefix;

    public static BasicProperties Properties(Guid messageId) => new()
    {
        ContentType = "application/json",
        MessageId = messageId.ToString(),
        Persistent = true,
    };

    public (Guid MessageId, byte[] Body) Create(long seq)
    {
        var messageId = Guid.NewGuid();
        var n = seq.ToString(CultureInfo.InvariantCulture);
        var cdp = new SubmitCdpNotification
        {
            MessageId = messageId,
            SentAt = DateTimeOffset.UtcNow,
            Sender = PartnerCode.Huissiers,
            ActReference = _prefix + n,
            BailiffOffice = new BailiffOffice { Name = "SCP Lefèvre et Rousseau, commissaires de justice", OfficeCode = "CJ75-0412" },
            DeliveredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            Landlord = new Landlord { Kind = LandlordKind.PrivatePerson, Name = "Jean-Pierre Durand" },
            Household = new Household
            {
                Tenants = [new PersonName { LastName = "Banc" + n, FirstName = FirstNames[seq % FirstNames.Length] }],
                Address = new PostalAddress
                {
                    Street = $"{1 + (seq % 180)} {Streets[seq % Streets.Length]} bis {n}",
                    PostalCode = "750" + (1 + (seq % 20)).ToString("00", CultureInfo.InvariantCulture),
                    City = "Paris",
                },
                Size = 1 + (int)(seq % 5),
            },
            MonthlyRent = new Euros(850.00m),
            MonthlyCharges = new Euros(120.50m),
            ArrearsAmount = new Euros(2911.50m),
            ArrearsMonths = 3,
            HousingBenefit = HousingBenefitStatus.Received,
            CafAllocataireNumber = (7_500_000 + (seq % 1_000_000)).ToString(CultureInfo.InvariantCulture),
            BenefitPaidToLandlord = true,
        };
        return (messageId, JsonSerializer.SerializeToUtf8Bytes(cdp, ContractJson.Options));
    }

    /// <summary>The sequence number in a routed copy's act reference, or -1 when it is not one of this run's.</summary>
    public long SeqOf(ReadOnlySpan<byte> body)
    {
        // MassTransit writes its envelope indented: "actReference": "BENCH-...".
        ReadOnlySpan<byte> marker = "\"actReference\":"u8;
        var at = body.IndexOf(marker);
        if (at < 0)
        {
            return -1;
        }

        var rest = body[(at + marker.Length)..].TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || rest[0] != (byte)'"')
        {
            return -1;
        }

        rest = rest[1..];
        if (!rest.StartsWith(_prefixBytes))
        {
            return -1;
        }

        long seq = 0;
        foreach (var b in rest[_prefixBytes.Length..])
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                break;
            }

            seq = (seq * 10) + (b - '0');
        }

        return seq;
    }
}
