using System.Globalization;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;
using C = Ccapex.Hub.Batches.Csv.CdpCsvColumns;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// Turns one data line into a <see cref="SubmitCdpNotification"/>, then runs the same validator as the hub's
/// intake on it: a line the reader accepts is one the hub accepts, and the codes are the same on every edge.
/// </summary>
internal sealed class CdpCsvLineParser(CdpCsvHeader header, int maxCellLength, SubmitCdpNotificationValidator validator, DateTimeOffset sentAt)
{
    public CdpCsvLine Parse(CsvRecord record)
    {
        if (record.Fault is { } broken)
        {
            return Refused(record.Line, null, [Error("line", broken.Code, broken.Message)]);
        }

        if (record.Fields.Count < header.Width || record.Fields.Skip(header.Width).Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            // Cells out of step with the header would put values in the wrong columns: refuse rather than guess.
            var count = record.Fields.Count.ToString(CultureInfo.InvariantCulture);
            var width = header.Width.ToString(CultureInfo.InvariantCulture);
            return Refused(record.Line, null, [Error("line", CsvErrorCodes.FieldCount, $"The line has {count} cells where the header has {width}: a ';' missing or too many, or a cell with ';' not in quotes.")]);
        }

        var cells = new CdpCsvCells(record.Fields, header, maxCellLength);
        var message = Build(cells);
        var errors = cells.Errors.ToList();

        // A column that already has a format error gets no second error from the value put in its place.
        errors.AddRange(validator.Validate(message)
            .Select(e => e with { Field = C.ForField(e.Field) })
            .Where(e => !cells.IsFaulty(e.Field)));
        var actReference = message.ActReference.Length > 0 ? message.ActReference : null;
        return errors.Count > 0
            ? Refused(record.Line, actReference, errors)
            : new CdpCsvLine { LineNumber = record.Line, ActReference = actReference, Message = message };
    }

    private SubmitCdpNotification Build(CdpCsvCells cells)
    {
        var officeCode = cells.Text(C.OfficeCode);
        var actReference = cells.Text(C.ActReference);
        return new SubmitCdpNotification
        {
            MessageId = officeCode.Length > 0 && actReference.Length > 0 ? CdpMessageId.For(officeCode, actReference) : Guid.Empty,
            SentAt = sentAt,
            Sender = PartnerCode.Huissiers,
            ActReference = actReference,
            BailiffOffice = new BailiffOffice { OfficeCode = officeCode, Name = cells.Text(C.OfficeName), Email = cells.OptionalText(C.OfficeEmail) },
            DeliveredOn = cells.Date(C.DeliveredOn),
            Landlord = new Landlord
            {
                Kind = cells.Choice(C.LandlordKind, CdpCsvWords.LandlordKinds, whenEmpty: null),
                Name = cells.Text(C.LandlordName),
                Siren = cells.OptionalText(C.LandlordSiren),
                Address = LandlordAddress(cells),
            },
            Household = new Household
            {
                Tenants = Tenants(cells),
                Address = new PostalAddress
                {
                    Street = cells.RequiredText(C.Street),
                    Complement = cells.OptionalText(C.Complement),
                    PostalCode = cells.Text(C.PostalCode),
                    City = cells.RequiredText(C.City),
                },
                Size = cells.Integer(C.HouseholdSize),
            },
            MonthlyRent = cells.Amount(C.MonthlyRent),
            MonthlyCharges = cells.Amount(C.MonthlyCharges),
            ArrearsAmount = cells.Amount(C.ArrearsAmount),
            ArrearsMonths = cells.Integer(C.ArrearsMonths),
            HousingBenefit = cells.Choice(C.HousingBenefit, CdpCsvWords.HousingBenefits, whenEmpty: HousingBenefitStatus.Unknown),
            CafAllocataireNumber = cells.OptionalText(C.CafAllocataireNumber),
            BenefitPaidToLandlord = cells.Boolean(C.BenefitPaidToLandlord),
        };
    }

    /// <summary>The first tenant always; the next ones when their cells are not both empty (the validator then wants both names).</summary>
    private List<PersonName> Tenants(CdpCsvCells cells)
    {
        var tenants = new List<PersonName>();
        for (var n = 1; n <= C.MaxTenants; n++)
        {
            if (!header.Has(C.TenantLastName(n)))
            {
                continue;
            }

            var lastName = cells.Text(C.TenantLastName(n));
            var firstName = cells.Text(C.TenantFirstName(n));
            if (n == 1 || lastName.Length > 0 || firstName.Length > 0)
            {
                tenants.Add(new PersonName { LastName = lastName, FirstName = firstName });
            }
        }

        return tenants;
    }

    /// <summary>Optional as a whole; once one of its cells is filled in, the three are required.</summary>
    private static PostalAddress? LandlordAddress(CdpCsvCells cells)
    {
        var given = new[] { C.LandlordStreet, C.LandlordPostalCode, C.LandlordCity }.Any(c => cells.Text(c).Length > 0);
        return given
            ? new PostalAddress { Street = cells.RequiredText(C.LandlordStreet), PostalCode = cells.RequiredText(C.LandlordPostalCode), City = cells.RequiredText(C.LandlordCity) }
            : null;
    }

    private static CdpCsvLine Refused(int line, string? actReference, IReadOnlyList<FieldError> errors) =>
        new() { LineNumber = line, ActReference = actReference, Errors = errors };

    private static FieldError Error(string field, string code, string message) => new() { Field = field, Code = code, Message = message };
}
