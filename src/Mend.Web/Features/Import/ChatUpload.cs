using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Mend.Web.Features.Import;

/// <summary>
/// A chat export uploaded as <c>multipart/form-data</c>, read as a stream: the <c>file</c> part is copied straight
/// into a temporary file that is deleted when this is disposed (or the process ends), never held in memory; the
/// other (small) fields are kept by name. The parts may come in any order.
/// </summary>
public sealed class ChatUpload : IDisposable
{
    private const int MaxFieldLength = 4096;
    private const int MaxFields = 16;

    private ChatUpload(FileStream? file, string? fileName, Dictionary<string, string> fields)
    {
        File = file;
        FileName = fileName;
        Fields = fields;
    }

    /// <summary>The uploaded file, positioned at its start; null when the form had no file.</summary>
    public FileStream? File { get; }

    /// <summary>The file's name as the browser sent it (no folders).</summary>
    public string? FileName { get; }

    /// <summary>The other form fields.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>A field's value, or null.</summary>
    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;

    /// <summary>Reads the form of <paramref name="request"/>, refusing a file larger than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="UploadException">The request is not a form with a file, or is too large.</exception>
    public static async Task<ChatUpload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new UploadException(StatusCodes.Status400BadRequest, "Send the chat export as multipart/form-data with a \"file\" field.");
        }

        FileStream? file = null;
        string? fileName = null;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition() && name == "file" && file is null)
                {
                    fileName = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value) ?? "";
                    file = Spool();
                    await CopyAsync(section.Body, file, maxBytes, cancellationToken);
                    file.Position = 0;
                }
                else if (disposition.IsFormDisposition() && fields.Count < MaxFields)
                {
                    fields[name] = await ReadFieldAsync(section.Body, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is Microsoft.AspNetCore.Http.BadHttpRequestException or InvalidDataException or IOException)
        {
            file?.Dispose();
            var status = e is Microsoft.AspNetCore.Http.BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? StatusCodes.Status413PayloadTooLarge
                : StatusCodes.Status400BadRequest;
            throw status == StatusCodes.Status413PayloadTooLarge ? TooLarge(maxBytes) : new UploadException(status, "The upload could not be read: " + e.Message);
        }
        catch
        {
            file?.Dispose();
            throw;
        }

        if (file is null)
        {
            throw new UploadException(StatusCodes.Status400BadRequest, "Choose a chat export to upload (the \"file\" field).");
        }

        return new ChatUpload(file, string.IsNullOrWhiteSpace(fileName) ? "chat" : fileName, fields);
    }

    /// <inheritdoc/>
    public void Dispose() => File?.Dispose();

    private static FileStream Spool() =>
        new(Path.Combine(Path.GetTempPath(), "mend-upload-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    private static async Task CopyAsync(Stream from, FileStream to, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        await to.FlushAsync(cancellationToken);
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        var buffer = new char[MaxFieldLength + 1];
        var length = await reader.ReadBlockAsync(buffer, cancellationToken);
        return length > MaxFieldLength
            ? throw new UploadException(StatusCodes.Status400BadRequest, "A form field is too long.")
            : new string(buffer, 0, length);
    }

    private static UploadException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The file is larger than the {maxBytes / (1024 * 1024):N0} MB this server takes.");
}

/// <summary>Why an upload was refused, with the HTTP status to answer.</summary>
public sealed class UploadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UploadException(int status, string message)
        : base(message) => Status = status;

    /// <summary>Creates the exception with status 400.</summary>
    public UploadException()
        : this(StatusCodes.Status400BadRequest, "The upload could not be read.")
    {
    }

    /// <summary>Creates the exception with status 400.</summary>
    public UploadException(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    /// <summary>Creates the exception with status 400.</summary>
    public UploadException(string message, Exception innerException)
        : base(message, innerException) => Status = StatusCodes.Status400BadRequest;

    /// <summary>The HTTP status: 400 or 413.</summary>
    public int Status { get; }
}
