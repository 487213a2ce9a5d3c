using System.Globalization;
using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>An amount in euros, to the cent. Serialized as a JSON number (e.g. 1250.5).</summary>
[JsonConverter(typeof(EurosJsonConverter))]
public readonly record struct Euros : IComparable<Euros>
{
    public Euros(decimal amount)
    {
        if (decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount in euros has at most two decimals.");
        }

        Amount = amount;
    }

    public decimal Amount { get; }

    public static Euros Zero => default;

    public static Euros operator +(Euros left, Euros right) => new(left.Amount + right.Amount);

    public static Euros operator *(Euros left, decimal factor) => new(decimal.Round(left.Amount * factor, 2));

    public static bool operator <(Euros left, Euros right) => left.Amount < right.Amount;

    public static bool operator >(Euros left, Euros right) => left.Amount > right.Amount;

    public static bool operator <=(Euros left, Euros right) => left.Amount <= right.Amount;

    public static bool operator >=(Euros left, Euros right) => left.Amount >= right.Amount;

    public int CompareTo(Euros other) => Amount.CompareTo(other.Amount);

    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture) + " EUR";
}
