using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>
/// Reference adapter of <see cref="IAllocataireRegistry"/>: the extract file, loaded when the worker starts
/// (refused start when it cannot be read) and loaded again when the file changes. A changed file that is faulty
/// is logged with its errors and the last good extract stays in use.
/// </summary>
public sealed class FileAllocataireRegistry(IOptions<CafOptions> options, ILogger<FileAllocataireRegistry> logger) : IAllocataireRegistry, IHostedService
{
    private readonly Lock _loading = new();
    private readonly string _path = Path.GetFullPath(options.Value.ExtractFile);
    private AllocataireExtract? _extract;
    private (DateTime Written, long Length)? _stamp;

    /// <summary>Loads the extract at start: without one the worker would answer every household "unknown to the CAF".</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var errors = Reload();
        if (_extract is null)
        {
            throw new PartnerStartException($"the allocataires extract {_path} (Caf:ExtractFile) cannot be used: {string.Join("; ", errors)}");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask<AllocataireRights?> FindAsync(CafListingLine household, CancellationToken cancellationToken)
    {
        // A stat per household is cheap next to a broker round trip, and needs no watcher that a network share may not support.
        if (Stamp() != _stamp)
        {
            Reload();
        }

        var extract = _extract ?? throw new InvalidOperationException($"The allocataires extract {_path} was never loaded.");
        return ValueTask.FromResult(extract.Find(household));
    }

    /// <summary>Reads the file when it changed since the last attempt; returns the errors of a refused file.</summary>
    internal IReadOnlyList<ExtractError> Reload()
    {
        lock (_loading)
        {
            var stamp = Stamp();
            if (stamp is null)
            {
                if (_stamp is not null)
                {
                    logger.ExtractMissing(_path, _extract is not null);
                }

                _stamp = null;
                return [new ExtractError(0, "*", ExtractErrorCodes.FileMissing, $"No file at {_path}.")];
            }

            if (stamp == _stamp)
            {
                return [];
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(_path);
            }
            catch (IOException busy)
            {
                // Being written or replaced: the next lookup tries again.
                return [new ExtractError(0, "*", ExtractErrorCodes.FileMissing, busy.Message)];
            }

            _stamp = stamp;
            var (extract, errors) = AllocataireExtractReader.Read(bytes);
            if (extract is null)
            {
                logger.ExtractRefused(_path, errors.Count, string.Join("; ", errors.Take(10)), _extract is not null);
                return errors;
            }

            _extract = extract;
            logger.ExtractLoaded(_path, extract.Count);
            return [];
        }
    }

    private (DateTime, long)? Stamp()
    {
        var file = new FileInfo(_path);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : null;
    }
}
