using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// Reads a CDP batch file (docs/cdp-batch-format.md) into one result per data line. Lines stand alone: a bad
/// line is reported with its faults and never stops the others. Only faults of the file itself (size, encoding,
/// header, number of lines) refuse it whole, and then no line is given at all.
/// </summary>
public sealed class CdpCsvReader(TimeProvider clock, IOptions<CdpCsvOptions> options)
{
    private const string FileField = "file";

    private readonly CdpCsvOptions _options = options.Value;
    private readonly SubmitCdpNotificationValidator _validator = new(clock);

    public CdpCsvOptions Options => _options;

    /// <summary>Reads at most one byte more than the limit, so an oversized stream is refused without being held in memory.</summary>
    public async Task<CdpCsvBatch> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxFileBytes)
            {
                return TooLarge();
            }
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public CdpCsvBatch Read(ReadOnlySpan<byte> content)
    {
        if (content.Length > _options.MaxFileBytes)
        {
            return TooLarge();
        }

        var (text, encoding, code, problem) = CsvTextDecoder.Decode(content);
        if (text is null)
        {
            return CdpCsvBatch.Refused(encoding, Error(FileField, code!, problem!));
        }

        // The header and one line more than the limit are enough to refuse a file with too many lines.
        var records = CsvRecords.Read(text, CsvSeparator.Detect(text), _options.MaxLines + 1L).Where(r => !r.IsBlank).ToList();
        if (records.Count == 0)
        {
            return CdpCsvBatch.Refused(encoding, Error(FileField, CsvErrorCodes.NoLines, "The file is empty: it needs a header line and at least one data line."));
        }

        if (records[0].Fault is { } broken)
        {
            return CdpCsvBatch.Refused(encoding, Error(FileField, broken.Code, $"Header line: {broken.Message}"));
        }

        var (header, headerErrors) = CdpCsvHeader.Read(records[0].Fields);
        if (headerErrors.Count > 0)
        {
            return CdpCsvBatch.Refused(encoding, [.. headerErrors]);
        }

        var data = records.Count - 1;
        if (data == 0)
        {
            return CdpCsvBatch.Refused(encoding, Error(FileField, CsvErrorCodes.NoLines, "The file has a header but no data line."));
        }

        if (data > _options.MaxLines)
        {
            return CdpCsvBatch.Refused(encoding, Error(FileField, CsvErrorCodes.TooManyLines,
                $"The file has more than {_options.MaxLines} data lines, the most per file: split it into several files."));
        }

        // One instant for the whole file: its lines were sent together.
        var parser = new CdpCsvLineParser(header, _options.MaxCellLength, _validator, clock.GetUtcNow());
        return new CdpCsvBatch { Encoding = encoding, Lines = RefuseRepeatedActs(records.Skip(1).Select(parser.Parse)) };
    }

    /// <summary>
    /// The same act twice in a file has one message id: the hub would keep the first and silently drop the second,
    /// whatever it says. The later line is refused so the sender sees which one counted.
    /// </summary>
    private static List<CdpCsvLine> RefuseRepeatedActs(IEnumerable<CdpCsvLine> lines)
    {
        var firstLines = new Dictionary<Guid, int>();
        var result = new List<CdpCsvLine>();
        foreach (var line in lines)
        {
            if (line.Message is { } message && !firstLines.TryAdd(message.MessageId, line.LineNumber))
            {
                result.Add(line with
                {
                    Message = null,
                    Errors = [Error(CdpCsvColumns.ActReference, CsvErrorCodes.ActReferenceDuplicate, $"The act {message.ActReference} of office {message.BailiffOffice.OfficeCode} is already on line {firstLines[message.MessageId]} of this file.")],
                });
                continue;
            }

            result.Add(line);
        }

        return result;
    }

    private CdpCsvBatch TooLarge() => CdpCsvBatch.Refused("unknown", Error(FileField, CsvErrorCodes.FileTooLarge,
        $"The file is larger than {_options.MaxFileBytes} bytes: split it into several files."));

    private static FieldError Error(string field, string code, string message) => new() { Field = field, Code = code, Message = message };
}
