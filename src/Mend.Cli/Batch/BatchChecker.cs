using System.Text;
using System.Text.Unicode;
using Mend.Analysis;
using Mend.Analysis.Json;
using Mend.Cli.Json;

namespace Mend.Cli.Batch;

/// <summary>
/// <c>mend check</c> on standard input: one message per line in, one JSON object per line out, in input order.
/// Lines are read in batches; each batch is checked in parallel on all cores in chunks, each chunk serialising into
/// its own buffer, and the buffers are written in order. A line that cannot be checked becomes
/// <c>{"line":N,"error":"…"}</c> and the run goes on.
/// </summary>
internal sealed class BatchChecker(Action<string, JsonLineWriter> check) : IDisposable
{
    /// <summary>A checker that writes <c>mend check</c>'s JSON for each line.</summary>
    public BatchChecker(AnalysisPipeline pipeline)
        : this((text, writer) => writer.Write(CheckJson.From(pipeline.Analyze(text)), MendJsonContext.Default.CheckJson))
    {
    }

    /// <summary>The error for a line that is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "invalid UTF-8";

    /// <summary>The error for a line longer than <see cref="AnalysisPipeline.MaxMessageLength"/> characters.</summary>
    public static readonly string TooLong = $"line longer than {AnalysisPipeline.MaxMessageLength} characters";

    private const int ChunkSize = 128;

    // A UTF-16 code unit takes at most three UTF-8 bytes, so a longer line is certainly over the limit.
    private const int MaxLineBytes = AnalysisPipeline.MaxMessageLength * 3;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonLineWriter[] _chunks = CreateChunks();

    /// <summary>Checks every line of <paramref name="input"/>, writing JSONL to <paramref name="output"/>.</summary>
    /// <param name="input">Messages, one per line, UTF-8.</param>
    /// <param name="output">Where the results go; flushed after every batch.</param>
    /// <param name="progress">Told the running totals after every batch, or null.</param>
    /// <param name="cancellationToken">Stops between batches; what was written stays valid JSONL.</param>
    public BatchSummary Run(Stream input, Stream output, Action<BatchSummary>? progress, CancellationToken cancellationToken)
    {
        var reader = new LineReader(input, MaxLineBytes);
        var batch = new LineBatch();
        var summary = default(BatchSummary);
        while (!cancellationToken.IsCancellationRequested && reader.ReadBatch(batch))
        {
            var chunkCount = (batch.Count + ChunkSize - 1) / ChunkSize;
            var errors = new int[chunkCount];
            Parallel.For(0, chunkCount, c => errors[c] = CheckChunk(batch, c));

            for (var c = 0; c < chunkCount; c++)
            {
                output.Write(_chunks[c].Written);
            }

            output.Flush();
            summary = new BatchSummary(summary.Lines + batch.Count, summary.Errors + errors.Sum());
            progress?.Invoke(summary);
        }

        return summary;
    }

    private int CheckChunk(LineBatch batch, int chunk)
    {
        var writer = _chunks[chunk];
        writer.Clear();
        var errors = 0;
        var end = Math.Min(batch.Count, (chunk + 1) * ChunkSize);
        for (var i = chunk * ChunkSize; i < end; i++)
        {
            var error = CheckLine(batch, i, writer);
            if (error is not null)
            {
                writer.Write(new ErrorJson(batch.FirstLine + i, error), MendJsonContext.Default.ErrorJson);
                errors++;
            }
        }

        return errors;
    }

    /// <summary>Writes the line's result, or returns why it could not be checked.</summary>
    private string? CheckLine(LineBatch batch, int index, JsonLineWriter writer)
    {
        if (batch.IsOversized(index))
        {
            return TooLong;
        }

        var bytes = batch.Line(index);
        if (!Utf8.IsValid(bytes))
        {
            return InvalidUtf8;
        }

        var text = StrictUtf8.GetString(bytes);
        if (text.Length > AnalysisPipeline.MaxMessageLength)
        {
            return TooLong;
        }

        var mark = writer.Written.Length;
        try
        {
            check(text, writer);
        }
#pragma warning disable CA1031 // One message must never stop a run of millions; the line is reported instead.
        catch (Exception)
#pragma warning restore CA1031
        {
            writer.Truncate(mark);
            return "the analysis failed on this line";
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var chunk in _chunks)
        {
            chunk.Dispose();
        }
    }

    private static JsonLineWriter[] CreateChunks()
    {
        var chunks = new JsonLineWriter[(LineBatch.MaxLines + ChunkSize - 1) / ChunkSize];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = new JsonLineWriter(ChunkSize * 512);
        }

        return chunks;
    }
}

/// <summary>Running totals of a batch run.</summary>
/// <param name="Lines">Lines read so far.</param>
/// <param name="Errors">Lines that could not be checked (each written as an error object).</param>
internal readonly record struct BatchSummary(long Lines, long Errors);
