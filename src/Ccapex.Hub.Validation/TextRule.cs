namespace Ccapex.Hub.Validation;

/// <summary>
/// What one text field of a contract may hold: at most <see cref="MaxLength"/> characters (UTF-16 code units, as
/// the schemas count them), on one line unless <see cref="AllowsNewLines"/> (then \n or \r\n, never a lone \r). The four kinds below are the only ones.
/// </summary>
public sealed record TextRule(string Kind, int MaxLength, bool AllowsNewLines)
{
    /// <summary>A person's family or given names.</summary>
    public static readonly TextRule Name = new("name", 100, false);

    /// <summary>A label on one line: a street, a city, a court, an office's or a landlord's name, a reason's code.</summary>
    public static readonly TextRule Line = new("line", 200, false);

    /// <summary>
    /// An address complement (building, staircase, floor, door): the lines 2 and 3 of a French postal address, so
    /// line breaks are allowed, as office software writes them in a CSV cell.
    /// </summary>
    public static readonly TextRule AddressLines = new("address lines", 200, true);

    /// <summary>An identifier: an act or file reference, an office code, a SIREN, a template, an allocataire number.</summary>
    public static readonly TextRule Reference = new("reference", 64, false);

    /// <summary>A free-text comment, description or recommendation: with the address complement, the only fields where a line break is allowed.</summary>
    public static readonly TextRule FreeText = new("free text", 2000, true);

    /// <summary>An e-mail address (RFC 5321's limit).</summary>
    public static readonly TextRule Email = new("e-mail", 254, false);
}
